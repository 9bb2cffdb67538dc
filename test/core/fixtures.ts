// Small builders for engine tests: full layouts, valid credit codes, rows keyed by header.

import type { CellInput, RowInput, TableDef, TableLayout } from '../../src/core/types';
import { columnLetter } from '../../src/core/columns';
import { usccCheckChar } from '../../src/core/uscc';

export function fullLayout(def: TableDef, sheet = def.shortName, headerRow = 3): TableLayout {
  const columns: Record<string, string> = {};
  def.columns.forEach((c, i) => (columns[c.key] = columnLetter(i + 1)));
  return { sheet, headerRow, columns, extras: {} };
}

/** A valid Shanxi credit code, distinct for each n. */
export function code(n: number, area = '140100'): string {
  const body = '91' + area + 'MA' + String(n).padStart(7, '0');
  return body + usccCheckChar(body);
}

export function row(def: TableDef, rowNumber: number, byHeader: Record<string, CellInput>): RowInput {
  const values: Record<string, CellInput> = {};
  for (const [header, v] of Object.entries(byHeader)) {
    const col = def.columns.find((c) => c.header === header);
    if (!col) throw new Error(`no column ${header} in ${def.id}`);
    values[col.key] = v;
  }
  return { row: rowNumber, values };
}

export function backboneRow(rowNumber: number, n: number, over: Record<string, CellInput> = {}): Record<string, CellInput> {
  return {
    序号: n,
    企业名称: `山西测试${n}号科技有限公司`,
    统一社会信用代码: code(n),
    主导产品: '煤机装备',
    是否高新技术企业: '是',
    总收入: 1000,
    '其中：主导产品收入': 800,
    工业总产值: 1100,
    净利润: 50,
    上缴税费: 30,
    出口创汇: 10,
    从业人员: 200,
    '其中：研发人员': 20,
    研发经费支出: 40,
    有效发明专利: 3,
    参与制定标准: 1,
    ...over,
  };
}
