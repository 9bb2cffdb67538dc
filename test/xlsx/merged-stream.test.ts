// The merged workbook as the CLI streams it (merged-stream.ts) against the in-memory writer (the pane's, and the
// CLI's before), built from the same plan. The parts' bytes differ (the streaming writer orders attributes and parts
// its own way, writes no <dimension>), so the files are compared as read back: every cell's value, formula with its
// cached result and style, the Excel tables, frozen panes, column widths and styles, row heights, filters, print
// setup, workbook properties; and every part must pass the output check and the zip other readers' tests.

import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildMergePlan } from '../../src/core/merge';
import { readReturns } from '../../src/cli/merge-command';
import { expandInputs } from '../../src/cli/inputs';
import { buildMergedWorkbook, DETAIL_SHEET_NAMES, mergedWorkbookBytes } from '../../src/xlsx/merged';
import { streamedWorkbookBytes } from '../../src/xlsx/merged-stream';
import { writeMergedWorkbook } from '../../src/xlsx/merged-file';
import { checkXmlParts } from '../../src/xlsx/output-check';
import { inspectZip } from '../../src/xlsx/zip-guard';
import { writeProvince, type Province } from './merged-fixture';
import { assertSameWorkbook, load, NO_LIMITS, parts, tablesOf } from './same-workbook';

const RUN = { startedAt: '2018-06-05T08:00:00.000Z', toolVersion: 'test', templateVersion: '2018' };
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
    const cells = assertSameWorkbook(b, a);
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
