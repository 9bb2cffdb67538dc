// Header wording a person reads as the same column: fillers, alternatives, markers, numbering, traditional
// characters. And the near misses a person would not read as that column.
import { strict as assert } from 'assert';
import { findTable, matchCoverLabel, matchHeaderRow } from '../../src/core/headers';
import { skeletonOf } from '../../src/core/headers/tolerant';
import { normaliseHeader } from '../../src/core/headers/normalise';
import { TABLES, backbone, cluster, related, services } from '../../src/core/tables';
import { TableChecker } from '../../src/core/checks/table-checker';
import { layoutOf } from '../../src/core/headers/layout';

/** The field key one header names in a table (read alone, after a name column so it is not the first). */
const fieldOf = (def: typeof backbone, header: string): string | undefined => {
  const m = matchHeaderRow(def, [header]);
  return Object.keys(m.columns)[0];
};

describe('header matching: what clerks do to a header', () => {
  it('reads fillers put in or left out (为, 属于, 的, 是否, 其中, 注册, 全称, 名称)', () => {
    assert.equal(fieldOf(backbone, '是否为高新技术企业'), 'hightech');
    assert.equal(fieldOf(backbone, '是否属于高新技术企业'), 'hightech');
    assert.equal(fieldOf(backbone, '属于高新技术企业'), 'hightech');
    assert.equal(fieldOf(related, '是否位于基地内'), 'inBase');
    assert.equal(fieldOf(related, '在基地内的'), 'inBase');
    assert.equal(fieldOf(backbone, '企业注册名称'), 'name');
    assert.equal(fieldOf(backbone, '企业名称全称'), 'name');
    assert.equal(fieldOf(backbone, '其中的研发人员'), 'rdStaff');
    assert.equal(fieldOf(related, '关联骨干企业名称'), 'backbone');
    assert.equal(fieldOf(services, '是否为国家级'), 'national');
  });

  it('reads alternatives joined by /, 、, 或 or put in brackets, whichever part names the column', () => {
    assert.equal(fieldOf(backbone, '统一社会信用代码/组织机构代码'), 'uscc');
    assert.equal(fieldOf(backbone, '统一社会信用代码／组织机构代码'), 'uscc');
    assert.equal(fieldOf(backbone, '统一社会信用代码、组织机构代码'), 'uscc');
    assert.equal(fieldOf(backbone, '统一社会信用代码或组织机构代码'), 'uscc');
    assert.equal(fieldOf(backbone, '组织机构代码（统一社会信用代码）'), 'uscc');
    assert.equal(fieldOf(backbone, '营业收入/总收入\n（万元）'), 'revenue');
    assert.equal(fieldOf(cluster, '单位类别（骨干企业、中小微企业、服务机构）'), 'category');
  });

  it('reads through required markers and numbering before a header', () => {
    assert.equal(fieldOf(backbone, '企业名称（必填）'), 'name');
    assert.equal(fieldOf(backbone, '（必填）企业名称'), 'name');
    assert.equal(fieldOf(backbone, '★统一社会信用代码'), 'uscc');
    assert.equal(fieldOf(backbone, '*总收入'), 'revenue');
    assert.equal(fieldOf(backbone, '1.企业名称'), 'name');
    assert.equal(fieldOf(backbone, '2、主导产品'), 'product');
    assert.equal(fieldOf(backbone, '（一）总收入（万元）'), 'revenue');
    assert.equal(fieldOf(backbone, '三、从业人员'), 'staff');
    assert.equal(fieldOf(backbone, '④有效发明专利（件）'), 'patents');
  });

  it('reads traditional characters as they occur in these forms, units included', () => {
    assert.equal(fieldOf(backbone, '統一社會信用代碼'), 'uscc');
    assert.equal(fieldOf(backbone, '是否爲高新技術企業'), 'hightech');
    const m = matchHeaderRow(backbone, ['企業名稱', '總收入（萬元）', '從業人員（人）', '研發經費支出']);
    assert.deepEqual(m.columns, { name: 0, revenue: 1, staff: 2, rdSpend: 3 });
    assert.deepEqual(m.units, { revenue: '万元', staff: '人' });
    assert.equal(matchCoverLabel('填報單位'), 'unit');
    assert.equal(matchCoverLabel('1.所在地市'), 'city');
  });

  it('does not read near misses as the column', () => {
    const none = (def: typeof backbone, header: string) => assert.equal(fieldOf(def, header), undefined, header);
    // 主导产品名称 is 主导产品 where that is a column, nothing else
    assert.equal(fieldOf(backbone, '主导产品名称'), 'product');
    assert.equal(fieldOf(related, '主导产品名称'), 'product');
    none(cluster, '主导产品名称');
    none(backbone, '主导产品销售收入占比');
    none(backbone, '是否上市企业');
    none(backbone, '高新技术企业证书编号');
    none(backbone, '高新技术企业认定时间');
    none(backbone, '上年总收入');
    none(backbone, '研发人员占比');
    none(backbone, '注册地址');
    none(backbone, '注册资本');
    none(backbone, '名称');
    none(backbone, '是否');
    none(backbone, '1.');
    none(services, '企业名称');
    none(related, '是否在基地外');
    assert.notEqual(fieldOf(backbone, '主导产品名称'), 'productRevenue');
  });

  it('keeps every table free of two columns that share a fillers-free name', () => {
    for (const def of TABLES) {
      const seen = new Map<string, string>();
      for (const c of def.columns) {
        for (const text of [c.header, ...(c.aliases ?? [])]) {
          const sk = skeletonOf(normaliseHeader(text).replace(/:/g, ''));
          if (!sk) continue;
          assert.ok(!seen.has(sk) || seen.get(sk) === c.key, `${def.id}: ${text} (${c.key}) and ${seen.get(sk)}`);
          seen.set(sk, c.key);
        }
      }
    }
  });
});

