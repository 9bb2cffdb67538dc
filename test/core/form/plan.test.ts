import { strict as assert } from 'node:assert';
import { CONFIRM_SHEET } from '../../../src/core/form/constants';
import {
  ANY_NUMBER, LISTS_SHEET, META_SHEET, buildTablePlan, buildWorkbookPlan, cellsOf, headerText, readMetaRows,
  type PlannedValidation, type SheetPlan,
} from '../../../src/core/form';
import { TABLES, appType, backbone, cluster, cover, services } from '../../../src/core/tables';
import { UNIT_NAMES } from '../../../src/core/cities';
import type { AppTypeId } from '../../../src/core/types';

const cell = (s: SheetPlan, a: string) => s.cells.find((c) => c.address === a);
const sheet = (p: { sheets: SheetPlan[] }, name: string) => {
  const s = p.sheets.find((x) => x.name === name);
  assert.ok(s, `no sheet ${name}`);
  return s;
};
const validationAt = (s: SheetPlan, range: string): PlannedValidation => {
  const v = s.validations.find((x) => x.range === range);
  assert.ok(v, `no validation on ${range} of ${s.name}`);
  return v;
};

describe('form plan: workbook', () => {
  const expected: Record<AppTypeId, string[]> = {
    base: ['填报信息', '骨干企业情况表', '主要关联企业情况表', '科技服务机构情况表', CONFIRM_SHEET, LISTS_SHEET, META_SHEET],
    cluster: ['填报信息', '主要企业和服务机构汇总表', CONFIRM_SHEET, LISTS_SHEET, META_SHEET],
    industrialization: ['填报信息', '骨干企业情况表', CONFIRM_SHEET, LISTS_SHEET, META_SHEET],
  };
  for (const [id, names] of Object.entries(expected) as [AppTypeId, string[]][]) {
    it(`${id}: cover, the tables, the 信用代码确认 sheet, then the hidden lists and meta sheets`, () => {
      const plan = buildWorkbookPlan(id);
      assert.deepEqual(plan.sheets.map((s) => s.name), names);
      assert.deepEqual(plan.sheets.map((s) => s.visibility), names.map((n) => (n.startsWith('_') ? 'veryHidden' : 'visible')));
    });
  }

  it('lays out the 信用代码确认 sheet: title, note, the header the readers look for, 18-character codes', () => {
    const s = buildWorkbookPlan('cluster').sheets.find((x) => x.name === CONFIRM_SHEET)!;
    assert.equal(s.kind, 'confirm');
    const at = (a: string) => s.cells.find((c) => c.address === a)?.value;
    assert.equal(at('A1'), '统一社会信用代码人工确认');
    assert.deepEqual(['A3', 'B3', 'C3', 'D3'].map(at), ['统一社会信用代码', '确认人', '确认日期', '说明']);
    const v = validationAt(s, 'A4:A53');
    assert.deepEqual([v.type, v.operator, v.min], ['textLength', 'equal', 18]);
  });

  it('keeps every validation range inside the data rows (never a whole column)', () => {
    for (const id of ['base', 'cluster', 'industrialization'] as AppTypeId[]) {
      for (const s of buildWorkbookPlan(id).sheets) {
        for (const v of s.validations) {
          assert.match(v.range, /^[A-Z]+\d+(:[A-Z]+\d+)?$/, `${s.name} ${v.range}`);
          if (s.layout) {
            const [, r1, r2] = /^[A-Z]+(\d+):[A-Z]+(\d+)$/.exec(v.range)!.map(Number);
            assert.equal(r1, s.layout.firstDataRow);
            assert.equal(r2, s.layout.lastDataRow);
          }
        }
      }
    }
  });

  it('puts each long list once on the lists sheet behind a defined name', () => {
    const plan = buildWorkbookPlan('cluster');
    assert.deepEqual(plan.definedNames, [
      { name: 'torch_city', ref: `${LISTS_SHEET}!$A$1:$A$13` },
      { name: 'torch_category', ref: `${LISTS_SHEET}!$B$1:$B$6` },
      // the rule formulas' constants after the lists, then the cells they look values up in
      { name: 'torch_uscc_chars', ref: `${LISTS_SHEET}!$C$1` },
      { name: 'torch_uscc_weights', ref: `${LISTS_SHEET}!$D$1:$D$18` },
      { name: 'torch_number_chars', ref: `${LISTS_SHEET}!$E$1:$E$14` },
      { name: 'torch_confirmed', ref: `'${CONFIRM_SHEET}'!$A$4:$A$53` },
    ]);
    const lists = sheet(plan, LISTS_SHEET);
    assert.deepEqual(cellsOf('A1:A13').map((a) => cell(lists, a)?.value), UNIT_NAMES);
    assert.deepEqual(cellsOf('B1:B6').map((a) => cell(lists, a)?.value), cluster.columns.find((c) => c.key === 'category')!.enum);
    const v = validationAt(sheet(plan, cluster.shortName), 'D4:D203');
    assert.equal(v.listSource, '=torch_category');
  });

  it('fills the cover and the name lines from the given cover values', () => {
    const plan = buildWorkbookPlan('base', { cover: { appName: '太原不锈钢产业基地', dataYear: 2017, city: '太原市' } });
    const c = sheet(plan, cover.sheetName);
    const at = c.coverLayout!.fieldCells;
    assert.equal(cell(c, at.appType)?.value, appType('base').label);
    assert.equal(cell(c, at.templateVersion)?.value, cover.version);
    assert.equal(cell(c, at.appName)?.value, '太原不锈钢产业基地');
    assert.equal(cell(c, at.city)?.value, '太原市');
    for (const s of plan.sheets.filter((x) => x.kind === 'table')) {
      assert.equal(cell(s, s.layout!.nameCell!)?.value, '太原不锈钢产业基地');
      assert.equal(cell(s, s.layout!.yearCell!)?.value, 2017);
    }
  });

  it('describes each form sheet in the meta rows, readable back', () => {
    const plan = buildWorkbookPlan('base', { dataRows: 10 });
    const meta = sheet(plan, META_SHEET);
    const grid: unknown[][] = [];
    for (const c of meta.cells) {
      const m = /^([A-Z])(\d+)$/.exec(c.address)!;
      const r = Number(m[2]) - 1;
      (grid[r] ??= [])[m[1].charCodeAt(0) - 65] = c.value;
    }
    const rows = readMetaRows(grid);
    assert.deepEqual(rows, [
      { kind: 'cover', table: 'cover', version: '2018', sheet: '填报信息', headerRow: 2, firstDataRow: 3, lastDataRow: 2 + cover.fields.length, appType: 'base' },
      { kind: 'table', table: 'backbone', version: '2018', sheet: '骨干企业情况表', headerRow: 3, firstDataRow: 4, lastDataRow: 13, totalRow: 14, appType: 'base' },
      { kind: 'table', table: 'related', version: '2018', sheet: '主要关联企业情况表', headerRow: 3, firstDataRow: 4, lastDataRow: 13, totalRow: 14, appType: 'base' },
      { kind: 'table', table: 'services', version: '2018', sheet: '科技服务机构情况表', headerRow: 3, firstDataRow: 4, lastDataRow: 13, totalRow: 14, appType: 'base' },
    ]);
  });
});

