// The one catalogue of Chinese wording. Code elsewhere names an issue by its code and parameters only.

import type { Severity } from './types';
import type { Outcome } from './outcome';

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

// ---- the task pane's own wording (one block: labels and short sentences the pane shows beside the messages) ----

/** What the province does with a return or an application (src/core/outcome.ts decides which). */
export const OUTCOME_LABEL: Record<Outcome, string> = { return: '需退回', warn: '有警告', pass: '通过', unreadable: '无法读取' };

/** What a problem is, in a few words, by code: a fold of many alike says 「F 列 5000 处：带单位」. */
export const SHORT_MESSAGE: Readonly<Record<string, string>> = {
  'cell/required': '未填写',
  'cell/not-number': '不是数字',
  'cell/unit-in-number': '带单位',
  'cell/number-as-text': '数字存成了文本',
  'cell/not-integer': '不是整数',
  'cell/decimals': '小数位数过多',
  'cell/date-in-number': '被 Excel 转成了日期',
  'cell/min': '小于下限',
  'cell/max': '超过上限',
  'cell/length': '字数超出',
  'cell/enum': '不是下拉列表中的选项',
  'cell/yesno': '不是「是」或「否」',
  'cell/uscc': '代码格式不对',
  'cell/uscc-as-number': '代码被存成了数字',
  'cell/uscc-outside-shanxi': '登记机关不在山西',
  'cell/phone': '电话号码格式不对',
  'cell/email': '邮箱格式不对',
  'cell/year': '年份格式不对',
  'cell/date': '日期格式不对',
  'cell/formula-no-result': '公式没有计算结果',
  'cell/error-value': '是错误值',
  'cell/bool': '是逻辑值',
  'cell/must-be-empty': '应当不填',
  'row/not-greater': '大于另一项',
  'row/exports-vs-revenue': '出口创汇超过收入',
  'row/expected': '与同行其他项不符',
  'row/backbone-not-hightech': '不是高新技术企业',
  'table/duplicate': '重复',
};

/** The short wording of a code that has none of its own. */
export const SHORT_MESSAGE_OTHER = '同一类问题';

/** Parts of a new return that an older Excel cannot add, by feature (what 创建申报表 says it left out). */
export const FEATURE_LABEL: Readonly<Record<string, string>> = {
  dataValidation: '下拉列表和输入提示',
  freezePanes: '冻结表头',
  pageLayout: '打印设置',
  names: '下拉列表的数据来源',
  conditionalFormats: '错误单元格的标色',
};