describe('header matching: ambiguity is a warning naming both readings', () => {
  const warnings = (def: typeof backbone, header: string[]) => {
    const found = findTable([header], [def])!;
    const { layout } = layoutOf(found, 'Sheet1');
    return { layout, issues: new TableChecker(def, layout).issues().filter((i) => i.code.startsWith('table/header-')) };
  };

  it('one header naming two columns: read as the official one (or the first), warned naming both', () => {
    const { layout, issues } = warnings(backbone, ['序号', '企业名称/统一社会信用代码', '主导产品', '是否高新技术企业', '总收入', '从业人员']);
    assert.equal(layout.columns.name, 'B');
    assert.equal(layout.columns.uscc, undefined);
    assert.equal(issues.length, 1);
    assert.deepEqual({ code: issues[0].code, severity: issues[0].severity, column: issues[0].column, row: issues[0].row, value: issues[0].value },
      { code: 'table/header-two-fields', severity: 'warning', column: 'B', row: 1, value: '企业名称/统一社会信用代码' });
    assert.match(issues[0].message, /企业名称/);
    assert.match(issues[0].message, /统一社会信用代码/);
  });

  it('prefers the part that is the official header over one that is an alias of another column', () => {
    const m = matchHeaderRow(backbone, ['营业收入或主导产品收入']);
    // 营业收入 is an alias of 总收入, 主导产品收入 an alias of 其中:主导产品收入: neither official, the first wins
    assert.deepEqual(m.columns, { revenue: 0 });
    const official = matchHeaderRow(backbone, ['主导产品收入/总收入']);
    assert.deepEqual(official.columns, { revenue: 0 }, '总收入 is the official header');
    assert.equal(official.ambiguities[0].otherKey, 'productRevenue');
  });

  it('two headers naming one column: the first is read, the second carried as an extra column, warned naming both', () => {
    const { layout, issues } = warnings(backbone, ['序号', '企业名称', '统一社会信用代码', '主导产品', '总收入', '营业收入', '从业人员']);
    assert.equal(layout.columns.revenue, 'E');
    assert.equal(layout.extras['营业收入'], 'F');
    assert.equal(issues.length, 1);
    assert.equal(issues[0].code, 'table/header-twice');
    assert.equal(issues[0].column, 'F');
    assert.equal(issues[0].field, '总收入');
    assert.match(issues[0].message, /E 列的「总收入」/);
    assert.match(issues[0].message, /营业收入/);
  });

  it('a header merged across two columns is one column, not two headers', () => {
    const { issues } = warnings(backbone, ['序号', '企业名称', '企业名称', '统一社会信用代码', '主导产品', '总收入']);
    assert.deepEqual(issues, []);
  });
});
