// Returns laid out by hand: tables one under another on one sheet, and a 合计 typed right under the header
// (README, 「Choices made where the issues were silent」). The file reader reads each table under its own header,
// with its rows, total and notices at their cells; the merge takes every row (rows read = rows written).
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { validateWorkbook } from '../../src/core/validate';
import type { Issue, WorkbookInput } from '../../src/core/types';
import { mergeCommand } from '../../src/cli/merge-command';
import { mayBeHeader } from '../../src/core/headers';
import { STACKED_SHEET, stackedReturn, type StackedOptions } from '../helpers/stacked';
import { openWorkbook, sheetRows } from './merged-fixture';
import { backboneRow, code } from './merged-returns';
import * as fx from '../helpers/workbooks';

const FILE = '太原市-太原不锈钢产业基地.xlsx';
const read = async (wb: ExcelJS.Workbook): Promise<WorkbookInput> => readWorkbookBuffer(await fx.toBuffer(wb), FILE);
const at = (i: Issue) => `${i.code}@${i.sheet}!${i.column ?? ''}${i.row ?? ''}`;
/** What the reader says about the tables' sheet, the cover's own (a hand-made cover lacks three fields) aside. */
const sheetIssues = (input: WorkbookInput) => validateWorkbook(input).issues.filter((i) => i.sheet === STACKED_SHEET).map(at).sort();
const shape = (input: WorkbookInput) => input.tables.map((t) => ({
  id: t.def.id, sheet: t.layout.sheet, header: t.layout.headerRow, rows: t.rows.map((r) => r.row), total: t.total?.row, below: t.below,
}));

