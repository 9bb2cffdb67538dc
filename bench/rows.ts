// Generated rows of the backbone table, as a reader would hand them over (some numbers typed as text).

import type { RowInput } from '../src/core/types';
import { backbone } from '../src/core/tables';
import { usccCheckChar } from '../src/core/uscc';

export function backboneInputs(count: number, firstRow = 4): RowInput[] {
  const rows: RowInput[] = [];
  for (let i = 0; i < count; i++) {
    const body = '91140100MA' + String(i).padStart(7, '0');
    rows.push({
      row: firstRow + i,
      values: {
        serial: i + 1,
        name: `山西基准测试${i}号科技有限公司`,
        uscc: body + usccCheckChar(body),
        product: '煤机装备',
        hightech: i % 3 ? '是' : '否',
        revenue: 1000 + i,
        productRevenue: i % 10 === 0 ? '800' : 800,
        output: 1100.5,
        profit: i % 7 ? 50 : -12.25,
        tax: 30,
        exports: 10,
        staff: 200,
        rdStaff: 20,
        rdSpend: 40,
        patents: 3,
        standards: 1,
        remark: i % 5 ? null : '备注',
      },
    });
  }
  return rows;
}

export const BACKBONE_CELLS_PER_ROW = backbone.columns.length;