describe('form plan: a table sheet', () => {
  for (const def of TABLES) {
    it(`${def.id}: title, name line, header row in definition order, 合计 and footer`, () => {
      const s = buildTablePlan(def);
      const n = def.columns.length;
      const last = String.fromCharCode(64 + n);
      assert.equal(s.name, def.shortName);
      assert.equal(cell(s, 'A1')?.value, def.title);
      assert.ok(s.merges.includes(`A1:${last}1`));
      assert.equal(cell(s, 'A2')?.value, `${def.nameLabel}:`);
      assert.ok(s.cells.some((c) => c.address.endsWith('2') && c.value === '数据年度：'));
      const note = def.id === 'backbone' ? '金额单位：万元；出口：万美元' : '金额单位：万元';
      assert.equal(cell(s, 'H2')?.value, note);
      assert.deepEqual(def.columns.map((_, i) => cell(s, `${String.fromCharCode(65 + i)}3`)?.value), def.columns.map(headerText));
      assert.ok(def.columns.every((_, i) => cell(s, `${String.fromCharCode(65 + i)}3`)?.style?.wrap));
      assert.deepEqual(s.layout, {
        titleRow: 1, nameRow: 2, headerRow: 3, firstDataRow: 4, lastDataRow: 203, totalRow: 204,
        columns: Object.fromEntries(def.columns.map((c, i) => [c.key, String.fromCharCode(65 + i)])),
        nameCell: 'C2', yearCell: 'G2',
      });
      assert.equal(cell(s, 'A204')?.value, '合计');
      const footer = s.cells.filter((c) => c.address.endsWith('206') || c.address.endsWith('207')).map((c) => c.value);
      assert.deepEqual(footer, ['填表人：', '联系电话：', '填报单位（盖章）：', '填报日期：      年    月    日']);
      assert.deepEqual(s.freeze, { row: 4, column: 3 });
      assert.deepEqual(s.print, { landscape: true, fitToWidth: true, repeatRows: [1, 3], paper: 'A4', footer: '第 &P 页，共 &N 页' });
      assert.deepEqual(s.widths, def.columns.map((c) => c.width ?? 12));
    });
  }

  it('writes units into the headers', () => {
    const s = buildTablePlan(backbone);
    const headers = s.cells.filter((c) => c.address.endsWith('3') && c.address.length === 2).map((c) => c.value);
    assert.ok(headers.includes('总收入（万元）'));
    assert.ok(headers.includes('出口创汇（万美元）'));
    assert.ok(headers.includes('从业人员（人）'));
    assert.ok(headers.includes('企业名称'));
  });

  it('sums numbers and counts 是 in the 合计 row, and leaves text columns empty', () => {
    const s = buildTablePlan(backbone, { dataRows: 5 });
    assert.equal(s.layout!.totalRow, 9);
    assert.equal(cell(s, 'E9')?.formula, 'COUNTIF(E4:E8,"是")');
    assert.equal(cell(s, 'F9')?.formula, 'SUM(F4:F8)');
    assert.equal(cell(s, 'I9')?.formula, 'SUM(I4:I8)');
    assert.equal(cell(s, 'L9')?.formula, 'SUM(L4:L8)');
    assert.equal(cell(s, 'C9')?.formula, undefined);
    assert.equal(cell(s, 'Q9')?.formula, undefined);
    assert.ok(s.merges.includes('A9:B9'));
    const formulas = s.cells.filter((c) => c.formula).length;
    const summed = backbone.columns.filter((c) => ['number', 'integer', 'yesno'].includes(c.type)).length;
    assert.equal(formulas, summed);
  });

  it('validates by column type, with prompts from the hints', () => {
    const s = buildTablePlan(backbone);
    const revenue = validationAt(s, 'F4:F203');
    assert.equal(revenue.type, 'decimal');
    assert.equal(revenue.operator, 'greaterThanOrEqual');
    assert.equal(revenue.min, 0);
    assert.equal(revenue.prompt, backbone.columns[5].hint);
    assert.equal(revenue.promptTitle, '总收入');
    assert.equal(revenue.errorStyle, 'stop');
    const profit = validationAt(s, 'I4:I203');
    assert.equal(profit.type, 'decimal');
    assert.equal(profit.operator, 'between');
    assert.equal(profit.min, -ANY_NUMBER);
    assert.equal(profit.prompt, '单位：万元，亏损填负数');
    const staff = validationAt(s, 'L4:L203');
    assert.deepEqual([staff.type, staff.operator, staff.min], ['whole', 'greaterThanOrEqual', 0]);
    const code = validationAt(s, 'C4:C203');
    assert.deepEqual([code.type, code.operator, code.min], ['textLength', 'equal', 18]);
    const yesNo = validationAt(s, 'E4:E203');
    assert.deepEqual([yesNo.type, yesNo.listSource, yesNo.listValues], ['list', undefined, ['是', '否']]);
    assert.ok(s.validations.every((v) => v.allowBlank && v.error && v.errorTitle && v.promptTitle));
  });

  it('keeps short lists inline', () => {
    const v = validationAt(buildTablePlan(services), 'D4:D203');
    assert.equal(v.listSource, undefined);
    assert.deepEqual(v.listValues, ['创新服务机构', '研发机构', '金融服务机构', '其他服务机构']);
  });

  it('refuses a nonsensical row count', () => {
    assert.throws(() => buildTablePlan(backbone, { dataRows: 0 }), /dataRows/);
  });
});

