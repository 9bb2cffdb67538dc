#!/usr/bin/env node
// Compiles the command line's TypeScript (src/, without the Office.js adapter src/excel) to CommonJS in lib/, so that
// `torch-tables` starts without compiling anything. Run by `npm ci` itself (the `prepare` script), before `npm test`
// (`pretest`) and by `npm pack`; plain JavaScript so that it needs nothing but the typescript package.
//
// Each file is transpiled on its own (ts.transpileModule, as tsx and ts-loader do): type errors do not stop an
// install here, they fail `npm test` (test/typecheck.test.ts). lib/ mirrors src/, so `import pkg from
// '../package.json'` in src/version.ts finds the package's own package.json from lib/version.js too.
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'src');
const OUT = path.join(ROOT, 'lib');
/** Office.js only: never loaded by the command line */
const SKIP = new Set([path.join(SRC, 'excel')]);

const COMPILER_OPTIONS = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  esModuleInterop: true,
  resolveJsonModule: true,
  sourceMap: false,
};

function sources(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP.has(full)) out.push(...sources(full));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      out.push(full);
    }
  }
  return out;
}

function build() {
  const files = sources(SRC);
  // written beside lib/ and swapped in whole, so a failed or concurrent build never leaves half a lib/
  const tmp = `${OUT}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  for (const file of files) {
    const rel = path.relative(SRC, file);
    const { outputText, diagnostics } = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
      compilerOptions: COMPILER_OPTIONS,
      fileName: file,
      reportDiagnostics: true,
    });
    if (diagnostics && diagnostics.length) {
      throw new Error(`${rel}: ${ts.flattenDiagnosticMessageText(diagnostics[0].messageText, '\n')}`);
    }
    const target = path.join(tmp, rel.replace(/\.ts$/, '.js'));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, outputText);
  }
  const old = `${OUT}.old-${process.pid}`;
  if (fs.existsSync(OUT)) fs.renameSync(OUT, old);
  fs.renameSync(tmp, OUT);
  fs.rmSync(old, { recursive: true, force: true });
  return files.length;
}

if (require.main === module) {
  const start = Date.now();
  const n = build();
  console.log(`build-cli: ${n} files compiled to lib/ in ${Date.now() - start} ms`);
}

module.exports = { build };
