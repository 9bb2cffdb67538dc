// Two merged workbooks compared as read back, for the writers that must write what the in-memory writer writes
// (merged-stream.test.ts: the CLI's streaming writer; workbook-blob.test.ts: the pane's part-by-part Blob): every
// cell's value, formula with its cached result and style, the Excel tables, frozen panes, column widths and styles,
// row heights, filters, print setup, defined names, workbook properties, calculation properties and views.

import { strict as assert } from 'node:assert';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { inspectZip } from '../../src/xlsx/zip-guard';

export const NO_LIMITS = { maxFileBytes: Number.MAX_SAFE_INTEGER, maxTotalUncompressed: Number.MAX_SAFE_INTEGER, maxRatio: Number.MAX_SAFE_INTEGER };

/** Every part of the zip as text, by name (a leading slash dropped). */
export function parts(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of inspectZip(bytes, 'out', NO_LIMITS)) {
    const data = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    out.set(e.name.replace(/^\//, ''), Buffer.from(e.method === 0 ? data : inflateRawSync(data)).toString('utf8'));
  }
  return out;
}

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

export function tablesOf(ws: ExcelJS.Worksheet): unknown[] {
  const tables = (ws as unknown as { tables: Record<string, { model: Record<string, unknown> }> }).tables;
  return Object.values(tables).map((t) => [t.model.name, t.model.tableRef, t.model.style, (t.model.columns as { name: string }[]).map((c) => c.name)]);
}

/** Asserts that `b` reads back as `a`; the number of cells compared. */
export function assertSameWorkbook(b: ExcelJS.Workbook, a: ExcelJS.Workbook): number {
  assert.deepEqual(b.worksheets.map((ws) => ws.name), a.worksheets.map((ws) => ws.name));
  for (const k of ['creator', 'keywords', 'created'] as const) assert.deepEqual(b[k], a[k], k);
  assert.deepEqual(b.views, a.views);
  assert.deepEqual(b.calcProperties, a.calcProperties, 'calculation properties');
  // print titles of every sheet
  assert.deepEqual(b.definedNames.model, a.definedNames.model, 'defined names');
  let cells = 0;
  for (const wsA of a.worksheets) {
    const wsB = b.getWorksheet(wsA.name)!;
    const at = (what: string) => `${wsA.name} ${what}`;
    assert.equal(wsB.rowCount, wsA.rowCount, at('rows'));
    assert.equal(wsB.columnCount, wsA.columnCount, at('columns'));
    assert.deepEqual(wsB.views, wsA.views, at('views'));
    assert.deepEqual(wsB.pageSetup, wsA.pageSetup, at('page setup'));
    assert.deepEqual(wsB.autoFilter, wsA.autoFilter, at('filter'));
    assert.deepEqual(tablesOf(wsB), tablesOf(wsA), at('tables'));
    for (let c = 1; c <= wsA.columnCount; c++) {
      assert.equal(wsB.getColumn(c).width, wsA.getColumn(c).width, at(`width of ${c}`));
      assert.deepEqual(wsB.getColumn(c).style, wsA.getColumn(c).style, at(`style of ${c}`));
    }
    wsA.eachRow({ includeEmpty: true }, (rowA, r) => {
      const rowB = wsB.getRow(r);
      assert.equal(rowB.height, rowA.height, at(`height of ${r}`));
      rowA.eachCell({ includeEmpty: true }, (cellA, c) => {
        const cellB = rowB.getCell(c);
        assert.deepEqual(cellB.value, cellA.value, `${wsA.name}!${cellA.address}`);
        assert.deepEqual(cellB.style, cellA.style, `${wsA.name}!${cellA.address} style`);
        cells++;
      });
    });
  }
  return cells;
}
