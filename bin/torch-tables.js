#!/usr/bin/env node
'use strict';
// Runs the compiled command line in lib/ (built from src/ by `npm ci`, `npm test` and `npm pack`: scripts/build-cli.js),
// so nothing is compiled at start. In a checkout where lib/ was never built, tsx (a development dependency) runs src/.
const fs = require('fs');
const Module = require('module');
const path = require('path');

function loadMain() {
  try {
    return require('../lib/cli/main.js').main;
  } catch (e) {
    if (!e || e.code !== 'MODULE_NOT_FOUND' || !String(e.message).includes(path.join('lib', 'cli', 'main.js'))) throw e;
  }
  try {
    require.resolve('tsx/cjs');
  } catch {
    console.error('torch-tables: lib/ is missing; run `npm run build:cli` (or `npm ci`) in ' + path.resolve(__dirname, '..'));
    process.exit(2);
  }
  require('tsx/cjs');
  return require('../src/cli/main.ts').main;
}

/**
 * exceljs's entry also loads its streaming reader and writer (unzipper, archiver), which no command uses: about 40 % of
 * its load time. Its module is registered here as the same exports with Workbook, ModelContainer and stream as getters
 * that load their own part of exceljs on first use — the same classes as the entry gives. When exceljs is laid out
 * differently than expected, its entry is left as it is.
 */
function lazyExceljs() {
  let entry;
  try {
    entry = require.resolve('exceljs');
  } catch {
    return;
  }
  const lib = path.join(path.dirname(entry), 'lib');
  const file = (rel) => path.join(lib, rel);
  const parts = ['exceljs.nodejs.js', 'doc/enums.js', 'doc/workbook.js', 'doc/modelcontainer.js'];
  if (!parts.every((p) => fs.existsSync(file(p)))) return;
  const exports = Object.assign({}, require(file('doc/enums.js')));
  const whole = () => require(file('exceljs.nodejs.js'));
  Object.defineProperty(exports, 'Workbook', { enumerable: true, get: () => require(file('doc/workbook.js')) });
  Object.defineProperty(exports, 'ModelContainer', { enumerable: true, get: () => whole().ModelContainer });
  Object.defineProperty(exports, 'stream', { enumerable: true, get: () => whole().stream });
  const m = new Module(entry, module);
  m.filename = entry;
  m.paths = Module._nodeModulePaths(path.dirname(entry));
  m.exports = exports;
  m.loaded = true;
  require.cache[entry] = m;
}

lazyExceljs();
loadMain()(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error('torch-tables: ' + (err && err.message ? err.message : String(err))); process.exitCode = 2; },
);
