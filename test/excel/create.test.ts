import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { applyPlan } from '../../src/xlsx/apply-plan';
import { buildWorkbookPlan } from '../../src/core/form/workbook-plan';
import { createApplication } from '../../src/excel/create';
import { detectFeatures } from '../../src/excel/features';
import { readOpenWorkbook } from '../../src/excel/read-workbook';
import { StrictBook, featuresUpTo } from './fake-excel';

const ALL = detectFeatures(featuresUpTo(17));
const COVER = { appName: '太原不锈钢特色产业基地', dataYear: 2017, city: '太原市' };

describe('excel: createApplication', () => {
  it('writes the plan\'s cells, validations, names and hidden sheets in two syncs', async () => {
    const book = new StrictBook(['Sheet1']);
    const result = await book.run((ctx) => createApplication(ctx, 'base', COVER, ALL));
    const plan = buildWorkbookPlan('base', { cover: COVER });
    assert.equal(book.syncs, 2);
    assert.deepEqual(result.created, plan.sheets.map((s) => s.name));
    assert.deepEqual(result.skipped, []);
    assert.deepEqual(result.omitted, []);
    for (const sp of plan.sheets) {
      const s = book.sheet(sp.name);
      for (const c of sp.cells) {
        if (c.formula !== undefined) assert.equal(s.formulas.get(cellKey(c.address)), `=${c.formula}`, `${sp.name}!${c.address}`);
        else if (c.value !== undefined) assert.equal(book.get(sp.name, c.address), c.value, `${sp.name}!${c.address}`);
      }
      assert.deepEqual(s.validations.map((v) => v.address).sort(), sp.validations.map((v) => expand(v.range)).sort());
      assert.equal(s.visibility, { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' }[sp.visibility], sp.name);
      assert.equal(s.merges.length, sp.merges.length);
    }
    assert.deepEqual([...book.names.keys()].sort(), plan.definedNames.map((n) => n.name).sort());
    assert.equal(book.sheet('_torch').visibility, 'VeryHidden');
    assert.equal(book.enableEvents, true, 'events are on again after the batch');
    assert.equal(book.active, plan.sheets[0].name);
  });

  it('sync count does not grow with the number of rows', async () => {
    const book = new StrictBook();
    await book.run((ctx) => createApplication(ctx, 'base', COVER, ALL, 3000));
    assert.equal(book.syncs, 2);
  });

  it('never overwrites an existing sheet and skips validations where ExcelApi 1.8 is missing', async () => {
    const plan = buildWorkbookPlan('cluster', {});
    const taken = plan.sheets[1].name;
    const book = new StrictBook([taken], { api: 7 });
    book.set(taken, 'A1', [['clerk data']]);
    const result = await book.run((ctx) => createApplication(ctx, 'cluster', {}, detectFeatures(featuresUpTo(7))));
    assert.deepEqual(result.skipped, [taken]);
    assert.equal(book.get(taken, 'A1'), 'clerk data');
    assert.ok(result.omitted.includes('dataValidation'));
    for (const s of book.sheets.values()) assert.equal(s.validations.length, 0);
  });

  it('reads back what it created, with the rows a clerk typed', async () => {
    const book = new StrictBook();
    await book.run((ctx) => createApplication(ctx, 'base', COVER, ALL));
    const sp = buildWorkbookPlan('base', { cover: COVER }).sheets.find((s) => s.tableId === 'backbone')!;
    const L = sp.layout!;
    const row = L.firstDataRow;
    book.set(sp.name, `${L.columns.name}${row}`, [['太原钢铁(集团)有限公司']]);
    book.set(sp.name, `${L.columns.revenue}${row}`, [[12345.5]]);
    const input = await book.run((ctx) => readOpenWorkbook(ctx));
    const t = input.tables.find((x) => x.def.id === 'backbone')!;
    assert.ok(t, 'backbone table found by its headers');
    assert.equal(t.layout.headerRow, L.headerRow);
    assert.deepEqual(t.layout.columns, L.columns);
    const r = t.rows.find((x) => x.row === row)!;
    assert.equal(r.values.name, '太原钢铁(集团)有限公司');
    assert.equal(r.values.revenue, 12345.5);
    assert.equal(t.total?.row, L.totalRow);
    assert.equal(input.cover?.values.appName, COVER.appName);
  });

  it('reads a hand-made cover by the same rule as the file reader, a value after a colon included', async () => {
    const book = new StrictBook(['封面']);
    book.set('封面', 'A1:B5', [
      ['申报类型', '国家火炬特色产业基地'],
      ['基地名称', '太原煤机特色产业基地'],
      ['所在地市', '太原市'],
      ['联系电话:0351-4921797', ''],
      ['备注', '所在地市'],
    ]);
    const input = await book.run((ctx) => readOpenWorkbook(ctx));
    assert.equal(input.cover?.sheet, '封面');
    assert.deepEqual(input.cover?.values, { appType: '国家火炬特色产业基地', appName: '太原煤机特色产业基地', city: '太原市', phone: '0351-4921797' });
    assert.deepEqual(input.cover?.cells, { appType: 'B1', appName: 'B2', city: 'B3', phone: 'A4' });
  });

  it('keeps one copy of a table found twice, the one with data, and warns on the other, as the file reader does', async () => {
    const book = new StrictBook();
    await book.run((ctx) => createApplication(ctx, 'base', COVER, ALL));
    const sp = buildWorkbookPlan('base', { cover: COVER }).sheets.find((s) => s.tableId === 'backbone')!;
    const L = sp.layout!;
    // a copy of the header on a sheet of its own, before the real one gets any data
    book.addSheet('骨干企业(备份)');
    const header = sp.cells.filter((c) => c.address.endsWith(String(L.headerRow)) && c.value !== undefined);
    for (const c of header) book.set('骨干企业(备份)', c.address, [[c.value as string]]);
    book.set(sp.name, `${L.columns.name}${L.firstDataRow}`, [['太原钢铁(集团)有限公司']]);
    const input = await book.run((ctx) => readOpenWorkbook(ctx));
    const copies = input.tables.filter((t) => t.def.id === 'backbone');
    assert.deepEqual(copies.map((t) => t.layout.sheet), [sp.name]);
    // outside Office the host offers no ExcelApi 1.13, so the reader also says it could not see merged cells
    assert.deepEqual(input.issues.map((i) => `${i.code}@${i.sheet}`), ['file/merges-unsupported@undefined', 'table/duplicate-sheet@骨干企业(备份)']);
  });
});

function cellKey(a1: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return `${m[2]},${c}`;
}

function expand(range: string): string {
  return range.includes(':') ? range : `${range}:${range}`;
}

describe('excel: createApplication on the strict host (defects 3, 5, 8)', () => {
  const plan = buildWorkbookPlan('base', { cover: COVER });
  const cover = plan.sheets.find((s) => s.kind === 'cover')!;
  const cells = cover.coverLayout!.fieldCells;

  it('writes each cover value after its text format, so a landline keeps its leading zero and +86 stays text (defect 3)', async () => {
    for (const phone of ['03514921797', '+86 351 4921797', '0351-4921797']) {
      const book = new StrictBook(['Sheet1']);
      await book.run((ctx) => createApplication(ctx, 'base', { ...COVER, phone, contact: '=王芳' }, ALL));
      assert.equal(book.get(cover.name, cells.phone), phone, phone);
      assert.equal(book.get(cover.name, cells.contact), '=王芳', 'text that looks like a formula stays text');
      assert.equal(book.sheet(cover.name).formulas.size, 0, 'no formula made of a value');
      const input = await book.run((ctx) => readOpenWorkbook(ctx));
      assert.equal(input.cover?.values.phone, phone);
    }
  });

  it('a batch that fails half-way leaves the add-in\'s events on (defect 5)', async () => {
    const book = new StrictBook(['Sheet1'], { failOn: (label) => label.startsWith('names.add') });
    await assert.rejects(book.run((ctx) => createApplication(ctx, 'base', COVER, ALL)), /GeneralException/);
    assert.equal(book.enableEvents, true, 'events are on again: live checking still hears the clerk');
  });

  it('applies the form plan\'s 宋体, page footer, centring and margins as the .xlsx templates do (defect 8)', async () => {
    const book = new StrictBook(['Sheet1']);
    await book.run((ctx) => createApplication(ctx, 'base', COVER, ALL));
    const xlsx = new ExcelJS.Workbook();
    applyPlan(xlsx, plan);
    for (const sp of plan.sheets.filter((s) => s.visibility === 'visible')) {
      const ws = xlsx.getWorksheet(sp.name)!;
      const s = book.sheet(sp.name);
      for (const c of sp.cells.filter((x) => x.style?.font)) {
        assert.equal(s.prop(expand(c.address), 'format.font.name'), ws.getCell(c.address).font?.name, `${sp.name}!${c.address}`);
        assert.equal(s.prop(expand(c.address), 'format.font.name'), '宋体');
      }
      for (const rs of sp.rangeStyles.filter((x) => x.style.font)) assert.equal(s.prop(expand(rs.range), 'format.font.name'), rs.style.font, `${sp.name}!${rs.range}`);
      if (!sp.print) continue;
      const footer = s.propsAt('pageLayout.headersFooters.defaultForAllPages.centerFooter').map((p) => p.value);
      assert.deepEqual(footer.map((f) => `&C${f}`), [ws.headerFooter.oddFooter], sp.name);
      assert.equal(s.propsAt('pageLayout.centerHorizontally')[0]?.value, ws.pageSetup.horizontalCentered);
      const m = ws.pageSetup.margins!;
      const inches = (name: string): number => Number(s.propsAt(`pageLayout.${name}`)[0]?.value) / 72;
      assert.deepEqual([inches('leftMargin'), inches('rightMargin'), inches('topMargin'), inches('bottomMargin'), inches('headerMargin'), inches('footerMargin')].map((x) => Math.round(x * 100) / 100),
        [m.left, m.right, m.top, m.bottom, m.header, m.footer]);
    }
  });
});
