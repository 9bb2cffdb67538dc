import { strict as assert } from 'node:assert';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mergeFiles, type MergeOutcome } from '../../src/cli/merge-command';
import { expandInputs } from '../../src/cli/inputs';
import { buildWorkbookPlan } from '../../src/core/form';
import { REPORTING_UNITS } from '../../src/core/cities';
import { ENTERPRISE_CLASSES, INSTITUTION_CLASSES } from '../../src/core/tables/common';
import { FORMULA_LIKE, openWorkbook, sheetRows, writeProvince, type Province } from './merged-fixture';
import type { Row } from './merged-returns';

const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const close = (a: unknown, b: number, what: string) => assert.ok(Math.abs(Number(a) - b) < 1e-6, `${what}: ${a} ≠ ${b}`);

/** Sums computed straight from what the test typed into the returns. */
function typedSums(rowsByTable: Partial<Record<string, Row[]>>) {
  let revenue = 0, staff = 0, enterprises = 0, hightech = 0, institutions = 0, national = 0;
  for (const [table, rows] of Object.entries(rowsByTable)) {
    for (const r of rows ?? []) {
      const isEnterprise = table === 'backbone' || table === 'related' || (table === 'cluster' && ENTERPRISE_CLASSES.includes(String(r.category)));
      const isInstitution = table === 'services' || (table === 'cluster' && INSTITUTION_CLASSES.includes(String(r.category)));
      if (isEnterprise) {
        enterprises++;
        if (r.hightech === '是') hightech++;
        revenue += num(r.revenue);
        staff += num(r.staff);
      }
      if (isInstitution) {
        institutions++;
        if (r.national === '是') national++;
      }
    }
  }
  return { revenue, staff, enterprises, hightech, institutions, national };
}

async function sheetXml(file: string, sheetName: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const wbXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const id = new RegExp(`<sheet [^>]*name="${sheetName.replace(/[()]/g, '\\$&')}"[^>]*r:id="(rId\\d+)"`).exec(wbXml)![1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1];
  return zip.file(target.startsWith('/') ? target.slice(1) : `xl/${target}`)!.async('string');
}