describe('tables one under another on one sheet: the file reader', () => {
  it('reads each table under its own header, ended by 合计, to the footer: three tables, every row, no issue', async () => {
    const { wb, at: a } = stackedReturn();
    const input = await read(wb);
    assert.deepEqual(shape(input), [
      { id: 'backbone', sheet: STACKED_SHEET, header: a.backbone.header, rows: a.backbone.rows, total: a.backbone.total, below: 'total' },
      { id: 'related', sheet: STACKED_SHEET, header: a.related.header, rows: a.related.rows, total: a.related.total, below: 'total' },
      { id: 'services', sheet: STACKED_SHEET, header: a.services.header, rows: a.services.rows, total: undefined, below: 'footer' },
    ]);
    // each table its own columns: 主要产品 is D in both, 关联骨干企业 E, 是否国家级 F
    const [backbone, related, services] = input.tables;
    assert.deepEqual([backbone.layout.columns.hightech, related.layout.columns.backbone, related.layout.columns.revenue, services.layout.columns.national], ['E', 'E', 'H', 'F']);
    assert.equal(related.rows[0].values.backbone, backboneRow(1).name);
    assert.deepEqual(sheetIssues(input), [], 'no row left out, no table missing, the note under the footer is no table');
    assert.equal(validateWorkbook(input).issues.some((i) => i.code === 'app/missing-table'), false);
  });

  it('a blank gap or nothing at all between the tables: the title of the next ends the one above', async () => {
    for (const gap of ['blank', 'none'] as const) {
      const { wb, at: a } = stackedReturn({ gap });
      const input = await read(wb);
      assert.deepEqual(shape(input).map((t) => [t.id, t.header, t.rows]), [
        ['backbone', a.backbone.header, a.backbone.rows], ['related', a.related.header, a.related.rows], ['services', a.services.header, a.services.rows],
      ], gap);
      assert.deepEqual(sheetIssues(input), [], gap);
    }
  });

  it('a header on two rows (经营情况 over 总收入 | 从业人员, the others merged down): found from its upper row', async () => {
    for (const gap of ['total', 'none'] as const) {
      const { wb, at: a } = stackedReturn({ twoRowRelated: true, gap });
      const input = await read(wb);
      assert.deepEqual(shape(input).map((t) => [t.id, t.header, t.rows, t.total]), [
        ['backbone', a.backbone.header, a.backbone.rows, a.backbone.total], ['related', a.related.header, a.related.rows, a.related.total],
        ['services', a.services.header, a.services.rows, undefined],
      ], gap);
      assert.deepEqual([input.tables[1].layout.columns.revenue, input.tables[1].layout.columns.staff], ['H', 'I']);
      assert.deepEqual(sheetIssues(input), [], gap);
    }
  });

  it('a table without a title starts at its header; checks speak at the right table\'s cells', async () => {
    const { wb, at: a } = stackedReturn({ untitledServices: true });
    const ws = wb.getWorksheet(STACKED_SHEET)!;
    ws.getCell(`C${a.related.rows[1]}`).value = '123';
    ws.getCell(`F${a.services.rows[0]}`).value = '也许';
    const input = await read(wb);
    assert.deepEqual(shape(input).map((t) => [t.id, t.header, t.rows]), [
      ['backbone', a.backbone.header, a.backbone.rows], ['related', a.related.header, a.related.rows], ['services', a.services.header, a.services.rows],
    ]);
    const issues = validateWorkbook(input).issues.filter((i) => i.sheet === STACKED_SHEET);
    assert.deepEqual(issues.map(at).sort(), [
      `cell/uscc@${STACKED_SHEET}!C${a.related.rows[1]}`, `cell/yesno@${STACKED_SHEET}!F${a.services.rows[0]}`,
    ].sort());
    assert.equal(issues.find((i) => i.code === 'cell/yesno')!.field, '是否国家级');
  });

  it('no gap anywhere: a name line (基地名称：…) right above an untitled header is that table\'s, not a row of the one above', async () => {
    const { wb, at: a } = stackedReturn({ gap: 'none', relatedTotalFirst: true, untitledServices: true });
    const input = await read(wb);
    assert.deepEqual(shape(input).map((t) => [t.id, t.header, t.rows, t.total]), [
      ['backbone', a.backbone.header, a.backbone.rows, undefined], ['related', a.related.header, a.related.rows, a.related.total],
      ['services', a.services.header, a.services.rows, undefined],
    ]);
    assert.equal(a.services.header, a.related.rows[1] + 2, 'the name line sits between the related rows and the services header');
    assert.deepEqual(sheetIssues(input), []);
  });

  it('the header typed again among the rows is no second table: skipped with a notice, the rows under it read', async () => {
    const { wb, at: a } = stackedReturn({ headerAgain: true });
    const input = await read(wb);
    assert.deepEqual(input.tables.map((t) => t.def.id), ['backbone', 'related', 'services']);
    assert.deepEqual(input.tables[0].rows.map((r) => r.row), a.backbone.rows);
    assert.deepEqual(sheetIssues(input), [`row/header-again@${STACKED_SHEET}!${a.backbone.headerAgain}`]);
  });

  it('near misses: a header naming two columns, a note naming the columns under the footer, a header-like line of figures', async () => {
    assert.equal(mayBeHeader(['说明：', '企业名称', '统一社会信用代码', '主导产品', '总收入']), false, 'a note, whatever it names');
    assert.equal(mayBeHeader(['1', '企业名称', '统一社会信用代码', '主导产品']), false, 'a serial first: data');
    assert.equal(mayBeHeader(['企业名称', '统一社会信用代码']), false);
    assert.equal(mayBeHeader(['序号', '企业名称', '统一社会信用代码']), true);
    assert.equal(mayBeHeader(['山西甲公司', '91440300708461136T', '煤机']), false, 'a credit code: data');
    assert.equal(mayBeHeader(['山西甲公司', '煤机', '1,234.5']), false, 'a figure typed as text: data');
    // two header words and a row under them below 合计: not enough for a table; reported, not merged (as before)
    const { wb, at: a } = stackedReturn();
    const ws = wb.getWorksheet(STACKED_SHEET)!;
    ws.spliceRows(a.backbone.total! + 1, 0, [], ['', '企业名称', '统一社会信用代码'], ['', '山西另表科技有限公司', code(91)]);
    const input = await read(wb);
    assert.deepEqual(input.tables.map((t) => t.def.id), ['backbone', 'related', 'services']);
    assert.deepEqual(input.tables[0].outside?.map((o) => o.row), [a.backbone.total! + 2, a.backbone.total! + 3]);
    assert.deepEqual(input.tables[1].rows.map((r) => r.row), a.related.rows.map((r) => r + 3));
  });
});

