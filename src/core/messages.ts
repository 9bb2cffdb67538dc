// The one catalogue of Chinese wording. Code elsewhere names an issue by its code and parameters only.

import type { Severity } from './types';
import { fillTemplate } from './pane-wording';

export type MessageParams = Record<string, string | number | undefined>;

/** Every message template by code (exported for the typography test, which walks them all). */
export const CATALOGUE: Readonly<Record<string, string>> = {
  // cells
  'cell/required': '「{field}」必须填写',
  'cell/not-number': '「{field}」应填数字，现为「{value}」',
  'cell/unit-in-number': '「{field}」只填数字，不要带单位或文字（单位见表头），现为「{value}」',
  'cell/number-as-text': '「{field}」的数字以文本形式保存，已按数字 {number} 读取',
  'cell/not-integer': '「{field}」应为整数，现为「{value}」',
  'cell/decimals': '「{field}」最多保留 {decimals} 位小数，现为「{value}」',
  'cell/date-in-number': '「{field}」应填数字，但单元格是日期「{value}」（可能被 Excel 自动转换）',
  'cell/min': '「{field}」不能小于 {min}，现为 {value}',
  'cell/max': '「{field}」不能大于 {max}，现为 {value}',
  'cell/length': '「{field}」不超过 {maxLength} 个字，现有 {length} 个字',
  'cell/enum': '「{field}」应从下拉列表中选择（{options}），现为「{value}」',
  'cell/yesno': '「{field}」只能填「是」或「否」，现为「{value}」',
  'cell/uscc': '「{field}」应为 18 位代码（数字和大写字母，不含 I、O、S、V、Z），现为「{value}」',
  'cell/uscc-as-number': '「{field}」被 Excel 存成了数字，后几位已丢失；请把单元格设为文本后重新输入',
  'cell/uscc-checksum': '「{field}」校验位不符，请核对「{value}」；如确认无误，请在「信用代码确认」工作表登记（或在任务窗格中点「确认无误」）',
  'cell/uscc-checksum-confirmed': '「{field}」校验位不符，已由{by}于{at}确认无误',
  'cell/uscc-outside-shanxi': '「{field}」「{value}」的登记机关不在山西（第3-4位不是14），请确认',
  'cell/phone': '「{field}」应为11位手机号或带区号的座机号（如 0351-4921797），现为「{value}」',
  'cell/email': '「{field}」不是有效的电子邮箱，现为「{value}」',
  'cell/year': '「{field}」应为四位年份，现为「{value}」',
  'cell/date': '「{field}」应为日期（如 2018-06-01），现为「{value}」',
  'cell/formula-no-result': '「{field}」是公式但没有计算结果，请在 Excel 中打开并保存后再报送',
  'cell/error-value': '「{field}」是错误值「{value}」，请改正公式或数据',
  'cell/bool': '「{field}」是逻辑值「{value}」，请按要求填写',
  'cell/merged-rows': '「{field}」的 {range} 是合并单元格，已按它跨过的每一行都填了「{value}」读取；建议每行分别填写，以免排序、筛选时出错',
  'cell/must-be-empty': '「{field}」在单位类别为「{category}」时不填，现为「{value}」',
  // rows
  'row/not-greater': '「{field}」（{value}）不应大于「{other}」（{otherValue}）',
  'row/exports-vs-revenue': '「{field}」{value} 万美元折合人民币约 {converted} 万元，超过「{other}」{otherValue} 万元，请核实',
  'row/expected': '「{field}」在「{when}」为「{whenValue}」时应为「{expected}」',
  'row/subtotal': '第 {row} 行是「{value}」行，不是企业数据，未读入，也不计入合计和汇总；建议删去，需要时另行计算',
  'row/header-again': '第 {row} 行重复了本表的表头，不是企业数据，未读入；表格在它下面继续读取',
  'row/backbone-not-hightech': '骨干企业一般应为高新技术企业，「{field}」填了「{value}」，请核实',
  // tables
  'table/duplicate': '「{field}」「{value}」与第 {firstRow} 行重复',
  'table/serial': '序号不连续：第 {row} 行应为 {expected}，现为「{value}」',
  'table/total': '合计行「{field}」为 {value}，各行之和为 {expected}{note}',
  'table/total-note-text-numbers': '；差额正是以文本形式保存的数字（Excel 的求和公式不计入它们），请把这些单元格转换为数字',
  'table/missing-column': '{table}缺少「{field}」列',
  'table/empty': '{table}没有填写任何数据行',
  'table/unit-mismatch': '「{field}」的单位是「{found}」，表格要求「{expected}」，请换算后填写',
  'table/header-two-fields': '表头「{value}」既可读作「{field}」也可读作「{other}」，已按「{field}」读取，请把表头改成其中一个名称',
  'table/header-twice': '表头「{value}」与 {otherColumn} 列的「{otherHeader}」都对应「{field}」，已按 {otherColumn} 列读取，本列作为表外列保留，请核对',
  'table/duplicate-sheet': '{table}出现了不止一次（另见工作表「{other}」），只检查了第一个',
  // application
  'app/unknown-backbone': '「{field}」「{value}」不在本基地的骨干企业情况表中',
  'app/both-roles': '「{value}」同时出现在骨干企业情况表（第 {otherRow} 行）和主要关联企业情况表中',
  'app/code-other-city': '「{field}」「{value}」登记在{area}，不在本项目所在的{city}，请确认是否属于本项目',
  'app/missing-table': '{appType}应包含{table}，未找到',
  // cover
  'cover/missing': '没有找到填报信息（封面）工作表，无法确认申报类型和所在地市',
  'cover/missing-fields': '没有找到填报信息（封面）工作表；表格上方写了{found}，但没有找到{missing}',
  'cover/data-year': '数据年度为 {value}，填报日期在 {year} 年，数据年度一般为申报年度的上一年',
  'cover/app-type-mismatch': '填报信息中的申报类型为「{declared}」，但工作簿中的表格属于「{found}」',
  // files
  'file/not-zip': '文件「{file}」不是 Excel 工作簿（.xlsx），无法读取',
  'file/encrypted': '文件「{file}」设置了打开密码（或是旧版 .xls 格式），请取消密码并另存为 .xlsx 后再报送',
  'file/truncated': '文件「{file}」不完整或已损坏，请重新保存或重新发送',
  'file/zip-bomb': '文件「{file}」解压后过大或结构异常，为安全起见已拒绝读取',
  'file/too-large': '文件「{file}」过大（{size}），超过 {limit} 的上限',
  'file/not-xlsx': '文件「{file}」不是 Excel 工作簿（.xlsx），无法读取',
  'file/empty': '文件「{file}」是空的工作簿',
  'file/no-tables': '文件「{file}」中没有找到任何申报表格（按标题和表头识别）',
  'file/unreadable': '文件「{file}」无法读取：{reason}',
  'file/cover-inferred': '文件「{file}」没有可用的填报信息，地市「{city}」和项目名称「{name}」是从文件名推断的',
  'file/too-large-for-new-workbook': '合并结果有 {size}，超过 Excel 一次能打开的大小；请用「写入当前工作簿」或「下载合并结果」',
  'file/merges-unsupported': '此版本的 Excel 不能告诉加载项哪些单元格是合并的（需要 Excel 2021 或更新的版本）：表格里纵向合并的单元格，只有第一行读到了值；可取消合并后每行分别填写，或用「校验文件」检查保存后的文件',
  'file/merges-too-many': '工作簿中合并的单元格太多（一个表格超过 512 处），Excel 无法一次告诉加载项：表格里纵向合并的单元格，只有第一行读到了值；可用「校验文件」检查保存后的文件',
  // the open workbook
  'excel/response-too-large': '工作表「{sheet}」第 {row} 行的文字太多，Excel 一次读不出来（网页版 Excel 每次最多传送 5 MB）；请缩短这一行里过长的文字后再检查',
  'excel/marks-stale': '表中的标记来自上次「全表检查」，之后又有修改；问题清单是最新的，标记请再做一次全表检查后更新',
  'file/superseded': '文件「{file}」已被同一申报项目的「{by}」取代（{reason}）',
  'file/resubmission-tie': '文件「{file}」与{others}是同一申报项目的多份报送，填报日期（{date}）和文件时间都相同，文件名也看不出哪份是修改稿，因此都未合并；请确认以哪一份为准，移走其余的后重新合并',
  'file/own-output': '文件「{file}」是本工具生成的合并结果，不是申报表，已跳过',
  'file/duplicate-content': '文件「{file}」与「{other}」内容完全相同（SHA-256 一致），只读取一次',
  'file/same-path': '「{file}」与「{other}」是同一个文件，只读取一次',
  'file/skipped-lock': '「{file}」是 Excel 或 WPS 打开文件时生成的临时文件，已跳过',
  'file/skipped-not-workbook': '「{file}」不是申报表（{kind}），已跳过',
  'file/skipped-not-regular': '「{file}」不是普通文件，已跳过',
  'file/skipped-broken-link': '「{file}」是指向不存在位置的链接，已跳过',
  'file/symlink-loop': '文件夹「{file}」指向已经搜索过的文件夹，没有重复搜索',
  'file/not-regular': '「{file}」不是普通文件（可能是设备、管道或指向它们的链接），无法读取',
  'file/wrong-format': '文件「{file}」是{format}格式，请另存为 Excel 工作簿（.xlsx）后重新报送',
  'file/over-budget': '文件「{file}」的结构超出读取上限：{what}为 {value}，上限为 {limit}；为安全起见已拒绝读取，请删去多余的内容后重新保存',
  'file/read-limit': '文件「{file}」读取时超出{what}上限（{limit}），已停止读取',
  // text the merged workbook cannot hold as typed
  'cell/unsafe-char': '「{field}」含有不可见的控制字符或 XML 不允许的字符（{chars}），合并结果中按 Excel 的转义形式（如 _x0001_）保存，请删去',
  'cell/text-cut': '「{field}」有 {length} 个字符，超过 Excel 单元格 {limit} 个字符的上限，合并结果中已截断',
  // rows and cells outside the table
  'table/after-total': '第 {row} 行在{where}之后，看起来是数据行，已一并合并；请把它移到合计行之前',
  'table/outside-cells': '{where}之后的第 {row} 行有内容（{cells}），不像数据行，未合并；如是企业数据，请移入表格内',
  'table/no-header-column': '{column} 列没有表头，其中的内容（{cells}）已作为「{header}」列保留；请补上表头',
  'table/continued': '工作表「{sheet}」表头与「{first}」相同，作为续表一并读取',
  // merge
  'merge/row-count': '文件「{file}」工作表「{sheet}」读取 {read} 行，写入明细 {written} 行，被取代 {superseded} 行，未合并 {leftOut} 行，行数不一致',
  'merge/output-invalid': '合并结果的「{part}」不是有效的 XML（{detail}），没有写入；请把此信息告知技术人员',
  // command line
  'cli/output-is-input': '{option} 指定的「{output}」就是输入文件「{input}」；合并结果不能覆盖报送的文件，请另选保存位置',
  'cli/too-many-files': '文件夹「{folder}」及其子文件夹中的文件超过 {limit} 个，不像是各市报送的申报表；请指定存放申报表的文件夹',
  'cli/outputs-same': '{a} 和 {b} 指向同一个文件「{file}」，请分别指定',
};

