#!/usr/bin/env node
'use strict';
// Runs the compiled command line in lib/ (built from src/ by `npm ci`, `npm test` and `npm pack`: scripts/build-cli.js),
// so nothing is compiled at start. In a checkout where lib/ was never built, tsx (a development dependency) runs src/.
const path = require('path');

/** main() of lib/cli/main.js, after lib/cli/lazy-exceljs.js has made exceljs load only the parts a command uses. */
function loadMain() {
  try {
    require('../lib/cli/lazy-exceljs.js').useLazyExceljs();
    return require('../lib/cli/main.js').main;
  } catch (e) {
    if (!e || e.code !== 'MODULE_NOT_FOUND' || !String(e.message).includes(path.join('lib', 'cli'))) throw e;
  }
  try {
    require.resolve('tsx/cjs');
  } catch {
    console.error('torch-tables: lib/ is missing; run `npm run build:cli` (or `npm ci`) in ' + path.resolve(__dirname, '..'));
    process.exit(2);
  }
  require('tsx/cjs');
  require('../src/cli/lazy-exceljs.ts').useLazyExceljs();
  return require('../src/cli/main.ts').main;
}

loadMain()(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error('torch-tables: ' + (err && err.message ? err.message : String(err))); process.exitCode = 2; },
);