describe('merged workbook (real files)', function () {
  this.timeout(120000);
  let p: Province;
  let out: string;
  let outcome: MergeOutcome;
  let wb: ExcelJS.Workbook;

  before(async () => {
    p = await writeProvince();
    out = join(p.dir, 'out', '全省汇总.xlsx');
    require('node:fs').mkdirSync(join(p.dir, 'out'));
    outcome = await mergeFiles(await expandInputs([p.dir]), out);
    wb = await openWorkbook(out);
  });
  after(() => rmSync(p.dir, { recursive: true, force: true }));

  it('has the sheets in the documented order', () => {
    assert.deepEqual(wb.worksheets.map((w) => w.name),
      ['汇总（按地市）', '汇总（按申报项目）', '骨干企业', '关联企业', '集群企业和机构', '科技服务机构', '问题清单', '跨项目重复', '说明']);
  });

  it('writes every row of every merged return and nothing of the superseded one', () => {
    const count = (name: string) => sheetRows(wb.getWorksheet(name)!).length;
    assert.equal(count('骨干企业'), 5);
    assert.equal(count('关联企业'), 3);
    assert.equal(count('科技服务机构'), 4);
    assert.equal(count('集群企业和机构'), 9 + 4 + 2);
    const files = sheetRows(wb.getWorksheet('集群企业和机构')!).map((r) => r['来源文件']);
    assert.ok(!files.includes('大同市-大同汽车集群.xlsx'));
    assert.equal(files.filter((f) => f === '大同市-大同汽车集群(修改稿).xlsx').length, 4);
    assert.deepEqual(outcome.mismatches, []);
  });

  it('accounts rows read, written and superseded per file and table in 说明', () => {
    const notes = wb.getWorksheet('说明')!;
    const lines: unknown[][] = [];
    notes.eachRow((row) => lines.push((row.values as unknown[]).slice(1)));
    const superseded = lines.find((l) => l[0] === '大同市-大同汽车集群.xlsx')!;
    assert.equal(superseded[1], '被取代');
    assert.deepEqual(superseded.slice(10, 13), [3, 0, 3]);
    assert.match(String(superseded[13]), /大同汽车集群\(修改稿\)/);
    const base = lines.filter((l) => l[0] === '太原市-太原不锈钢产业基地.xlsx');
    assert.deepEqual(base.map((l) => [l[8], l[10], l[11]]), [['骨干企业', 5, 5], ['关联企业', 3, 3], ['科技服务机构', 4, 4]]);
    const sha = require('node:crypto').createHash('sha256').update(readFileSync(join(p.dir, '太原市-太原不锈钢产业基地.xlsx'))).digest('hex');
    assert.equal(base[0][7], sha);
    const check = lines.find((l) => l[0] === '行数核对')!;
    assert.match(String(check[1]), /读取 30 行 = 写入明细 27 行 \+ 被取代 3 行：一致/);
  });

  it('shows per-application figures equal to sums of what was typed, with formulas over the details', () => {
    const apps = sheetRows(wb.getWorksheet('汇总（按申报项目）')!);
    assert.deepEqual(apps.map((a) => a['申报项目']), ['太原不锈钢产业基地', '大同汽车集群', '长治光电*集群', '晋城煤层气集群']);
    for (const a of apps) {
      const file = String(a['来源文件']);
      const s = typedSums(p.specs[file].rows);
      close(a['总收入（营业收入）（万元）'], s.revenue, `${file} 收入`);
      close(a['从业人员（人）'], s.staff, `${file} 从业人员`);
      assert.equal(a['企业数'], s.enterprises, `${file} 企业数`);
      assert.equal(a['其中：高新技术企业'], s.hightech, `${file} 高企`);
      assert.equal(a['服务机构合计'], s.institutions, `${file} 机构`);
      assert.equal(a['其中：国家级机构'], s.national, `${file} 国家级`);
    }
    // '2000万' is an error: counted in the status, not in the sum
    assert.equal(apps[0]['状态'], '有错误');
    const cell = wb.getWorksheet('汇总（按申报项目）')!.getCell('G2').value as ExcelJS.CellFormulaValue;
    assert.match(cell.formula, /^SUMIFS\('骨干企业'!\$L:\$L,'骨干企业'!\$A:\$A,"=太原市"/);
    const star = wb.getWorksheet('汇总（按申报项目）')!.getCell('E4').value as ExcelJS.CellFormulaValue;
    assert.match(star.formula, /"=长治光电~\*集群"/);
  });

  it('rolls up per unit in the official order, with units that sent nothing and a province total', () => {
    const units = sheetRows(wb.getWorksheet('汇总（按地市）')!);
    assert.deepEqual(units.map((u) => u['地市']), [...REPORTING_UNITS.map((u) => u.name), '全省合计']);
    const by = (name: string) => units.find((u) => u['地市'] === name)!;
    assert.equal(by('朔州市')['报送情况'], '未报送');
    assert.equal(by('阳泉市')['报送情况'], '已报送'); // its only file could not be read
    assert.equal(by('阳泉市')['错误数'], 1);
    assert.equal(by('大同市')['创新型产业集群'], 1);
    assert.equal(by('太原市')['特色产业基地'], 1);
    let revenue = 0;
    for (const spec of Object.entries(p.specs).filter(([f]) => f !== '大同市-大同汽车集群.xlsx')) revenue += typedSums(spec[1].rows).revenue;
    close(by('全省合计')['总收入（营业收入）（万元）'], revenue, '全省收入');
    assert.equal(by('全省合计')['申报项目数'], 4);
    close(by('太原市')['总收入（营业收入）（万元）'], typedSums(p.specs['太原市-太原不锈钢产业基地.xlsx'].rows).revenue, '太原收入');
  });

  it('points every detail row at the real cell it came from', async () => {
    for (const [sheet, tableId] of [['骨干企业', 'backbone'], ['集群企业和机构', 'cluster']] as const) {
      const rows = sheetRows(wb.getWorksheet(sheet)!);
      const nameHeader = sheet === '骨干企业' ? '企业名称' : '单位名称';
      for (const r of rows) {
        const src = await openWorkbook(join(p.dir, String(r['来源文件'])));
        const layout = buildWorkbookPlan(p.specs[String(r['来源文件'])].type).sheets.find((s) => s.tableId === tableId)!.layout!;
        const v = src.getWorksheet(String(r['原工作表']))!.getCell(`${layout.columns.name}${r['原行号']}`).value;
        assert.equal(v, r[nameHeader]);
      }
    }
  });

  it('keeps formula-looking text as text, hyperlinks as plain text, invalid numbers as typed', async () => {
    const rows = sheetRows(wb.getWorksheet('骨干企业')!);
    assert.deepEqual(rows.map((r) => r['所属行业']), FORMULA_LIKE);
    assert.equal(rows[1]['备注'], '见官网');
    assert.equal(rows[2]['总收入（万元）'], '2000万');
    for (const name of ['骨干企业', '关联企业', '集群企业和机构', '科技服务机构', '问题清单', '跨项目重复', '说明']) {
      assert.doesNotMatch(await sheetXml(out, name), /<f[ >]/, `${name} must hold no formula`);
    }
    // cached zero results are in the file (exceljs drops them on reading)
    assert.match(await sheetXml(out, '汇总（按地市）'), /<f>[^<]*朔州市[^<]*<\/f><v>0<\/v>/);
  });

  it('makes each detail sheet an Excel table with filters and a frozen header', async () => {
    const zip = await JSZip.loadAsync(readFileSync(out));
    const tables = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
    const refs = Object.fromEntries(tables.map((t) => [/ name="([^"]+)"/.exec(t)![1], / ref="([^"]+)"/.exec(t)![1]]));
    assert.equal(refs.T_backbone, 'A1:X6'); // 6 origin + 17 official + 1 carried column; header + 5 rows
    assert.match(refs.T_cluster, /^A1:[A-Z]+16$/);
    assert.ok(tables.every((t) => /<autoFilter /.test(t)));
    for (const name of ['骨干企业', '集群企业和机构']) {
      const view = wb.getWorksheet(name)!.views[0] as ExcelJS.WorksheetViewFrozen;
      assert.equal(view.state, 'frozen');
      assert.equal(view.ySplit, 1);
    }
  });

  it('lists credit codes found in more than one application', () => {
    const dups = sheetRows(wb.getWorksheet('跨项目重复')!);
    assert.deepEqual(dups.map((d) => [d['统一社会信用代码'], d['地市'], d['名称是否不同']]), [
      ['91140100MA00000016', '太原市', '是'],
      ['91140100MA00000016', '长治市', '是'],
    ]);
  });

  it('reports the broken file, the inferred cover and the superseded file in 问题清单, sorted by unit', () => {
    const issues = sheetRows(wb.getWorksheet('问题清单')!);
    const broken = issues.find((i) => i['文件'] === '阳泉市-阳泉数据.xlsx')!;
    assert.equal(broken['级别'], '错误');
    assert.equal(broken['地市'], '阳泉市');
    assert.ok(issues.some((i) => i['文件'] === '晋城市-晋城煤层气集群.xlsx' && /从文件名推断/.test(String(i['说明']))));
    assert.ok(issues.some((i) => i['文件'] === '大同市-大同汽车集群.xlsx' && /取代/.test(String(i['说明']))));
    const revenue = issues.find((i) => i['值'] === '2000万')!;
    assert.deepEqual([revenue['工作表'], revenue['单元格']], ['骨干企业情况表', 'F6']);
    const order = issues.map((i) => REPORTING_UNITS.findIndex((u) => u.name === i['地市']));
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
  });
});
