// Returns as cities send them, built from our own template with exceljs: a cover, rows per table, optional
// extra columns. Used by the merge tests and the merge benchmark.

import ExcelJS from 'exceljs';
import type { AppTypeId, TableId } from '../../src/core/types';
import { buildWorkbookPlan } from '../../src/core/form';
import { cover as coverDef } from '../../src/core/tables';
import { templateWorkbook } from '../../src/xlsx/template';
import { usccCheckChar } from '../../src/core/uscc';

export type Row = Record<string, ExcelJS.CellValue>;

export interface ReturnSpec {
  type: AppTypeId;
  city?: string;
  name?: string;
  /** 填报日期 as typed, e.g. 2018-06-01 */
  date?: string;
  rows: Partial<Record<TableId, Row[]>>;
  /** extra columns right of the official ones: header -> value per row */
  extras?: Partial<Record<TableId, Record<string, ExcelJS.CellValue[]>>>;
  /** drop the cover sheet */
  noCover?: boolean;
}

/** A valid Shanxi credit code, distinct for each n. */
export function code(n: number, area = '140100'): string {
  const body = '91' + area + 'MA' + String(n).padStart(7, '0');
  return body + usccCheckChar(body);
}

export function backboneRow(n: number, over: Row = {}): Row {
  return {
    name: `山西测试${n}号科技有限公司`, uscc: code(n), product: '煤机装备', hightech: n % 3 ? '是' : '否',
    revenue: 1000 + n * 1.25, productRevenue: 500, output: 900 + n, profit: n % 4 ? 50.5 : -12.25, tax: 30, exports: 10,
    staff: 200 + n, rdStaff: 20, rdSpend: 40.75, patents: n % 5, standards: 1, ...over,
  };
}

export function relatedRow(n: number, backboneName: string, over: Row = {}): Row {
  return {
    name: `山西关联${n}号有限公司`, uscc: code(n), product: '配件', backbone: backboneName, relation: '生产配套',
    hightech: n % 2 ? '是' : '否', revenue: 300 + n, staff: 40 + n, inBase: '是', ...over,
  };
}

const INSTITUTIONS = ['创新服务机构', '研发机构', '金融服务机构', '其他服务机构'];

export function servicesRow(n: number, over: Row = {}): Row {
  return {
    name: `山西服务${n}号中心`, uscc: code(n), category: INSTITUTIONS[n % 4], service: '检测服务', national: n % 3 ? '否' : '是',
    legalRep: '王五', servedFirms: 12, staff: 30 + n, ...over,
  };
}

export function clusterRow(n: number, over: Row = {}): Row {
  const institution = n % 4 === 3;
  const category = institution ? INSTITUTIONS[n % 4] : n % 4 === 0 ? '骨干企业' : '中小微企业';
  return {
    name: `山西集群${n}号单位`, uscc: code(n), category, product: '新材料',
    hightech: institution ? null : '是', revenue: institution ? null : 800 + n * 0.5, staff: 60 + n, rdSpend: institution ? null : 25.5,
    patents: n % 3, standards: 0, national: institution ? (n % 2 ? '是' : '否') : null, ...over,
  };
}

export function buildReturn(spec: ReturnSpec): ExcelJS.Workbook {
  const maxRows = Math.max(1, ...Object.values(spec.rows).map((r) => r?.length ?? 0));
  const opts = {
    dataRows: maxRows + 2,
    cover: {
      appName: spec.name ?? '', city: spec.city ?? '', dataYear: 2017, unit: `${spec.city ?? ''}科技局`, contact: '张三',
      phone: '0351-4921797', date: spec.date ?? '2018-06-01',
    },
  };
  const wb = templateWorkbook(spec.type, opts);
  const plan = buildWorkbookPlan(spec.type, opts);
  for (const sheet of plan.sheets) {
    if (sheet.kind !== 'table' || !sheet.layout || !sheet.tableId) continue;
    const ws = wb.getWorksheet(sheet.name)!;
    const { columns, firstDataRow, headerRow } = sheet.layout;
    const rows = spec.rows[sheet.tableId] ?? [];
    rows.forEach((r, i) => {
      const row = ws.getRow(firstDataRow + i);
      row.getCell(columns.serial).value = i + 1;
      for (const [key, v] of Object.entries(r)) if (columns[key] && v !== undefined) row.getCell(columns[key]).value = v;
    });
    let col = Object.keys(columns).length + 1;
    for (const [header, values] of Object.entries(spec.extras?.[sheet.tableId] ?? {})) {
      ws.getRow(headerRow).getCell(col).value = header;
      values.forEach((v, i) => (ws.getRow(firstDataRow + i).getCell(col).value = v));
      col++;
    }
  }
  if (spec.noCover) wb.removeWorksheet(wb.getWorksheet(coverDef.sheetName)!.id);
  return wb;
}

export async function writeReturn(spec: ReturnSpec, file: string): Promise<void> {
  await buildReturn(spec).xlsx.writeFile(file);
}
