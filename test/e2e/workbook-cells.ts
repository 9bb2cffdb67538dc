// Comparing a workbook the browser downloaded with the CLI's: every cell of a sheet as comparable text.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';

// exceljs's own zip library, to compare the parts of two .xlsx files
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip') as { loadAsync(data: Buffer): Promise<{ files: Record<string, { dir: boolean; async(t: 'string'): Promise<string> }> }> };

/** Every cell of a sheet as comparable text: formulas with their results, values as JSON. */
export function sheetCells(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value as unknown;
      out.push(`${r},${c}=${JSON.stringify(v instanceof Date ? v.toISOString() : v)}`);
    });
  });
  return out;
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Every part of an .xlsx as text; the document properties' timestamps (when it was made) left out. */
export async function xlsxParts(file: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(file);
  const out: Record<string, string> = {};
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const text = await entry.async('string');
    out[name] = name === 'docProps/core.xml' ? text.replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, '<dcterms:$1>…<') : text;
  }
  return out;
}

/** The two .xlsx files hold the same parts with the same text (timestamps aside). */
export async function assertSameParts(file: string, expected: string, label: string): Promise<void> {
  const [got, want] = await Promise.all([xlsxParts(readFileSync(file)), xlsxParts(readFileSync(expected))]);
  assert.deepEqual(Object.keys(got).sort(), Object.keys(want).sort(), label);
  assert.ok(Object.keys(want).some((p) => p.startsWith('xl/worksheets/')), label);
  for (const name of Object.keys(want)) assert.equal(got[name], want[name], `${label}: ${name}`);
}
