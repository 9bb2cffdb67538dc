// torch-tables: the command-line twin of the task pane.

import { UsageError } from './args';
import { TOOL_VERSION } from './version';

const USAGE = `火炬申报表助手 torch-tables ${TOOL_VERSION}

用法：
  torch-tables template <base|cluster|industrialization|all> [-o 目录]
      生成空白申报表（填报信息 + 对应的官方表格）
  torch-tables validate <文件或文件夹...> [--json]
      检查填好的申报表，按单元格列出问题；退出码 0 无错误，1 有错误，2 有文件无法读取
  torch-tables merge <文件或文件夹...> -o 全省汇总.xlsx [--json 报告.json]
      合并各市报送的申报表，生成全省明细、汇总、问题清单和跨项目重复
`;

type Command = (argv: string[], out: (line: string) => void) => Promise<number>;

// Each command's module is required when that command runs: `--help` must not pay for loading exceljs and the
// readers. (require, not import(): a dynamic import() would bypass tsx's require hook in development.)
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: Record<string, () => Command> = {
  template: () => (require('./template-command') as typeof import('./template-command')).templateCommand,
  validate: () => (require('./validate-command') as typeof import('./validate-command')).validateCommand,
  merge: () => (require('./merge-command') as typeof import('./merge-command')).mergeCommand,
};
/* eslint-enable @typescript-eslint/no-require-imports */

export async function main(argv: string[], out: (line: string) => void = (l) => console.log(l)): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    out(USAGE);
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v') {
    out(TOOL_VERSION);
    return 0;
  }
  const load = Object.prototype.hasOwnProperty.call(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    console.error(`未知命令「${name}」\n\n${USAGE}`);
    return 2;
  }
  const command = load();
  try {
    return await command(rest, out);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`torch-tables ${name}: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
