// The merged workbook as the CLI writes it (parts laid out by exceljs, deflated with native zlib, one style
// object per detail column) against today's in-memory writer (JSZip's deflate, a style copy per cell), built from
// the same plan: the same parts with the same XML, the same cells, and a zip that other readers open.

import { strict as assert } from 'node:assert';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import ExcelJS from 'exceljs';
import { buildMergePlan } from '../../src/core/merge';
import { readReturns } from '../../src/cli/merge-command';
import { expandInputs } from '../../src/cli/inputs';
import { buildMergedWorkbook, DETAIL_SHEET_NAMES, mergedWorkbookBytes } from '../../src/xlsx/merged';
import { mergedFileBytes } from '../../src/xlsx/merged-file';
import { inspectZip } from '../../src/xlsx/zip-guard';
import { writeProvince, type Province } from './merged-fixture';

const RUN = { startedAt: '2018-06-05T08:00:00.000Z', toolVersion: 'test', templateVersion: '2018' };
const NO_LIMITS = { maxFileBytes: Number.MAX_SAFE_INTEGER, maxTotalUncompressed: Number.MAX_SAFE_INTEGER, maxRatio: Number.MAX_SAFE_INTEGER };

function parts(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of inspectZip(bytes, 'out', NO_LIMITS)) {
    const data = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    out.set(e.name, Buffer.from(e.method === 0 ? data : inflateRawSync(data)).toString('utf8'));
  }
  return out;
}

/** Today's writer: each detail data cell with its own copy of the column's style, zipped by exceljs (JSZip). */
async function todaysBytes(plan: ReturnType<typeof buildMergePlan>): Promise<Uint8Array> {
  const { workbook } = buildMergedWorkbook(plan, RUN);
  workbook.modified = new Date(RUN.startedAt);
  for (const name of Object.values(DETAIL_SHEET_NAMES)) {
    workbook.getWorksheet(name)!.eachRow((row, r) => {
      if (r > 1) row.eachCell({ includeEmpty: true }, (cell) => (cell.style = { ...cell.style }));
    });
  }
  return mergedWorkbookBytes(workbook);
}

/** The sheet's Excel tables as written: name, range, style (exceljs's typings lack the field). */
function tablesOf(ws: ExcelJS.Worksheet): unknown[] {
  const tables = (ws as unknown as { tables: Record<string, { model: { name: string; tableRef: string; style: unknown } }> }).tables;
  return Object.values(tables).map((t) => [t.model.name, t.model.tableRef, t.model.style]);
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe('merged workbook written with native zlib', function () {
  this.timeout(120000);
  let p: Province;
  let today: Uint8Array;
  let now: Uint8Array;

  before(async () => {
    p = await writeProvince();
    const plan = buildMergePlan(await readReturns(await expandInputs([p.dir])));
    today = await todaysBytes(plan);
    const { workbook } = buildMergedWorkbook(plan, RUN);
    // the time of writing is the one difference allowed in docProps/core.xml
    workbook.modified = new Date(RUN.startedAt);
    now = await mergedFileBytes(workbook);
  });
  after(() => rmSync(p.dir, { recursive: true, force: true }));

  it('holds the same parts, in the same order, with the same XML as today\'s writer', () => {
    const a = parts(today);
    const b = parts(now);
    assert.deepEqual([...b.keys()], [...a.keys()]);
    assert.ok(a.size >= 15, `${a.size} parts`);
    for (const [name, xml] of a) assert.equal(b.get(name), xml, name);
    assert.ok(inspectZip(now, 'out', NO_LIMITS).every((e) => e.method === 8), 'every part deflated');
  });

  it('reads back cell by cell as today\'s output: values, formulas with results, number formats, tables', async () => {
    const [a, b] = [await load(today), await load(now)];
    assert.deepEqual(b.worksheets.map((ws) => ws.name), a.worksheets.map((ws) => ws.name));
    let cells = 0;
    for (const wsA of a.worksheets) {
      const wsB = b.getWorksheet(wsA.name)!;
      assert.equal(wsB.rowCount, wsA.rowCount, wsA.name);
      wsA.eachRow({ includeEmpty: true }, (rowA, r) => {
        rowA.eachCell({ includeEmpty: true }, (cellA, c) => {
          const cellB = wsB.getRow(r).getCell(c);
          assert.deepEqual(cellB.value, cellA.value, `${wsA.name}!${cellA.address}`);
          assert.equal(cellB.numFmt, cellA.numFmt, `${wsA.name}!${cellA.address} format`);
          assert.deepEqual(cellB.font, cellA.font, `${wsA.name}!${cellA.address} font`);
          cells++;
        });
      });
      assert.deepEqual(tablesOf(wsB), tablesOf(wsA), `${wsA.name} tables`);
    }
    assert.ok(cells > 500, `${cells} cells compared`);
    const detail = b.getWorksheet(DETAIL_SHEET_NAMES.backbone)!;
    assert.ok(detail.getRow(2).getCell(12).numFmt, 'detail figures keep their number format');
    assert.equal(tablesOf(detail).length, 1, 'the detail sheet is an Excel table');
  });

  it('is a zip other readers open and test (Python\'s zipfile checks every CRC)', function () {
    const file = join(p.dir, 'now.xlsx');
    require('node:fs').writeFileSync(file, now);
    let out: string;
    try {
      out = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip() or "ok", len(z.namelist()))', file], { encoding: 'utf8' });
    } catch {
      this.skip();
    }
    assert.match(out!, /^ok \d+/);
  });
});
