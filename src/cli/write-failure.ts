// A file system error while writing an output (a result, a report, a template) as one plain sentence.

import { UsageError } from './args';

/**
 * For `.catch(writeFailure(file))` around a write: an error with a system code becomes a UsageError naming the
 * file (exit 2, no stack); most often the file is still open in Excel, which locks it on Windows. Other errors
 * pass through unchanged.
 */
export function writeFailure(file: string): (e: unknown) => never {
  return (e) => {
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    if (typeof code !== 'string') throw e;
    const reason = code === 'EISDIR' ? '同名的文件夹已存在'
      : code === 'EEXIST' || code === 'ENOTDIR' ? '同名的文件已存在，无法作为文件夹'
        : code === 'EBUSY' || code === 'EPERM' || code === 'EACCES' ? '文件可能正在 Excel 或 WPS 中打开，或没有写入权限；请关闭该文件后重试'
          : '请检查路径和磁盘空间';
    throw new UsageError(`无法写入「${file}」：${reason}`);
  };
}