/** The {reason} of file/unreadable, for the failures that have no code of their own. */
export const READ_REASON = {
  structure: '文件结构无法识别',
  corrupt: '文件内容无法解析，可能已损坏',
  notFound: '找不到文件或无法打开',
  compression: '文件使用了不支持的压缩方式',
} as const;

/** The {what} of file/over-budget and file/read-limit: the measure that broke its limit. */
export const LIMIT_WHAT = {
  rows: '一个工作表的行数',
  cells: '单元格数',
  merges: '合并单元格区域数',
  mergedCells: '合并单元格覆盖的单元格数',
  names: '名称（定义的名称）数',
  namedCells: '名称覆盖的单元格数',
  dimension: '工作表声明的范围',
  memory: '内存',
  time: '读取时间',
} as const;

/** The {kind} or {format} of the files a folder holds besides returns. */
export const FILE_KIND = {
  et: 'WPS 表格（.et）',
  xlsb: 'Excel 二进制工作簿（.xlsb）',
  csv: 'CSV 文本文件',
  backup: '备份或临时文件',
  other: '不是 Excel 工作簿',
} as const;

/** The {where} of table/after-total and table/outside-cells: what ended the table's rows. */
export const TABLE_END = { total: '合计行', footer: '表尾' } as const;

/** Shown for a value that was left empty. */
export const NOT_FILLED = '未填';

/** The {reason} of file/superseded: what decided between two returns of one application. */
export const SUPERSEDED_REASON = {
  date: '填报日期更晚',
  modified: '填报日期相同，文件修改时间更晚',
  marker: '填报日期和文件时间相同，文件名标明为修改稿或更正版',
} as const;

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', notice: '提示' };

// The task pane's own wording (labels and short sentences beside the messages) lives in pane-wording.ts, exported
// from here so that every wording is imported from one place.
export * from './pane-wording';

/** The Chinese message for an issue code, with its parameters filled in. Unknown codes fall back to the code. */
export function message(code: string, params: MessageParams = {}): string {
  const template = CATALOGUE[code];
  if (!template) return code;
  return fillTemplate(template, params);
}
