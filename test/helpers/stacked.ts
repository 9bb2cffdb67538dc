// Tables laid one under another on one sheet, as clerks send them: 骨干企业情况表 with its title and header, its
// rows, a 合计 row (or a blank gap, or nothing), then 主要关联企业情况表's title, header and rows, then 科技服务机构情况表,
// then a footer. Built with exceljs for the file reader's and the open-workbook reader's tests alike.
import ExcelJS from 'exceljs';
import { backboneRow, relatedRow, servicesRow, type Row } from '../xlsx/merged-returns';
import { handMadeCover } from './workbooks';

export const STACKED_SHEET = '基地企业';

const BACKBONE = ['序号', '企业名称', '统一社会信用代码', '主导产品', '是否高新技术企业', '总收入（万元）', '从业人员（人）', '备注'];
const BACKBONE_KEYS = ['serial', 'name', 'uscc', 'product', 'hightech', 'revenue', 'staff', 'remark'];
const RELATED = ['序号', '企业名称', '统一社会信用代码', '主要产品', '关联骨干企业', '关联方式', '是否高新技术企业', '总收入', '从业人员', '是否在基地内'];
const RELATED_KEYS = ['serial', 'name', 'uscc', 'product', 'backbone', 'relation', 'hightech', 'revenue', 'staff', 'inBase'];
const SERVICES = ['序号', '机构名称', '统一社会信用代码', '机构类别', '主要服务内容', '是否国家级', '从业人员'];
const SERVICES_KEYS = ['serial', 'name', 'uscc', 'category', 'service', 'national', 'staff'];

export interface StackedOptions {
  /** what separates the 骨干 rows from the next title: a 合计 row and a blank line (default), a blank line, nothing */
  gap?: 'total' | 'blank' | 'none';
  /** the related table's 合计 typed first, right under its header */
  relatedTotalFirst?: boolean;
  /** the 骨干 header typed again between its second and third row (as printed on each page) */
  headerAgain?: boolean;
  /** the services table without a title, its header right after a blank line (with `gap: 'none'`: after a name line) */
  untitledServices?: boolean;
  /** the related table's header on two rows: 经营情况 over 总收入 | 从业人员, the other headers merged down both */
  twoRowRelated?: boolean;
}

/** Where things landed (sheet rows). */
export interface StackedLayout {
  backbone: { header: number; rows: number[]; total?: number; headerAgain?: number };
  related: { title: number; header: number; rows: number[]; total: number };
  services: { header: number; rows: number[] };
  footer: number;
  note: number;
}

const sum = (rows: Row[], key: string) => rows.reduce((n, r) => n + Number(r[key] ?? 0), 0);

export function stackedReturn(opts: StackedOptions = {}): { wb: ExcelJS.Workbook; at: StackedLayout } {
  const wb = handMadeCover();
  const ws = wb.addWorksheet(STACKED_SHEET);
  let r = 1;
  const put = (values: ExcelJS.CellValue[]) => {
    ws.getRow(r).values = values;
    return r++;
  };
  const data = (keys: string[], n: number, row: Row) => put(keys.map((k) => (k === 'serial' ? n : row[k] ?? null)));

  ws.getCell('A1').value = '骨干企业情况表';
  ws.mergeCells('A1:H1');
  r = 2;
  put(['基地名称：太原不锈钢产业基地']);
  const backbone: StackedLayout['backbone'] = { header: put(BACKBONE), rows: [] };
  const bRows = [1, 2, 3].map((n) => backboneRow(n));
  bRows.forEach((row, i) => {
    if (opts.headerAgain && i === 2) backbone.headerAgain = put(BACKBONE);
    backbone.rows.push(data(BACKBONE_KEYS, i + 1, row));
  });
  const gap = opts.gap ?? 'total';
  if (gap === 'total') backbone.total = put(['合计', null, null, null, null, sum(bRows, 'revenue'), sum(bRows, 'staff')]);
  if (gap !== 'none') r++;

  const rRows = [1, 2].map((n) => relatedRow(10 + n, bRows[0].name as string));
  const title = put(['主要关联企业情况表']);
  ws.mergeCells(`A${title}:J${title}`);
  let header: number;
  if (opts.twoRowRelated) {
    const top = put(RELATED.map((h, i) => (i === 8 ? null : i === 7 ? '经营情况' : h)));
    header = put(RELATED.map((h, i) => (i === 7 || i === 8 ? h : null)));
    RELATED.forEach((_, i) => {
      const col = String.fromCharCode(65 + i);
      if (i !== 7 && i !== 8) ws.mergeCells(`${col}${top}:${col}${header}`);
    });
    ws.mergeCells(`H${top}:I${top}`);
  } else header = put(RELATED);
  let total = 0;
  const totalLine = () => put(['合计', null, null, null, null, null, null, sum(rRows, 'revenue'), sum(rRows, 'staff')]);
  if (opts.relatedTotalFirst) total = totalLine();
  const related: StackedLayout['related'] = { title, header, rows: rRows.map((row, i) => data(RELATED_KEYS, i + 1, row)), total };
  if (!opts.relatedTotalFirst) related.total = totalLine();
  if (gap !== 'none') r++;

  if (!opts.untitledServices) put(['科技服务机构情况表']);
  else if (gap === 'none') put(['基地名称：太原不锈钢产业基地', null, null, null, '数据年度：2017年']);
  const services: StackedLayout['services'] = { header: put(SERVICES), rows: [1, 2].map((n) => data(SERVICES_KEYS, n, servicesRow(20 + n))) };
  r++;
  const footer = put(['填表人：张三', null, null, null, '联系电话：0351-4921797']);
  r++;
  // a note naming the columns under the footer: no table
  const note = put(['说明：', '企业名称', '统一社会信用代码', '主导产品', '是否高新技术企业', '总收入', '均按营业执照填写']);
  return { wb, at: { backbone, related, services, footer, note } };
}
