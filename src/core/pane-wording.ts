// The task pane's wording, beside the message catalogue (messages.ts exports all of it): labels, the short wording
// of a fold, and the pane's sentences by key, filled in as the messages are.

import type { Outcome } from './outcome';
import type { MessageParams } from './messages';

/** A template with its {parameters} filled in; a parameter not given is left out. */
export function fillTemplate(template: string, params: MessageParams): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => (params[k] === undefined ? '' : String(params[k])));
}

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
  // what the pane was doing when something failed (「{action}失败：…」), and its buttons
  'action/check': '检查',
  'action/auto-check': '自动检查',
  'action/select-cell': '定位单元格',
  'action/confirm': '确认',
  'action/withdraw': '撤销确认',
  'action/export-problems': '导出问题清单',
  'action/create': '创建申报表',
  'action/read-files': '读取文件',
  'action/merge': '合并',
  'action/write': '写入工作簿',
  'action/open-new': '打开新工作簿',
  'action/generate': '生成合并结果',
  'action/summary': '刷新汇总',
  'action/template': '生成空白申报表',
  'action/cancel': '取消',
  // the pane's notes, buttons and lists
  'pane/not-in-excel': '未在 Excel 中运行',
  'pane/not-in-excel-detail': '这里可以检查和合并各市报表（.xlsx），文件只在本机读取，不会上传。新建申报表、边填边查请在 Excel「开始」选项卡点「申报表助手」。',
  'pane/office-not-loaded': '无法加载 Office 组件',
  'pane/office-not-loaded-detail': '在 Excel 中使用本助手需要联网加载微软的 Office 脚本，请检查网络后关闭并重新打开本助手。检查和合并 .xlsx 文件不受影响。',
  'pane/close-notice': '关闭提示',
  'pane/cancelling': '正在取消……',
  'check/none-at-level': '此级别没有问题。',
  'check/none': '没有发现问题。',
  'check/group-count': '{count} 项',
  'check/go-to': '转到 {sheet}!{address}',
  'fold/more': '再显示 {next} 处（还有 {rest} 处）',
  'confirm/button': '确认无误',
  'confirm/button-title': '核实过营业执照上的代码确实如此时点此，之后显示为已确认',
  'confirm/question': '营业执照上的代码就是「{code}」？',
  'confirm/yes': '是，确认',
  'confirmed/title': '已确认的信用代码',
  'confirmed/count': '{count} 个',
  'confirmed/hint': '校验位不符，但已核对营业执照确认无误；这些代码不再算作错误，在表中显示为已确认的警告。',
  'confirmed/badge': '已确认',
  'confirmed/places': '共 {count} 处',
  'confirmed/withdraw': '撤销',
  'confirmed/withdraw-title': '撤销确认，此代码重新算作错误',
  'create/unavailable': '此版本的 Excel 太旧，不能在这里创建或检查申报表。请用申报表模板（.xlsx）填写，保存后在浏览器中打开本助手，用「校验文件」检查。',
  'create/creating': '正在创建……',
  'create/also-optional': '同时创建「{name}」（可选，不需要可取消勾选）',
  'create/choose': '请选择',
  'create/fix-first': '请先改正：{fields}。也可以先清空，创建后在表中填写。',
  'files/preparing': '正在准备读取……',
  'files/none-at-level': '没有文件有此级别的问题。',
  'files/none-at-level-others': '此级别没有问题（其他级别 {count} 项）。',
  'files/chunk-failed': '无法加载读取文件的组件。请刷新页面（或关闭并重新打开本助手）后再试。',
  'merge/units-title': '各地市（同「汇总（按地市）」）',
  'merge/accounting-title': '行数核对',
  'merge/write-hint-return': '当前工作簿是一份申报表。「写入当前工作簿」会在其中加入 {count} 张全省汇总的工作表，建议改为在新工作簿中打开或下载。',
  'merge/write-hint': '「写入当前工作簿」会在当前工作簿中加入 {count} 张工作表：{sheets}。',
  'merge/generating': '正在生成合并结果……',
  'merge/cancelled': '已取消合并，没有生成任何结果。',
  'merge/replace-question': '工作簿中已有 {count} 张同名的工作表（{sheets}{more}），可能是上次写入的。替换它们吗？',
  'merge/replace-more': ' 等',
  'merge/replace': '替换',
  'merge/keep': '保留，另加新表',
  'merge/writing': '正在写入当前工作簿……',
  'merge/writing-percent': '正在写入当前工作簿 {percent}%',
  'merge/written': '已{replaced}写入 {count} 张工作表：{sheets}。{renamed}',
  'merge/written-replaced': '替换并',
  'merge/renamed': '因工作簿中已有同名工作表，{renamed}。',
  'merge/renamed-one': '「{from}」改名为「{to}」',
  'merge/opening': '正在生成新工作簿……',
  'merge/opened': '合并结果已在新的 Excel 工作簿中打开。',
  'merge/generating-file': '正在生成文件……',
  'summary/busy': '正在汇总……',
  'summary/updated': '已更新「{sheet}」工作表。表格改动后再点一次「刷新汇总」即可更新。',
  'template/generating': '正在生成……',
  'template/downloaded': '已下载「{name}」。',
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
  return template === undefined ? key : fillTemplate(template, params);
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
