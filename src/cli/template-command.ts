// torch-tables template <type|all> [-o DIR]: the blank official workbooks as .xlsx files.

import * as path from 'node:path';
import { mkdir } from 'node:fs/promises';
import { APP_TYPES, findAppType } from '../core/tables';
import type { AppTypeId } from '../core/types';
import { templateFileName } from '../xlsx/template';
import { writeTemplate } from '../xlsx/template-file';
import { parseArgs, UsageError } from './args';
import { writeFailure } from './write-failure';

export async function templateCommand(argv: string[], out: (line: string) => void): Promise<number> {
  const { positional, options } = parseArgs(argv, ['out'], { o: 'out' });
  const which = positional[0];
  if (!which) throw new UsageError('请指定申报类型：base（特色产业基地）、cluster（创新型产业集群）、industrialization（产业化基地）或 all');
  const ids: AppTypeId[] = which === 'all' ? APP_TYPES.map((a) => a.id) : [resolveType(which)];
  const dir = typeof options.out === 'string' ? options.out : '.';
  await mkdir(dir, { recursive: true }).catch(writeFailure(dir));
  for (const id of ids) {
    const file = path.join(dir, templateFileName(id));
    await writeTemplate(id, file).catch(writeFailure(file));
    out(`已生成 ${file}`);
  }
  return 0;
}

function resolveType(text: string): AppTypeId {
  const t = findAppType(text);
  if (!t) throw new UsageError(`未知的申报类型「${text}」，可选：${APP_TYPES.map((a) => `${a.id}（${a.label}）`).join('、')}、all`);
  return t.id;
}