/** The pane's sentences by key, filled in as the messages are (`paneText`). */
export const PANE_TEXT: Readonly<Record<string, string>> = {
  // counts of issues (also the command line's report)
  'count/errors': '{count} 个错误',
  'count/warnings': '{count} 个警告',
  'count/notices': '{count} 个提示',
  'count/none': '未发现问题',
  // 校验: the open workbook
  'check/all': '全部',
  'check/manual-note': '此版本的 Excel 不能边填边查，修改后请点「全表检查」。',
  'check/live-note': '填写时自动检查。',
  'check/unavailable-note': '此版本的 Excel 太旧，不能在这里检查或汇总。请保存文件后在浏览器中打开本助手，用「校验文件」检查。',
  'check/checked-at': '上次检查：{at}。之后的修改不会自动检查，列表可能已过时；修改后请再点「全表检查」。',
  'check/other-day': '{month}月{day}日 {time}',
  'check/unavailable': '无法检查',
  'check/checking': '正在检查……',
  'check/not-yet': '尚未检查',
  'check/waiting': '等待检查',
  'check/row': '第 {row} 行',
  'check/column': '{column} 列',
  'check/workbook': '整个工作簿',
  'check/open-workbook': '当前工作簿',
  'fold/location': '{column} 列 {count} 处',
  // 校验文件: picked files
  'files/summary': '{count} 个文件：{parts}',
  'files/unreadable': '{count} 个文件无法读取',
  'files/reading': '读取 {n}/{total} {file}',
  'files/read': '已读取 {total} 个文件',
  'files/cancelled': '已取消：读取了 {total} 个文件中的 {done} 个，下面只列出这些文件。',
  'files/skipped': '只能读取 .xlsx 文件，已跳过{files}{more}。旧的 .xls 文件请先在 Excel 中另存为 .xlsx。',
  'files/skipped-more': ' 等 {count} 个文件',
  'files/old-browser': '此浏览器（或旧版 Office 内置的 IE 浏览器）版本太旧，不能在这里读取 .xlsx 文件。'
    + '请用新版 Edge、Chrome、Firefox 或 360 浏览器（极速模式）打开本页面，或使用命令行工具 torch-tables。',
  'files/not-secure': '浏览器只在安全连接（https 或本机地址）上提供计算文件指纹的功能，当前页面不是安全连接，不能读取文件。'
    + '请通过 https 地址打开本页面。',
  // 合并各市报表
  'merge/superseded': '「{file}」被{by}「{name}」取代，未计入汇总。',
  'merge/by-revision': '修改稿',
  'merge/by-newer': '较新的一份',
  'merge/unreadable': '无法读取「{file}」',
  'merge/mismatch': '行数核对失败：{detail}',
  'merge/see-problems': '需退回的申报项目的问题见「问题清单」（可下载后发给各市）。',
  'merge/duplicates': '{count} 个统一社会信用代码出现在多个申报项目中，详见「跨项目重复」工作表。',
  'merge/rows': '明细 {written} 行；读取 {read} 行{superseded}。',
  'merge/rows-superseded': '，其中 {count} 行属于被取代的文件',
  'merge/files': '共 {count} 个文件。',
  'merge/merged': '{count} 个申报项目已合并',
  'merge/to-return': '{count} 个需退回',
  'merge/none-to-return': '没有需退回的',
  'merge/superseded-count': '{count} 个文件被较新的一份取代，未计入汇总',
  'unit/not-submitted': '未报送',
  'unit/submitted': '已报送',
  'unit/applications': '{count} 个项目{more}',
  'unit/to-return': '，{count} 个需退回',
  'unit/all-clean': '，均无错误',
  'unit/unreadable': '文件无法读取',
  // 新建申报表
  'create/optional-table': '{table}（可选）',
  'create/summary': '将创建「{sheet}」工作表{more}。',
  'create/summary-more': '，以及{tables}',
  'create/date-placeholder': '如 2018-06-01',
  'create/year-placeholder': '四位年份',
  'create/created': '已创建：{sheets}。请在各表中逐行填写，问题会显示在「校验」页。',
  'create/nothing-created': '没有创建新的工作表，上面填写的内容没有写入工作簿（仍保留在这里）。',
  'create/kept': '工作簿中已有{sheets}，未做改动{cover}。',
  'create/kept-cover': '；封面内容请直接在「{sheet}」工作表中修改',
  'create/omitted': '此版本的 Excel 不支持{features}，已省略。',
  'create/missing': '「{sheet}」中尚未填写：{fields}。',
  'create/second-type': '此工作簿已有{tables}，不属于「{label}」。一个工作簿只放一个申报项目：请新建一个空白工作簿，再在其中创建。',
  // a failed Excel call
  'error/action': '操作',
  'error/failed-because': '{action}失败：{reason}',
  'error/failed': '{action}失败，请重试。如果问题一直出现，请关闭并重新打开本助手。',
};

/** Why an Excel call failed, by the Office.js error code, in words a clerk understands. */
export const OFFICE_ERROR: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: 'Excel 正在编辑单元格，请先按 Enter 或 Esc 结束编辑，再试一次。',
  AccessDenied: '工作表受保护或工作簿为只读，无法写入。请取消保护后再试。',
  ItemNotFound: '找不到对应的工作表或单元格，可能已被删除或改名。',
  ItemAlreadyExists: '同名的工作表已存在。',
  InsertDeleteConflict: '表格区域与其他内容冲突，无法插入。',
  ApiNotFound: '此版本的 Excel 不支持这个操作。',
  RequestPayloadSizeLimitExceeded: '数据太多，一次无法处理。请分成几个工作簿再试。',
  GeneralException: 'Excel 报告了一个内部错误，请稍后再试。',
};

/** A pane sentence with its parameters filled in. */
export function paneText(key: string, params: MessageParams = {}): string {
  const template = PANE_TEXT[key];
  return template === undefined ? key : fill(template, params);
}

/** Names in a sentence: 「甲」、「乙」. */
export function quotedList(names: string[]): string {
  return names.map((n) => `「${n}」`).join('、');
}

/** Items in a sentence: 甲、乙. */
export function listed(items: string[]): string {
  return items.join('、');
}

/** Phrases of one sentence: 3 个错误，2 个警告. */
export function phrases(parts: string[]): string {
  return parts.join('，');
}

/** Clauses of one sentence: 3 个错误；1 个文件无法读取. */
export function clauses(parts: string[]): string {
  return parts.join('；');
}

// ---- end of the task pane's wording ----

/** The Chinese message for an issue code, with its parameters filled in. Unknown codes fall back to the code. */
export function message(code: string, params: MessageParams = {}): string {
  const template = CATALOGUE[code];
  if (!template) return code;
  return fill(template, params);
}

function fill(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? '' : String(params[k])));
}
