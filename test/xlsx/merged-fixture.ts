// A small province of returns on disk for the merge tests, and ways to read the merged workbook back.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { backboneRow, clusterRow, code, relatedRow, servicesRow, writeReturn, type ReturnSpec, type Row } from './merged-returns';

export const FORMULA_LIKE = ['=1+2', '+86 351', '-5', '@SUM(A1:A3)', '=HYPERLINK("http://example.com","点我")'];

export interface Province {
  dir: string;
  specs: Record<string, ReturnSpec>;
  corrupt: string;
}

/** Six files from five units: a base, a cluster, a resubmitted cluster, a return without cover, a broken file. */
export async function writeProvince(): Promise<Province> {
  const dir = mkdtempSync(join(tmpdir(), 'torch-merge-'));
  const backbone: Row[] = [1, 2, 3, 4, 5].map((n) => backboneRow(n));
  backbone[2] = { ...backbone[2], revenue: '2000万' }; // an error: kept as text, never summed
  backbone[1] = { ...backbone[1], remark: { text: '见官网', hyperlink: 'http://example.com' } };
  const specs: Record<string, ReturnSpec> = {
    '太原市-太原不锈钢产业基地.xlsx': {
      type: 'base', city: '太原市', name: '太原不锈钢产业基地', date: '2018-06-01',
      rows: {
        backbone,
        related: [10, 11, 12].map((n) => relatedRow(n, backboneRow(1).name as string)),
        services: [20, 21, 22, 23].map((n) => servicesRow(n)),
      },
      extras: { backbone: { 所属行业: FORMULA_LIKE } },
    },
    '长治市-长治光电集群.xlsx': {
      type: 'cluster', city: '长治市', name: '长治光电*集群', date: '2018-06-02',
      // code(1) is also a 骨干企业 of 太原: a duplicate across applications, under another name
      rows: { cluster: [30, 31, 32, 33, 34, 35, 36, 37].map((n) => clusterRow(n)).concat([clusterRow(1)]) },
    },
    '大同市-大同汽车集群.xlsx': {
      type: 'cluster', city: '大同市', name: '大同汽车集群', date: '2018-05-18',
      rows: { cluster: [50, 51, 52].map((n) => clusterRow(n)) },
    },
    '大同市-大同汽车集群(修改稿).xlsx': {
      type: 'cluster', city: '大同市', name: '大同汽车集群', date: '2018-06-04',
      rows: { cluster: [50, 51, 52, 53].map((n) => clusterRow(n)) },
    },
    '晋城市-晋城煤层气集群.xlsx': {
      type: 'cluster', noCover: true, rows: { cluster: [60, 61].map((n) => clusterRow(n, { uscc: code(n, '140500') })) },
    },
  };
  for (const [file, spec] of Object.entries(specs)) await writeReturn(spec, join(dir, file));
  // a broken file: the first half of a real return
  const corrupt = '阳泉市-阳泉数据.xlsx';
  const whole = readFileSync(join(dir, '太原市-太原不锈钢产业基地.xlsx'));
  writeFileSync(join(dir, corrupt), whole.subarray(0, Math.floor(whole.length / 2)));
  return { dir, specs, corrupt };
}

/** A cell's plain value: a formula's cached result (exceljs drops a cached 0 on reading, so a missing result is 0). */
export function plain(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && !(v instanceof Date)) {
    if ('formula' in v || 'sharedFormula' in v) return (v as { result?: unknown }).result ?? 0;
  }
  return v;
}

/** The sheet as objects keyed by the header row (row 1). */
export function sheetRows(ws: ExcelJS.Worksheet): Record<string, unknown>[] {
  const headers = (ws.getRow(1).values as unknown[]).map((h) => (h == null ? '' : String(h)));
  const out: Record<string, unknown>[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const o: Record<string, unknown> = {};
    headers.forEach((h, c) => { if (h) o[h] = plain(row.getCell(c).value); });
    out.push(o);
  }
  return out;
}

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