describe('form plan: cover sheet', () => {
  it('has one field per row with dropdowns for 申报类型 and 所在地市', () => {
    const plan = buildWorkbookPlan('cluster');
    const c = sheet(plan, '填报信息');
    assert.equal(cell(c, 'A1')?.value, cover.title);
    cover.fields.forEach((f, i) => assert.equal(cell(c, `A${3 + i}`)?.value, f.header));
    const appTypeV = validationAt(c, c.coverLayout!.fieldCells.appType);
    assert.deepEqual(appTypeV.listValues, ['国家火炬特色产业基地', '创新型产业集群', '国家高新技术产业化基地']);
    const city = validationAt(c, c.coverLayout!.fieldCells.city);
    assert.equal(city.listSource, '=torch_city');
    assert.equal(city.prompt, '请从下拉列表选择');
    assert.equal(cell(c, c.coverLayout!.fieldCells.templateVersion)?.value, '2018');
    assert.equal(cell(c, c.coverLayout!.fieldCells.appType)?.value, '创新型产业集群');
  });
});

describe('readMetaRows', () => {
  it('reads 1-based sparse rows (exceljs) and 0-based rows (Office.js) alike, skipping nonsense', () => {
    const header = ['kind', 'table', 'version', 'sheet', 'headerRow', 'firstDataRow', 'lastDataRow', 'totalRow'];
    const office = [header, ['table', 'backbone', 2018, '骨干企业情况表', 3, 4, 203, 204], ['', '', '', '', '', '', '', ''], ['table', 'x', '', '', 'a', 4, 5, 6]];
    const exceljs = office.map((r) => [undefined, ...r]);
    const want = [{ kind: 'table', table: 'backbone', version: '2018', sheet: '骨干企业情况表', headerRow: 3, firstDataRow: 4, lastDataRow: 203, totalRow: 204 }];
    assert.deepEqual(readMetaRows(office), want);
    assert.deepEqual(readMetaRows(exceljs), want);
  });

  it('finds columns by name and accepts numbers written as text', () => {
    const rows = [['sheet', 'kind', 'lastDataRow', 'firstDataRow', 'headerRow'], ['填报信息', 'cover', '13', '3', '2']];
    assert.deepEqual(readMetaRows(rows), [{ kind: 'cover', table: '', version: '', sheet: '填报信息', headerRow: 2, firstDataRow: 3, lastDataRow: 13 }]);
  });

  it('returns nothing for a sheet without the header row', () => {
    assert.deepEqual(readMetaRows([]), []);
    assert.deepEqual(readMetaRows([['something', 'else'], ['table', 'backbone']]), []);
  });
});
