// What the command loads when it starts (timings are in `npm run bench`): it runs compiled JavaScript, `--help` loads
// no exceljs, and a command that reads files loads only the parts of exceljs it uses.
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(__dirname, '../..');
const BIN = join(ROOT, 'bin/torch-tables.js');
const SAMPLE = join(ROOT, 'examples/returns/长治市-长治光电子特色产业基地.xlsx');

describe('torch-tables start-up', function () {
  this.timeout(60000);
  let dir: string;
  let preload: string;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'torch-start-'));
    preload = join(dir, 'record-modules.js');
    // writes every module file each thread loads as it loads it (returns are read in a worker thread, which is
    // terminated, so an exit handler would not run there); -r runs in worker threads too
    writeFileSync(preload, [
      "const fs = require('fs'), Module = require('module');",
      "const out = process.env.MODULES_OUT + '.' + require('worker_threads').threadId;",
      'const load = Module._load;',
      'Module._load = function (request, parent, isMain) {',
      '  const result = load.apply(this, arguments);',
      '  try { fs.appendFileSync(out, Module._resolveFilename(request, parent, isMain) + "\\n"); } catch (e) {}',
      '  return result;',
      '};',
    ].join('\n'));
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  async function loaded(args: string[]): Promise<string[]> {
    const out = join(dir, `modules-${args[0]}.txt`);
    await promisify(execFile)(process.execPath, ['-r', preload, BIN, ...args], { env: { ...process.env, MODULES_OUT: out } }).catch((e) => e);
    const threads = readdirSync(dir).filter((f) => f.startsWith(`modules-${args[0]}.txt.`));
    const files = threads.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean));
    return [...new Set(files)].map((f) => f.split(/[\\/]/).join('/'));
  }

  it('--help runs the compiled lib/, compiles nothing and loads none of exceljs’s workbook, readers or writers', async () => {
    const files = await loaded(['--help']);
    assert.ok(files.some((f) => f.endsWith('/lib/cli/main.js')));
    assert.deepEqual(files.filter((f) => /\.ts$|\/node_modules\/(tsx|esbuild|typescript)\//.test(f)), []);
    // (the bin registers exceljs's entry with lazy parts and its enums; nothing else of it runs)
    assert.deepEqual(files.filter((f) => /\/node_modules\/(exceljs\/lib\/(doc\/workbook|xlsx|stream|csv)|jszip|saxes|unzipper|archiver|fast-csv)\//.test(f) || /exceljs\/lib\/doc\/workbook\.js$/.test(f)), []);
    assert.ok(files.length < 150, `${files.length} modules`);
  });

  it('validate reads with the one-pass reader: none of exceljs’s workbook, readers or writers is loaded', async () => {
    const files = await loaded(['validate', SAMPLE]);
    assert.ok(files.some((f) => f.endsWith('/lib/xlsx/parts/sheet-part.js')), 'the reader ran');
    assert.deepEqual(files.filter((f) => /\/node_modules\/(exceljs\/lib\/(doc\/workbook|xlsx|stream|csv)|jszip|saxes|unzipper|archiver|tsx)\//.test(f) || /exceljs\/lib\/doc\/workbook\.js$/.test(f)), []);
    assert.ok(files.length < 500, `${files.length} modules`);
  });
});
