#!/usr/bin/env node
'use strict';
// The CLI is written in TypeScript; tsx compiles it on load so the package needs no build step.
require('tsx/cjs');
const { main } = require('../src/cli/main.ts');
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error('torch-tables: ' + (err && err.message ? err.message : String(err))); process.exitCode = 2; },
);
