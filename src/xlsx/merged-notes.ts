// 说明: when and with what the merge ran, every input file with its SHA-256, and rows read / written per
// file and table, so that nothing is lost silently.

import type ExcelJS from 'exceljs';
import type { FileAccount, FileStatus } from '../core/merge';
import { accountingTotals } from '../core/merge';
import { DETAIL_SHEET_NAMES } from './merged-detail';

export const NOTES_SHEET = '说明';

export interface RunInfo {
  /** ISO 8601 */
  startedAt: string;
  toolVersion: string;
  templateVersion: string;
}

const STATUS_TEXT: Record<FileStatus, string> = { merged: '已合并', superseded: '被取代', tied: '待人工选择', unreadable: '无法读取', skipped: '已跳过' };
export const FILE_HEADERS = ['文件', '状态', '地市', '申报类型', '申报项目', '填报日期', '修改时间', 'SHA-256', '明细表', '原工作表', '读取行数', '写入行数', '被取代行数', '备注', '未合并行数'];

const FIGURE_NOTES = [
  '汇总表中的数字是对明细表的 COUNTIFS/SUMIFS 公式，修改明细后重新计算即可更新。',
  '企业数及总收入（营业收入）、从业人员：含骨干企业、主要关联企业和集群中类别为骨干企业、中小微企业的单位；其余金额和人员指标只在有该列的表中统计。',
  '服务机构：科技服务机构情况表的全部机构，以及集群表中类别为机构的单位；按类别统计时，类别未填或不在列表中的不计入任何类别。',
  '明细表中无法识别为数字的内容按原文保留为文本，不计入合计；问题清单中有对应说明。',
];

function localTime(iso?: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

export function writeNotes(ws: ExcelJS.Worksheet, files: FileAccount[], run: RunInfo, mismatches: string[]): void {
  const t = accountingTotals(files);
  const count = (s: FileStatus) => files.filter((f) => f.status === s).length;
  ws.addRow(['全省申报表合并说明']).font = { bold: true, size: 14 };
  ws.addRow(['生成时间', localTime(run.startedAt)]);
  ws.addRow(['工具版本', `torch-tables ${run.toolVersion}`]);
  ws.addRow(['表格版本', run.templateVersion]);
  const counts = [`已合并 ${count('merged')}`, `被取代 ${count('superseded')}`, `无法读取 ${count('unreadable')}`];
  if (count('tied')) counts.push(`待人工选择 ${count('tied')}`);
  if (count('skipped')) counts.push(`已跳过 ${count('skipped')}`);
  ws.addRow(['输入文件', `${files.length} 个：${counts.join('，')}`]);
  const ok = mismatches.length === 0 && t.read === t.written + t.superseded + t.leftOut;
  const leftOut = t.leftOut ? ` + 未合并 ${t.leftOut} 行` : '';
  ws.addRow(['行数核对', `读取 ${t.read} 行 = 写入明细 ${t.written} 行 + 被取代 ${t.superseded} 行${leftOut}：${ok ? '一致，没有遗漏' : '不一致，请检查'}`]);
  if (t.leftOut) ws.addRow(['', '未合并的行（表格之外看不出是否为数据的行、待人工选择的重复报送）逐一列在「问题清单」中。']);
  for (const m of mismatches) ws.addRow(['', m]).font = { color: { argb: 'FFC00000' } };
  ws.addRow([]);
  const header = ws.addRow(FILE_HEADERS);
  header.font = { bold: true };
  for (const f of files) {
    const note = f.note ?? f.failure?.message ?? '';
    const lead = [f.file, STATUS_TEXT[f.status], f.city ?? '', f.typeLabel ?? '', f.app ?? '', f.date ?? '', localTime(f.modified), f.sha256 ?? ''];
    if (f.tables.length === 0) ws.addRow([...lead, '', '', 0, 0, 0, note, 0]);
    for (const a of f.tables) {
      ws.addRow([...lead, DETAIL_SHEET_NAMES[a.table], a.sheet, a.read, a.written ?? 0, a.superseded, note, a.leftOut]);
    }
  }
  ws.addRow([]);
  ws.addRow(['统计口径']).font = { bold: true };
  for (const n of FIGURE_NOTES) ws.addRow(['', n]);
  [30, 12, 12, 22, 26, 12, 20, 66, 14, 18, 10, 10, 10, 40, 10].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}
