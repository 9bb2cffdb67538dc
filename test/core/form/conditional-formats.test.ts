import { strict as assert } from 'node:assert';
import { buildWorkbookPlan, type SheetPlan, type WorkbookPlan } from '../../../src/core/form';
import { tableConditionalFormats } from '../../../src/core/form/conditional-formats';
import { MARK_ERROR, MARK_WARNING } from '../../../src/core/form/styles';
import { NUMBER_CHARS, USCC_CHARS_NAME, USCC_WEIGHTS_NAME, ruleNames } from '../../../src/core/form/rule-names';
import { ListRegistry } from '../../../src/core/form/lists';
import { ALPHABET, WEIGHTS } from '../../../src/core/uscc';
import { backbone, tableDef } from '../../../src/core/tables';
import type { AppTypeId, ColumnDef, TableDef } from '../../../src/core/types';

const tablesOf = (p: WorkbookPlan): SheetPlan[] => p.sheets.filter((s) => s.tableId);
const checks = (s: SheetPlan, key: string): string[] =>
  s.conditionalFormats!.filter((cf) => cf.range.startsWith(`${s.layout!.columns[key]}${s.layout!.firstDataRow}:${s.layout!.columns[key]}`)).map((cf) => cf.check);

describe('form plan: rule formulas as conditional formats', () => {
  for (const id of ['base', 'cluster', 'industrialization'] as AppTypeId[]) {
    it(`${id}: every table sheet marks its data rows, errors before warnings, in the marks' colours`, () => {
      const plan = buildWorkbookPlan(id, { dataRows: 30 });
      for (const s of tablesOf(plan)) {
        const cfs = s.conditionalFormats!;
        assert.ok(cfs.length > 10, s.name);
        for (const cf of cfs) {
          const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(cf.range)!;
          assert.deepEqual([Number(m[2]), Number(m[4])], [s.layout!.firstDataRow, s.layout!.lastDataRow], cf.range);
          assert.ok(cf.formula.length <= 8192 && !cf.formula.startsWith('='), cf.formula.slice(0, 40));
          assert.deepEqual(cf.style, cf.severity === 'error' ? MARK_ERROR : MARK_WARNING);
          // every name a formula uses is defined in the workbook
          for (const name of cf.formula.match(/torch_[a-z_]+/g) ?? []) assert.ok(plan.definedNames.some((n) => n.name === name), name);
        }
        const firstWarning = cfs.findIndex((cf) => cf.severity === 'warning');
        assert.ok(firstWarning < 0 || cfs.slice(firstWarning).every((cf) => cf.severity === 'warning'));
      }
    });
  }

  it('gives each column the rules of its definition', () => {
    const s = tablesOf(buildWorkbookPlan('base')).find((x) => x.tableId === 'backbone')!;
    assert.deepEqual(checks(s, 'name'), ['required', 'length', 'duplicate']);
    assert.deepEqual(checks(s, 'uscc'), ['required', 'uscc-number', 'uscc', 'uscc-checksum', 'duplicate']);
    assert.deepEqual(checks(s, 'hightech'), ['required', 'enum']);
    assert.deepEqual(checks(s, 'revenue'), ['required', 'number', 'min']);
    assert.deepEqual(checks(s, 'profit'), ['number']);
    assert.deepEqual(checks(s, 'productRevenue'), ['number', 'min', 'not-greater:revenue']);
    assert.deepEqual(checks(s, 'rdStaff'), ['number', 'integer', 'min', 'not-greater:staff']);
    assert.deepEqual(checks(s, 'exports'), ['number', 'min', 'not-greater:revenue']);
    assert.equal(s.conditionalFormats!.find((cf) => cf.check === 'not-greater:revenue' && cf.range.startsWith('K'))!.severity, 'warning');
    // one format for error values over the whole table
    assert.deepEqual(s.conditionalFormats!.filter((cf) => cf.check === 'error-value').map((cf) => [cf.range, cf.formula]), [['A4:Q203', 'ISERROR(A4)']]);
  });

  it('a conditional requirement names its condition; 关联骨干企业 looks the name up through a defined name', () => {
    const cluster = tablesOf(buildWorkbookPlan('cluster'))[0];
    const hightech = cluster.conditionalFormats!.find((cf) => cf.check === 'required' && cf.range.startsWith(cluster.layout!.columns.hightech))!;
    assert.match(hightech.formula, /EXACT\(TRIM\(SUBSTITUTE\(ASC\(\$D4\),"　"," "\)\),"骨干企业"\)/);
    const plan = buildWorkbookPlan('base');
    const related = tablesOf(plan).find((s) => s.tableId === 'related')!;
    const ref = related.conditionalFormats!.find((cf) => cf.check === 'reference')!;
    assert.equal(ref.range, `${related.layout!.columns.backbone}4:${related.layout!.columns.backbone}203`);
    assert.match(ref.formula, /torch_backbone_name/);
    assert.deepEqual(plan.definedNames.find((n) => n.name === 'torch_backbone_name'), { name: 'torch_backbone_name', ref: "'骨干企业情况表'!$B$4:$B$203" });
    // 骨干企业 rows name nobody: the backbone table has no such rule
    assert.ok(!tablesOf(plan).find((s) => s.tableId === 'backbone')!.conditionalFormats!.some((cf) => cf.check === 'reference'));
  });

  it('puts the checksum constants on the lists sheet: the alphabet, the weights in rows 1–18, the number characters as text', () => {
    const lists = new ListRegistry();
    lists.nameFor('city', ['太原市', '大同市', '阳泉市', '长治市', '晋城市', '朔州市']);
    const names = ruleNames(lists);
    assert.deepEqual([names.usccChars, names.usccWeights], [USCC_CHARS_NAME, USCC_WEIGHTS_NAME]);
    const sheet = lists.sheet()!;
    const at = (a: string) => sheet.cells.find((c) => c.address === a)?.value;
    assert.equal(at('B1'), ALPHABET);
    assert.deepEqual(Array.from({ length: 18 }, (_, i) => at(`C${i + 1}`)), [...WEIGHTS, 0]);
    assert.deepEqual(Array.from({ length: NUMBER_CHARS.length }, (_, i) => at(`D${i + 1}`)), NUMBER_CHARS);
    assert.deepEqual(sheet.rangeStyles, [{ range: 'B1:B1', style: { numFmt: '@' } }, { range: `D1:D${NUMBER_CHARS.length}`, style: { numFmt: '@' } }]);
    assert.deepEqual(lists.definedNames().map((n) => n.ref), ['_lists!$A$1:$A$6', '_lists!$B$1', '_lists!$C$1:$C$18', `_lists!$D$1:$D$${NUMBER_CHARS.length}`]);
  });

  it('a new column gets its rules from its type, enumeration and length, with no code', () => {
    const extra: ColumnDef[] = [
      { key: 'grade', header: '企业等级', type: 'enum', enum: ['甲', '乙'], required: true },
      { key: 'note2', header: '补充说明', type: 'text', maxLength: 30 },
      { key: 'awards', header: '获奖数', type: 'integer', min: 0, max: 99 },
    ];
    const def: TableDef = { ...backbone, columns: [...backbone.columns, ...extra] };
    const columns = Object.fromEntries(def.columns.map((c, i) => [c.key, String.fromCharCode(65 + i)]));
    const layout = { titleRow: 1, nameRow: 2, headerRow: 3, firstDataRow: 4, lastDataRow: 9, totalRow: 10, columns };
    const cfs = tableConditionalFormats(def, layout, ruleNames(new ListRegistry()));
    const of = (key: string) => cfs.filter((cf) => cf.range === `${columns[key]}4:${columns[key]}9`).map((cf) => cf.check);
    assert.deepEqual(of('grade'), ['required', 'enum']);
    assert.deepEqual(of('note2'), ['length']);
    assert.deepEqual(of('awards'), ['number', 'integer', 'min', 'max']);
    assert.match(cfs.find((cf) => cf.check === 'max')!.formula, />99\)$/);
    // the row test of `required` now spans the new columns too
    assert.match(cfs.find((cf) => cf.check === 'required')!.formula, /\$B4:\$T4/);
    assert.equal(tableDef('backbone').columns.length, 17, 'the real definition is untouched');
  });
});

describe('form plan: the cover\'s rule formulas', () => {
  it('marks each field\'s value cell: required without a data-row test, dropdown words, length, error values', () => {
    const plan = buildWorkbookPlan('base');
    const s = plan.sheets.find((x) => x.kind === 'cover')!;
    const at = s.coverLayout!.fieldCells;
    const of = (key: string) => s.conditionalFormats!.filter((cf) => cf.range === `${at[key]}:${at[key]}`).map((cf) => cf.check);
    assert.deepEqual(of('appType'), ['error-value', 'required', 'enum']);
    assert.deepEqual(of('contact'), ['error-value', 'required', 'length']);
    assert.deepEqual(of('email'), ['error-value']);
    assert.deepEqual(of('phone'), ['error-value', 'required'], 'the phone pattern is the engine\'s alone');
    const required = s.conditionalFormats!.find((cf) => cf.check === 'required' && cf.range.startsWith(at.unit))!;
    assert.equal(required.formula, `LEN(TRIM(SUBSTITUTE(ASC(${at.unit}),"　"," ")))=0`);
  });
});
