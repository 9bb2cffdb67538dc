// The 信用代码确认 sheet: where a clerk records a credit code that fails its checksum yet is real.
import { addr, range } from './a1';
import { CONFIRM_HEADERS, CONFIRM_HEADER_ROW, CONFIRM_NOTE, CONFIRM_ROWS, CONFIRM_SHEET, CONFIRM_TITLE, PAGE_FOOTER, TITLE_ROW } from './constants';
import type { PlannedCell, SheetPlan } from './plan-types';
import * as S from './styles';

export function buildConfirmPlan(): SheetPlan {
  const width = CONFIRM_HEADERS.length;
  const first = CONFIRM_HEADER_ROW + 1;
  const last = CONFIRM_HEADER_ROW + CONFIRM_ROWS;
  const cells: PlannedCell[] = [
    { address: addr(1, TITLE_ROW), value: CONFIRM_TITLE, style: S.TITLE },
    { address: addr(1, TITLE_ROW + 1), value: CONFIRM_NOTE, style: { ...S.FOOTER, size: 10, wrap: true } },
    ...CONFIRM_HEADERS.map((h, i) => ({ address: addr(i + 1, CONFIRM_HEADER_ROW), value: h, style: S.HEADER })),
  ];
  return {
    name: CONFIRM_SHEET,
    kind: 'confirm',
    widths: [24, 12, 14, 44],
    cells,
    rangeStyles: [
      { range: range(1, first, 1, last), style: { font: S.TITLE.font, size: 10, align: 'center', vertical: 'middle', border: true, input: true, numFmt: '@' } },
      { range: range(2, first, width, last), style: { font: S.TITLE.font, size: 10, vertical: 'middle', border: true, input: true, wrap: true } },
    ],
    merges: [range(1, TITLE_ROW, width, TITLE_ROW), range(1, TITLE_ROW + 1, width, TITLE_ROW + 1)],
    rowHeights: { [TITLE_ROW]: 32, [TITLE_ROW + 1]: 48, [CONFIRM_HEADER_ROW]: 24 },
    validations: [{
      range: range(1, first, 1, last),
      type: 'textLength',
      operator: 'equal',
      min: 18,
      allowBlank: true,
      promptTitle: '统一社会信用代码',
      prompt: '填校验位不符但确属无误的18位代码',
      errorTitle: '代码长度不对',
      error: '统一社会信用代码应为18位',
      errorStyle: 'stop',
    }],
    freeze: { row: first, column: 1 },
    print: { landscape: false, fitToWidth: true, paper: 'A4', footer: PAGE_FOOTER },
    visibility: 'visible',
  };
}
