// The merged workbook as the CLI streams it (merged-stream.ts) against the in-memory writer (the pane's, and the
// CLI's before), built from the same plan. The parts' bytes differ (the streaming writer orders attributes and parts
// its own way, writes no <dimension>), so the files are compared as read back: every cell's value, formula with its
// cached result and style, the Excel tables, frozen panes, column widths and styles, row heights, filters, print
// setup, workbook properties; and every part must pass the output check and the zip other readers' tests.

import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { buildMergePlan } from '../../src/core/merge';
import { readReturns } from '../../src/cli/merge-command';
import { expandInputs } from '../../src/cli/inputs';
import { buildMergedWorkbook, DETAIL_SHEET_NAMES, mergedWorkbookBytes } from '../../src/xlsx/merged';
import { streamedWorkbookBytes } from '../../src/xlsx/merged-stream';
import { writeMergedWorkbook } from '../../src/xlsx/merged-file';
import { checkXmlParts } from '../../src/xlsx/output-check';
import { inspectZip } from '../../src/xlsx/zip-guard';
import { writeProvince, type Province } from './merged-fixture';

const RUN = { startedAt: '2018-06-05T08:00:00.000Z', toolVersion: 'test', templateVersion: '2018' };
const NO_LIMITS = { maxFileBytes: Number.MAX_SAFE_INTEGER, maxTotalUncompressed: Number.MAX_SAFE_INTEGER, maxRatio: Number.MAX_SAFE_INTEGER };

function parts(bytes: Uint8Array): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of inspectZip(bytes, 'out', NO_LIMITS)) {
    const data = bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize);
    out.set(e.name.replace(/^\//, ''), Buffer.from(e.method === 0 ? data : inflateRawSync(data)).toString('utf8'));
  }
  return out;
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

function tablesOf(ws: ExcelJS.Worksheet): unknown[] {
  const tables = (ws as unknown as { tables: Record<string, { model: Record<string, unknown> }> }).tables;
  return Object.values(tables).map((t) => [t.model.name, t.model.tableRef, t.model.style, (t.model.columns as { name: string }[]).map((c) => c.name)]);
}

describe('merged workbook streamed sheet by sheet', function () {
  this.timeout(120000);
  let p: Province;
  let today: Uint8Array;
  let now: Uint8Array;
  let plan: ReturnType<typeof buildMergePlan>;

  before(async () => {
    p = await writeProvince();
    plan = buildMergePlan(await readReturns(await expandInputs([p.dir])));
    const { workbook } = buildMergedWorkbook(plan, RUN);
    workbook.modified = new Date(RUN.startedAt);
    today = await mergedWorkbookBytes(workbook);
    now = (await streamedWorkbookBytes(plan, RUN)).bytes;
  });
  after(() => rmSync(p.dir, { recursive: true, force: true }));

  it('holds the same parts (JSZip\'s folder entries aside), every one passing the output check, deflated', async () => {
    const names = (b: Uint8Array) => [...parts(b).keys()].filter((n) => !n.endsWith('/')).sort();
    assert.deepEqual(names(now), names(today));
    assert.ok(names(now).includes('xl/tables/table4.xml'), 'the four detail tables');
    assert.ok(inspectZip(now, 'out', NO_LIMITS).every((e) => e.method === 8), 'every part deflated');
    await checkXmlParts(now);
  });

  it('writes the table parts and the workbook part byte for byte as the in-memory writer, each table related to its sheet', () => {
    const [a, b] = [parts(today), parts(now)];
    const same = [...a.keys()].filter((n) => /^xl\/(tables\/table\d+\.xml|workbook\.xml)$/.test(n));
    assert.equal(same.length, 5, same.join(' '));
    for (const n of same) assert.equal(b.get(n), a.get(n), n);
    assert.match(b.get('xl/workbook.xml')!, /fullCalcOnLoad="1"/);
    const rel = (xml: string) => xml.match(/<Relationship [^>]*>/g)!.map((r) => r.replace(/\s+/g, ' ')).sort();
    for (let s = 3; s <= 6; s++) {
      const name = `xl/worksheets/_rels/sheet${s}.xml.rels`;
      assert.deepEqual(rel(b.get(name)!), rel(a.get(name)!), name);
      assert.match(b.get(name)!, new RegExp(`Target="../tables/table${s - 2}.xml"`));
    }
  });

  it('reads back as the in-memory writer\'s output: cells, formulas with results, styles, tables, panes, widths, print setup', async () => {
    const [a, b] = [await load(today), await load(now)];
    assert.deepEqual(b.worksheets.map((ws) => ws.name), a.worksheets.map((ws) => ws.name));
    for (const k of ['creator', 'keywords', 'created'] as const) assert.deepEqual(b[k], a[k], k);
    assert.deepEqual(b.views, a.views);
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
    assert.ok(cells > 500, `${cells} cells compared`);
    assert.equal(tablesOf(b.getWorksheet(DETAIL_SHEET_NAMES.backbone)!).length, 1, 'the detail sheet is an Excel table');
  });

  it('accounts for every row, writes atomically, and is a zip other readers test', async function () {
    const file = join(p.dir, 'now.xlsx');
    const mismatches = await writeMergedWorkbook(plan, file, RUN);
    assert.deepEqual(mismatches, []);
    assert.ok(plan.files.flatMap((f) => f.tables).some((t) => (t.written ?? 0) > 0), 'rows written are counted');
    assert.ok(readFileSync(file).length > 1000);
    writeFileSync(join(p.dir, 'again.xlsx'), now);
    let out: string;
    try {
      out = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip() or "ok", len(z.namelist()))', file], { encoding: 'utf8' });
    } catch {
      this.skip();
    }
    assert.match(out!, /^ok \d+/);
  });
});
