// Names and sizes shared by every host that builds, reads or checks the official forms.

/** Very hidden sheet holding one machine-readable row per form sheet (see meta.ts). */
export const META_SHEET = '_torch';
/** Very hidden sheet holding the long dropdown lists, referenced through defined names. */
export const LISTS_SHEET = '_lists';
/** Empty data rows on a fresh table sheet. */
export const DEFAULT_DATA_ROWS = 200;
/** Lists longer than this go to the lists sheet; shorter ones are written inline in the validation. */
export const INLINE_LIST_MAX = 5;

export const TITLE_ROW = 1;
export const NAME_ROW = 2;
export const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

export const UNIT_NOTE = '金额单位：万元；出口：万美元';
export const TOTAL_LABEL = '合计';
export const YES = '是';
export const NO = '否';

/** Footer lines under the 合计 row: two lines of two items each. */
export const FOOTER_ITEMS: [string, string][] = [
  ['填表人：', '联系电话：'],
  ['填报单位（盖章）：', '填报日期：      年    月    日'],
];

/** Cover sheet: title in row 1, a caption row, then one field per row. */
export const COVER_HEADER_ROW = 2;
export const COVER_FIRST_FIELD_ROW = 3;
export const COVER_CAPTIONS = ['项目', '填写内容', '填写说明'];

/** The font of the official forms. */
export const FORM_FONT = '宋体';
/** Centre page footer, in Excel's header/footer codes (&P page, &N pages). */
export const PAGE_FOOTER = '第 &P 页，共 &N 页';

/**
 * Sheet where a person records that a credit code failing its checksum is real (early pilot codes do): a visible
 * form sheet, so clerks without the add-in (WPS, the templates) can confirm too. Title, a note, the header, rows.
 */
export const CONFIRM_SHEET = '信用代码确认';
export const CONFIRM_TITLE = '统一社会信用代码人工确认';
export const CONFIRM_NOTE = '统一社会信用代码校验位不符、但经核对营业执照确属无误时（如早期试点代码），在下面登记。'
  + '登记后，检查时这一代码显示为「已确认」的警告，并在省里的问题清单中注明确认人和日期。';
export const CONFIRM_HEADERS = ['统一社会信用代码', '确认人', '确认日期', '说明'];
export const CONFIRM_HEADER_ROW = 3;
export const CONFIRM_ROWS = 50;
