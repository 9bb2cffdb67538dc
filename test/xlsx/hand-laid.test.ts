// Returns laid out by hand (issue 9): headers worded as clerks word them, values merged down rows, covers typed
// above the table, percentages in carried columns. Read by the file reader, checked, and merged.
import { strict as assert } from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { validateWorkbook, type ValidationResult } from '../../src/core/validate';
import type { Issue } from '../../src/core/types';
import { mergeCommand } from '../../src/cli/merge-command';
import { yangquanBase } from '../../examples/generator/returns/yangquan';
import { openWorkbook, sheetRows } from './merged-fixture';
import { HAND_LAID_FILE, HAND_LAID_ISSUES, handLaidReturn } from '../helpers/hand-laid';
import * as fx from '../helpers/workbooks';

const key = (i: Issue) => `${i.code}@${i.sheet}!${i.column ?? ''}${i.row ?? ''}`;
const check = async (wb: ExcelJS.Workbook, name = 'a.xlsx'): Promise<ValidationResult> =>
  validateWorkbook(await readWorkbookBuffer(await fx.toBuffer(wb), name));

describe('a return laid out by hand (阳泉): the file reader', () => {
  let r: ValidationResult;
  const data = yangquanBase();
  const rowsOf = (id: string) => data.tables.find((t) => t.id === id)!.rows;
  before(async () => {
    r = await check(handLaidReturn(), HAND_LAID_FILE);
  });

  it('reports only one notice per merged range: every column found, every value checked, the cover read', () => {
    assert.deepEqual(r.issues.map(key).sort(), [...HAND_LAID_ISSUES].sort());
    assert.ok(r.issues.every((i) => i.severity === 'notice'));
    assert.equal(r.issues[0].message.includes('E5:E7'), true, r.issues[0].message);
  });

  it('reads every column under its wording: / and 或 alternatives, fillers, (必填), traditional characters', () => {
    const [backbone, related, services] = r.tables;
    assert.deepEqual(Object.keys(backbone.layout.extras), ['研发投入占比']);
    assert.deepEqual(Object.keys(related.layout.extras), []);
    assert.deepEqual(Object.keys(services.layout.extras), []);
    assert.equal(backbone.layout.columns.uscc, 'C');
    assert.equal(backbone.layout.columns.hightech, 'E');
    assert.equal(related.layout.columns.backbone, 'E');
    assert.equal(related.layout.columns.inBase, 'J');
    assert.equal(services.layout.columns.national, 'F');
    assert.equal(backbone.rows.length, 7);
    assert.deepEqual(backbone.rows.map((x) => x.values.uscc), rowsOf('backbone').map((x) => x.uscc));
  });

  it('gives a merged value to every row it covers, across columns too', () => {
    const [backbone, related] = r.tables;
    assert.deepEqual(backbone.rows.slice(0, 3).map((x) => [x.row, x.values.hightech]), [[5, '是'], [6, '是'], [7, '是']]);
    assert.deepEqual(related.rows.map((x) => x.values.backbone), rowsOf('related').map((x) => x.backbone));
    assert.deepEqual(related.rows.slice(0, 6).map((x) => x.values.inBase), ['是', '是', '是', '是', '是', '是']);
    // the rows the merges fed count as what they are: 3 + 6 high-tech rows fewer would be missing otherwise
    assert.equal(backbone.rows.filter((x) => x.values.hightech === '是').length, rowsOf('backbone').filter((x) => x.hightech === '是').length);
  });

  it('reads the cover typed above the first table', () => {
    assert.deepEqual(
      { ...r.cover, district: undefined, email: undefined, templateVersion: undefined },
      { appType: '国家火炬特色产业基地', appName: '阳泉节能环保装备特色产业基地', city: '阳泉市', district: undefined, dataYear: 2017,
        unit: '阳泉市科学技术局', contact: '郭丽芳', phone: '0353-2023618', email: undefined, date: '2018-06-02', templateVersion: undefined },
    );
    assert.equal(r.appType?.id, 'base');
  });

  it('carries the percentage column as the cells show it', () => {
    const shown = r.tables[0].rows.map((x) => x.extras['研发投入占比']);
    const want = rowsOf('backbone').map((x) => `${((x['extra:研发投入占比'] as number) * 100).toFixed(2)}%`);
    assert.deepEqual(shown, want);
  });

  it('merges with the merged values in the detail rows, the city and name from the cover, percentages as shown', async function () {
    this.timeout(60000);
    const dir = mkdtempSync(join(tmpdir(), 'torch-hand-'));
    try {
      writeFileSync(join(dir, HAND_LAID_FILE), await fx.toBuffer(handLaidReturn()));
      await mergeCommand([join(dir, HAND_LAID_FILE), '-o', join(dir, '合并.xlsx'), '--json', join(dir, 'r.json')], () => undefined);
      const wb = await openWorkbook(join(dir, '合并.xlsx'));
      const related = sheetRows(wb.getWorksheet('关联企业')!);
      assert.deepEqual(related.map((x) => x['关联骨干企业']), rowsOf('related').map((x) => x.backbone));
      assert.deepEqual(related.slice(0, 6).map((x) => x['是否在基地内']), ['是', '是', '是', '是', '是', '是']);
      const backbone = sheetRows(wb.getWorksheet('骨干企业')!);
      assert.deepEqual(backbone.slice(0, 3).map((x) => x['是否高新技术企业']), ['是', '是', '是']);
      assert.ok(backbone.every((x) => /^\d+\.\d{2}%$/.test(String(x['研发投入占比']))), String(backbone[0]['研发投入占比']));
      const issues = sheetRows(wb.getWorksheet('问题清单')!);
      assert.equal(issues.some((x) => String(Object.values(x).join('|')).includes('cover-inferred')), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A 主要关联企业情况表 as a clerk lays it out: the cover lines above it, merged cells down its rows. */
function relatedSheet(lines: (string | Date)[][], opts: { merges?: string[]; rows?: (string | number | null)[][] } = {}): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('关联企业');
  ws.getCell('A1').value = '主要关联企业情况表';
  lines.forEach((l, i) => { ws.getRow(2 + i).values = l; });
  const h = 2 + lines.length;
  ws.getRow(h).values = ['序号', '企业名称', '统一社会信用代码', '主要产品', '关联骨干企业', '是否高新技术企业', '总收入', '是否在基地内', '备注'];
  const rows = opts.rows ?? [
    [1, '甲配套有限公司', fx.CODES.a, '紧固件', '山西骨干一号有限公司', '是', 100, '是', null],
    [2, '乙物流有限公司', fx.CODES.b, '物流', null, '否', 200, null, null],
    [null, null, null, null, null, null, null, null, null],
  ];
  rows.forEach((row, i) => { ws.getRow(h + 1 + i).values = row; });
  for (const m of opts.merges ?? []) ws.mergeCells(m.replace(/\{(\d)\}/g, (_, n) => String(h + Number(n))));
  return wb;
}

describe('hand layouts: the rules one at a time', () => {
  it('a merged range over a row that holds nothing else does not make that row a data row', async () => {
    // E and H merged over the two data rows and the empty row under them
    const r = await check(relatedSheet([], { merges: ['E{1}:E{3}', 'H{1}:H{3}'] }));
    const t = r.tables[0];
    assert.deepEqual(t.rows.map((x) => [x.row, x.values.backbone, x.values.inBase]), [[3, '山西骨干一号有限公司', '是'], [4, '山西骨干一号有限公司', '是']]);
    assert.deepEqual(r.issues.filter((i) => i.code === 'cell/merged-rows').map((i) => `${i.column}${i.row}`), ['E3', 'H3']);
  });

  it('a range merged across columns as well feeds its first table column; an empty merged range feeds nothing', async () => {
    const wb = relatedSheet([], { merges: ['H{1}:I{2}', 'E{1}:E{2}'] });
    wb.getWorksheet('关联企业')!.getCell('E3').value = null;
    const r = await check(wb);
    const t = r.tables[0];
    assert.deepEqual(t.rows.map((x) => [x.values.inBase, x.values.remark]), [['是', null], ['是', null]]);
    assert.deepEqual(r.issues.filter((i) => i.code === 'cell/merged-rows').map((i) => `${i.column}${i.row}`), ['H3']);
    assert.equal(r.issues.filter((i) => i.code === 'cell/required' && i.field === '关联骨干企业').length, 2);
  });

  it('a merged 企业名称 names both rows, so the duplicate check speaks (a person reads it so)', async () => {
    const r = await check(relatedSheet([], { merges: ['B{1}:B{2}'] }));
    assert.deepEqual(r.tables[0].rows.map((x) => x.values.name), ['甲配套有限公司', '甲配套有限公司']);
    assert.ok(r.issues.some((i) => i.code === 'table/duplicate' && i.row === 4 && i.column === 'B'));
  });

  it('reads a cover typed above the table as 「label：」 cells with the value in the next cell, dates as dates', async () => {
    const r = await check(relatedSheet([
      ['申报类型：', '国家火炬特色产业基地', '', '基地名称：', '太原不锈钢产业基地'],
      ['所在地市', '太原市', '', '填报日期：', new Date(Date.UTC(2018, 5, 1))],
    ]));
    assert.equal(r.cover?.appType, '国家火炬特色产业基地');
    assert.equal(r.cover?.city, '太原市');
    assert.equal(r.cover?.appName, '太原不锈钢产业基地');
    assert.equal(r.cover?.date, '2018-06-01');
    // required fields found nowhere: the cover error stays, naming them, once
    const missing = r.issues.filter((i) => i.code.startsWith('cover/') || (i.code === 'cell/required' && !i.column));
    assert.equal(missing.length, 1);
    assert.equal(missing[0].code, 'cover/missing');
    assert.equal(missing[0].severity, 'error');
    assert.match(missing[0].message, /「数据年度」「填报单位」「联系人」「联系电话」/);
    assert.match(missing[0].message, /申报类型、基地\/集群名称、所在地市、填报日期/);
  });

  it('checks cover values typed above the table like those of a cover sheet, at their cells', async () => {
    const r = await check(relatedSheet([
      ['填报单位：太原市科技局    所在地市：太原县    申报类型：国家火炬特色产业基地    填报日期：2018年6月1日'],
      ['基地名称：太原不锈钢产业基地  数据年度：2017  联系人：张三  联系电话：12345'],
    ]));
    const cover = r.issues.filter((i) => i.sheet === '关联企业' && i.row !== undefined && i.row < 4);
    assert.deepEqual(cover.map((i) => `${i.code}@${i.column}${i.row}`).sort(), ['cell/enum@A2', 'cell/phone@A3']);
    assert.equal(r.issues.some((i) => i.code === 'cover/missing'), false);
  });

  it('leaves the cover error as it was when fewer than three cover fields are above the table', async () => {
    const r = await check(relatedSheet([['基地名称：太原不锈钢产业基地', '', '', '数据年度：2017年']]));
    assert.equal(r.cover, undefined);
    assert.deepEqual(r.issues.filter((i) => i.code.startsWith('cover/')).map((i) => i.message), ['没有找到填报信息（封面）工作表，无法确认申报类型和所在地市']);
  });

  it('prefers a cover sheet over lines above a table', async () => {
    const wb = fx.handMadeCover(relatedSheet([['填报单位：别处    所在地市：大同市    申报类型：创新型产业集群']]));
    const r = await check(wb);
    assert.equal(r.cover?.city, '太原市');
  });
});
