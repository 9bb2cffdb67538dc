// Runs the production build once into a temporary folder and checks what Office will load.
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemasAvailable, validateManifest } from '../scripts/validate-manifest';
import { pngSize } from '../scripts/make-icons';
import { sharedPaneBuild, type ChunkInfo } from './e2e/pane-build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const acorn = require('acorn') as { parse(code: string, opts: { ecmaVersion: number }): unknown };

describe('production build', function () {
  this.timeout(120000);
  let out: string;
  let chunks: ChunkInfo[];
  /** identifiers of every module in a chunk the page loads first, concatenated ones included */
  let initialModules: string[];
  let html: string;
  let scripts: string[];

  before(async () => {
    ({ out, chunks, html, scripts } = await sharedPaneBuild());
    initialModules = chunks.filter((c) => c.initial).flatMap((c) => c.modules);
  });

  it('writes taskpane.html loading office.js from the Microsoft CDN, then the bundle', () => {
    assert.equal(scripts[0], 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const bundles = scripts.filter((s) => !s.startsWith('http'));
    assert.equal(bundles.length, 1);
    assert.match(bundles[0], /^taskpane\.[0-9a-f]{8}\.js$/);
    assert.ok(existsSync(join(out, bundles[0])));
    assert.match(html, /火炬申报表助手/);
    assert.match(html, /href="?taskpane\.css/);
    assert.ok(existsSync(join(out, 'taskpane.css')));
    assert.ok(existsSync(join(out, 'commands.html')));
  });

  it('writes manifest.xml with the public URL', async () => {
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    assert.ok(!manifest.includes('localhost'), 'no development URL left');
    assert.match(manifest, /<SourceLocation DefaultValue="https:\/\/tables\.example\.org\/torch\/taskpane\.html"\/>/);
    assert.match(manifest, /https:\/\/tables\.example\.org\/torch\/assets\/icon-80\.png/);
    if (schemasAvailable()) assert.deepEqual((await validateManifest(manifest, 'dist/manifest.xml')).errors, []);
  });

  it('copies the icons', () => {
    for (const size of [16, 32, 64, 80]) {
      assert.deepEqual(pngSize(readFileSync(join(out, 'assets', `icon-${size}.png`))), { width: size, height: size });
    }
  });

  it('keeps exceljs out of the initial bundle', () => {
    assert.ok(initialModules.some((n) => /src[\\/]core[\\/]tables/.test(n)), 'the modules of the initial chunk are listed');
    assert.deepEqual(initialModules.filter((n) => /exceljs/i.test(n)), []);
    for (const s of scripts.filter((x) => !x.startsWith('http'))) {
      assert.doesNotMatch(readFileSync(join(out, s), 'utf8'), /ExcelJS|exceljs/);
    }
  });

  it('puts exceljs and the file readers in one lazy chunk, loaded only when files are picked', () => {
    const lazy = chunks.filter((c) => !c.initial && c.modules.some((m) => /exceljs/i.test(m)));
    assert.equal(lazy.length, 1, 'exactly one lazy chunk holds exceljs');
    assert.equal(lazy[0].name, 'file-tools');
    assert.ok(lazy[0].modules.some((m) => /src[\\/]returns[\\/]merge-files/.test(m)), 'the merge is in the lazy chunk');
    assert.ok(lazy[0].files.every((f) => existsSync(join(out, f))));
    assert.ok(!initialModules.some((m) => /src[\\/](returns|xlsx)[\\/]/.test(m)), 'no file reader in the first bundle');
  });

  it('writes 火炬申报表助手.html, the offline file, with its entry inside it and not beside it', () => {
    assert.ok(existsSync(join(out, '火炬申报表助手.html')));
    const offline = chunks.find((c) => c.name === 'offline');
    assert.ok(offline, 'the offline entry was built');
    assert.deepEqual(offline.files.filter((f) => existsSync(join(out, f))), []);
  });

  it('emits ES5 only, so the pane runs in the IE11 webview of Office 2016/2019', () => {
    for (const s of scripts.filter((x) => !x.startsWith('http'))) {
      assert.doesNotThrow(() => acorn.parse(readFileSync(join(out, s), 'utf8'), { ecmaVersion: 5 }), s);
    }
  });
});
