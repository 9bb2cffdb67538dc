import { strict as assert } from 'node:assert';
import { validateWorkbook } from '../../src/core/validate';
import { backbone, cluster, services } from '../../src/core/tables';
import { FIGURES, rollupApplication, rollupTables } from '../../src/core/rollup';
import { PROVINCE_LABEL, rollupProvince, rollupUnits, UNKNOWN_UNIT } from '../../src/core/rollup-units';
import { exactCriterion, figureFormula } from '../../src/core/rollup-formulas';
import { figureDef } from '../../src/core/rollup-figures';
import { REPORTING_UNITS } from '../../src/core/cities';
import { backboneRow, code, fullLayout, row } from './fixtures';

const clusterRow = (n: number, category: string, revenue: number | string | null, over: Record<string, unknown> = {}) => ({
  序号: n, 单位名称: `集群${n}号`, 统一社会信用代码: code(100 + n), 单位类别: category, 主要产品或服务内容: '材料',
  是否高新技术企业: category.endsWith('企业') ? '是' : null, 营业收入: revenue, 从业人员: 10 * n,
  是否国家级: category.endsWith('企业') ? null : n % 2 ? '是' : '否', ...over,
});

describe('roll-up of one application', () => {
  it('counts enterprises and sums money over backbone rows, ignoring text the engine could not read', () => {
    const rows = [
      row(backbone, 4, backboneRow(4, 1)),
      row(backbone, 5, backboneRow(5, 2, { 总收入: 250.5, 是否高新技术企业: '否', 净利润: -20 })),
      row(backbone, 6, backboneRow(6, 3, { 总收入: '2000万', 从业人员: '1,234' })),
    ];
    const result = validateWorkbook({ tables: [{ def: backbone, layout: fullLayout(backbone), rows }], confirmations: [], issues: [] });
    const r = rollupApplication(result);
    assert.equal(r.figures.enterprises, 3);
    assert.equal(r.figures.hightech, 2);
    assert.equal(r.figures.revenue, 1250.5);
    assert.equal(r.figures.profit, 50 + -20 + 50);
    assert.equal(r.figures.staff, 200 + 200 + 1234);
    assert.equal(r.status, 'errors');
    assert.ok(r.errors >= 1);
  });

  it('splits the cluster table into enterprises and institutions by class', () => {
    const rows = [
      row(cluster, 4, clusterRow(1, '骨干企业', 100)),
      row(cluster, 5, clusterRow(2, '中小微企业', 50.25)),
      row(cluster, 6, clusterRow(3, '研发机构', null)),
      row(cluster, 7, clusterRow(4, '金融服务机构', 70)),
      row(cluster, 8, clusterRow(5, '研发机构', null)),
    ];
    const result = validateWorkbook({ tables: [{ def: cluster, layout: fullLayout(cluster), rows }], confirmations: [], issues: [] });
    const f = rollupApplication(result).figures;
    assert.equal(f.enterprises, 2);
    assert.equal(f.revenue, 150.25); // the institution's 70 is not an enterprise's revenue
    assert.equal(f.institutions, 3);
    assert.equal(f.institutions2, 2); // 研发机构
    assert.equal(f.institutions3, 1); // 金融服务机构
    assert.equal(f.national, 2); // rows 3 and 5
  });

  it('rounds float noise away and counts services by class', () => {
    const rows = [0.1, 0.2].map((v, i) => ({ row: 4 + i, values: { revenue: v, category: '骨干企业' } as Record<string, string | number | null>, extras: {} }));
    assert.equal(rollupTables([{ id: 'cluster', rows }]).revenue, 0.3);
    const s = [{ row: 4, values: { category: '创新服务机构', national: '是' }, extras: {} }, { row: 5, values: { category: null, national: '否' }, extras: {} }];
    const f = rollupTables([{ id: 'services', rows: s }]);
    assert.deepEqual([f.institutions, f.institutions1, f.national], [2, 1, 1]);
    assert.ok(services.columns.some((c) => c.key === 'category'));
  });
});

describe('roll-up per unit and province', () => {
  const app = (city: string, errors: number, revenue: number) => ({
    city, appType: 'base' as const,
    rollup: { figures: { ...Object.fromEntries(FIGURES.map((f) => [f.key, 0])), revenue }, errors, warnings: 1, status: errors ? 'errors' as const : 'warnings' as const },
  });

  it('lists the 13 units in the official order, unsent ones included, and a 地市不明 row when needed', () => {
    const units = rollupUnits([app('长治市', 0, 10), app('太原市', 2, 5), app('长治市', 1, 7), app('?', 0, 1)], [{ city: '阳泉市', errors: 1, warnings: 0 }]);
    assert.deepEqual(units.map((u) => u.unit), [...REPORTING_UNITS.map((u) => u.name), UNKNOWN_UNIT]);
    const c = units.find((u) => u.unit === '长治市')!;
    assert.deepEqual([c.applications, c.clean, c.byType.base, c.figures.revenue, c.errors, c.warnings], [2, 1, 2, 17, 1, 2]);
    assert.equal(units.find((u) => u.unit === '阳泉市')!.submitted, true);
    assert.equal(units.find((u) => u.unit === '朔州市')!.submitted, false);
    const p = rollupProvince(units);
    assert.deepEqual([p.unit, p.applications, p.clean, p.figures.revenue, p.errors], [PROVINCE_LABEL, 4, 2, 23, 4]);
  });
});

describe('roll-up formulas', () => {
  const refs = {
    backbone: { sheet: '骨干企业', columns: { '@city': 'A', '@type': 'B', '@app': 'C', revenue: 'L', hightech: 'K' } },
    cluster: { sheet: '集群', columns: { '@city': 'A', '@type': 'B', '@app': 'C', revenue: 'M', category: 'J' } },
  };

  it('escapes wildcards and operators in criteria', () => {
    assert.equal(exactCriterion('a*b?c~'), '"=a~*b~?c~~"');
    assert.equal(exactCriterion('>5 "x"'), '"=>5 ""x"""');
  });

  it('sums a figure over each table that has the column, restricted by the filters', () => {
    const f = figureFormula(figureDef('revenue'), refs, [{ column: '@city', equals: '太原市' }]);
    assert.equal(f, `SUMIFS('骨干企业'!$L:$L,'骨干企业'!$A:$A,"=太原市")`
      + `+SUMIFS('集群'!$M:$M,'集群'!$A:$A,"=太原市",'集群'!$J:$J,"=骨干企业")`
      + `+SUMIFS('集群'!$M:$M,'集群'!$A:$A,"=太原市",'集群'!$J:$J,"=中小微企业")`);
    // the cluster sheet has no 是否高新技术企业 column here: its terms are left out, not made up
    assert.equal(figureFormula(figureDef('hightech'), refs, []), `COUNTIFS('骨干企业'!$K:$K,"=是")`);
    assert.equal(figureFormula(figureDef('output'), {}, []), '0');
  });
});
