// The packed package as a user gets it: `npm pack`, installed into an empty folder from the tarball, run with
// `npx torch-tables` — compiled JavaScript only, no tsx, no TypeScript sources.
//
// The install is offline: the folder gets a package-lock.json naming the tarball and, for its dependencies, the
// versions of this repository's own lock (its production part), so `npm ci --offline` takes every package from the
// npm cache that `npm ci` filled. Where the cache lacks them the test skips and says why.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const NPX = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const SAMPLE = join(ROOT, 'examples/returns/长治市-长治光电子特色产业基地.xlsx');

interface LockEntry {
  version?: string;
  dev?: boolean;
  devOptional?: boolean;
  [key: string]: unknown;
}

/** A lock for a folder that depends on the tarball only: the tarball, then this repository's production packages. */
function lockFor(tarball: string, tgz: Buffer): object {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const root = lock.packages[''];
  const packages: Record<string, unknown> = {
    '': { name: 'try-torch-tables', dependencies: { 'torch-tables': `file:${tarball}` } },
    'node_modules/torch-tables': {
      version: root.version,
      resolved: `file:${tarball}`,
      integrity: `sha512-${createHash('sha512').update(tgz).digest('base64')}`,
      dependencies: root.dependencies,
      bin: root.bin,
      engines: root.engines,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (path && !entry.dev && !entry.devOptional) packages[path] = entry;
  }
  return { name: 'try-torch-tables', lockfileVersion: 3, requires: true, packages };
}

describe('the packed package (npm pack, installed offline from the tarball)', function () {
  this.timeout(180000);
  let dir: string;
  let app: string;
  let files: string[];
  let packed: { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };

  before(async function () {
    dir = mkdtempSync(join(tmpdir(), 'torch-pack-'));
    // `npm pack` runs the prepare script (scripts/build-cli.js), so lib/ is compiled from the current sources
    const { stdout } = await run(NPM, ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, maxBuffer: 1 << 24 });
    const info = JSON.parse(stdout.slice(stdout.indexOf('['))) as { filename: string; files: { path: string }[] }[];
    files = info[0].files.map((f) => f.path);
    const tarball = info[0].filename;
    app = join(dir, 'app');
    mkdirSync(app);
    const tgz = readFileSync(join(dir, tarball));
    writeFileSync(join(app, tarball), tgz);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'try-torch-tables', private: true, dependencies: { 'torch-tables': `file:${tarball}` } }));
    writeFileSync(join(app, 'package-lock.json'), JSON.stringify(lockFor(tarball, tgz)));
    const installed = await run(NPM, ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app }).catch((e: { stderr?: string }) => e);
    if ('stderr' in installed && /ENOTCACHED|only-if-cached/.test(installed.stderr ?? '')) {
      console.log('      (skipped: the npm cache lacks a dependency of the package, and this test installs without network)');
      this.skip();
    }
    assert.ok(existsSync(join(app, 'node_modules/torch-tables/package.json')), `installed: ${JSON.stringify(installed)}`);
    packed = JSON.parse(readFileSync(join(app, 'node_modules/torch-tables/package.json'), 'utf8'));
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('holds the bin and the compiled lib/, no TypeScript, tests or samples', () => {
    assert.ok(files.includes('bin/torch-tables.js'));
    assert.ok(files.includes('lib/cli/main.js'));
    assert.ok(files.includes('lib/xlsx/template.js'));
    assert.deepEqual(files.filter((f) => /\.ts$|^(src|test|taskpane|examples|bench|scripts)\//.test(f)), []);
    assert.ok(!files.some((f) => f.startsWith('lib/excel/')), 'the Office.js adapter is not part of the command line');
  });

  it('needs exceljs only at run time: tsx is a development dependency and is not installed', () => {
    assert.deepEqual(Object.keys(packed.dependencies ?? {}), ['exceljs']);
    assert.ok(packed.devDependencies?.tsx, 'tsx stays available for development');
    assert.ok(!existsSync(join(app, 'node_modules/tsx')));
    assert.ok(!existsSync(join(app, 'node_modules/typescript')));
  });

  it('runs with npx torch-tables: --help, validate (exit 1 on the sample’s errors), template all', async () => {
    const help = await run(NPX, ['--offline', 'torch-tables', '--help'], { cwd: app });
    assert.match(help.stdout, /^火炬申报表助手 torch-tables 0\.\d+\.\d+/);
    assert.match(help.stdout, /torch-tables validate/);
    const validated = await run(NPX, ['--offline', 'torch-tables', 'validate', SAMPLE], { cwd: app }).catch((e) => e);
    assert.equal(validated.code, 1);
    assert.match(validated.stdout, /骨干企业情况表/);
    assert.match(validated.stdout, /共 1 个文件：5 个错误/);
    await run(NPX, ['--offline', 'torch-tables', 'template', 'all', '-o', 'blank'], { cwd: app });
    assert.equal(readdirSync(join(app, 'blank')).filter((f) => f.endsWith('.xlsx')).length, 3);
  });
});
