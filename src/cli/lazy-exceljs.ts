// exceljs's entry (lib/exceljs.nodejs.js) loads its streaming reader and writer too (unzipper, archiver, about 400
// modules with the workbook), which no command uses: registering the entry as the same exports with Workbook,
// ModelContainer and stream as getters — each loading its own part of exceljs on first use, the very same classes —
// halves what a command loads. Call before anything requires exceljs (bin/torch-tables.js does; so should any
// worker thread that reads workbooks). When exceljs is laid out otherwise, or already loaded, nothing changes.

import * as fs from 'node:fs';
import * as path from 'node:path';
import Module from 'node:module';

type LoadableModule = InstanceType<typeof Module> & { filename: string; paths: string[]; loaded: boolean };
const ModuleClass = Module as unknown as { new (id: string, parent?: NodeModule): LoadableModule; _nodeModulePaths(dir: string): string[] };

export function useLazyExceljs(): void {
  let entry: string;
  try {
    entry = require.resolve('exceljs');
  } catch {
    return;
  }
  if (require.cache[entry]) return;
  const file = (rel: string) => path.join(path.dirname(entry), 'lib', rel);
  const parts = ['exceljs.nodejs.js', 'doc/enums.js', 'doc/workbook.js', 'doc/modelcontainer.js'];
  if (!parts.every((p) => fs.existsSync(file(p)))) return;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const load = (rel: string) => require(file(rel));
  const exports: Record<string, unknown> = { ...load('doc/enums.js') };
  const lazy = (name: string, get: () => unknown) => Object.defineProperty(exports, name, { enumerable: true, get });
  lazy('Workbook', () => load('doc/workbook.js'));
  lazy('ModelContainer', () => load('exceljs.nodejs.js').ModelContainer);
  lazy('stream', () => load('exceljs.nodejs.js').stream);
  const m = new ModuleClass(entry, module);
  m.filename = entry;
  m.paths = ModuleClass._nodeModulePaths(path.dirname(entry));
  m.exports = exports;
  m.loaded = true;
  require.cache[entry] = m as unknown as NodeModule;
}