describe('合计 typed right under the header: the file reader', () => {
  it('reads it as the table\'s total, checked as totals are, and the rows under it as data without a warning', async () => {
    const { wb, at: a } = stackedReturn({ relatedTotalFirst: true });
    const input = await read(wb);
    const related = input.tables[1];
    assert.equal(related.total?.row, a.related.total);
    assert.deepEqual(related.rows.map((r) => r.row), a.related.rows);
    assert.equal(related.below, undefined, 'the 合计 ends nothing: the next table does');
    assert.deepEqual(sheetIssues(input), []);
    // a wrong total is reported at its cell
    wb.getWorksheet(STACKED_SHEET)!.getCell(`H${a.related.total}`).value = 1;
    const issues = sheetIssues(await read(wb));
    assert.deepEqual(issues, [`table/total@${STACKED_SHEET}!H${a.related.total}`]);
  });

  it('on a sheet of its own, ended by the footer; an empty form\'s 合计 still ends its table', async () => {
    const wb = fx.handMadeCover();
    const ws = wb.addWorksheet('骨干企业');
    ws.getRow(1).values = ['骨干企业情况表'];
    ws.getRow(2).values = ['序号', '企业名称', '统一社会信用代码', '主导产品', '是否高新技术企业', '总收入', '从业人员'];
    ws.getRow(3).values = ['合计', null, null, null, null, 2002.5, 403];
    ws.getRow(4).values = [1, '山西甲公司', code(1), '煤机', '是', 1001.25, 201];
    ws.getRow(5).values = [2, '山西乙公司', code(2), '煤机', '否', 1001.25, 202];
    ws.getRow(7).values = ['填表人：张三'];
    ws.getRow(8).values = [null, '山西迟到公司', code(3), '煤机', '否', 5, 6];
    const input = await read(wb);
    const t = input.tables[0];
    assert.deepEqual([t.total?.row, t.rows.map((r) => r.row), t.below, t.afterEnd], [3, [4, 5, 8], 'footer', [8]]);
    // the late row is merged with a warning, and the 合计 check points at it too
    assert.deepEqual(validateWorkbook(input).issues.filter((i) => i.sheet === '骨干企业').map(at).sort(),
      ['table/after-total@骨干企业!8', 'table/total@骨干企业!F3', 'table/total@骨干企业!G3']);

    // an empty form: 合计 under blank rows and the footer: the 合计 ends the table, a late row below the footer is after it
    const empty = fx.handMadeCover();
    const e = empty.addWorksheet('骨干企业');
    e.getRow(1).values = ['骨干企业情况表'];
    e.getRow(2).values = ['序号', '企业名称', '统一社会信用代码', '主导产品', '是否高新技术企业', '总收入', '从业人员'];
    e.getRow(5).values = ['合计'];
    e.getRow(7).values = ['填表人：张三'];
    e.getRow(9).values = [null, '山西迟到公司', code(3), '煤机', '否', 5, 6];
    const t2 = (await read(empty)).tables[0];
    assert.deepEqual([t2.total?.row, t2.below, t2.afterEnd], [5, 'total', [9]]);
  });
});

describe('tables one under another: merged, every row accounted', function () {
  this.timeout(120_000);
  it('merges the rows of all three tables into their sheets, with their sheet and row: read = written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torch-stacked-'));
    try {
      const { wb, at: a } = stackedReturn({ relatedTotalFirst: true, headerAgain: true });
      writeFileSync(join(dir, FILE), await fx.toBuffer(wb));
      const lines: string[] = [];
      await mergeCommand([join(dir, FILE), '-o', join(dir, '合并.xlsx'), '--json', join(dir, 'r.json')], (l) => lines.push(l));
      const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
      assert.deepEqual([report.rows.read, report.rows.written, report.rows.leftOut, report.rows.ok], [7, 7, 0, true], lines.join('\n'));
      assert.deepEqual(report.files[0].tables.map((t: any) => [t.table, t.sheet, t.read, t.written]), [
        ['backbone', STACKED_SHEET, 3, 3], ['related', STACKED_SHEET, 2, 2], ['services', STACKED_SHEET, 2, 2],
      ]);
      const out = await openWorkbook(join(dir, '合并.xlsx'));
      const rowsOf = (name: string) => sheetRows(out.getWorksheet(name)!).map((r) => [r['原工作表'], r['原行号']]);
      assert.deepEqual(rowsOf('骨干企业'), a.backbone.rows.map((r) => [STACKED_SHEET, r]));
      assert.deepEqual(rowsOf('关联企业'), a.related.rows.map((r) => [STACKED_SHEET, r]));
      assert.deepEqual(rowsOf('科技服务机构'), a.services.rows.map((r) => [STACKED_SHEET, r]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
