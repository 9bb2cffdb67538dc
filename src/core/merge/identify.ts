// Which application a return belongs to: 申报类型, 基地/集群名称 and 所在地市 from its cover, or, when the
// cover is missing or unusable, the city and name the file name gives away (with an error saying so).

import type { AppTypeDef, Issue } from '../types';
import { findUnit, REPORTING_UNITS } from '../cities';
import { APP_TYPES } from '../tables';
import { message } from '../messages';
import { foldText, nameKey } from '../normalise';
import { UNKNOWN_UNIT } from '../rollup-units';

export const UNKNOWN_TYPE = '类型不明';

export interface Identity {
  city: string;
  appType?: AppTypeDef;
  typeLabel: string;
  name: string;
  inferred: boolean;
  issues: Issue[];
}

const NOISE = ['申报材料', '申报表', '申报书', '情况表', '汇总表', '附件', '附表', '报送', '修改版', '修订版', '最终版', '终稿', '更新'];

/** The application name a file name suggests: the base name without extension, unit, type and filler words. */
export function nameFromFileName(file: string): string {
  const base = foldText(file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
  let t = base;
  const cut = (s: string) => { if (s) t = t.split(s).join(' '); };
  for (const u of [...REPORTING_UNITS].sort((a, b) => b.name.length - a.name.length)) [u.name, ...u.aliases].forEach(cut);
  for (const a of APP_TYPES) [a.label, a.shortLabel].forEach(cut);
  NOISE.forEach(cut);
  t = t.replace(/\(\s*\)|\[\s*\]/g, ' ').replace(/^[\s\-_.,()[\]]+|[\s\-_.,()[\]]+$/g, '').replace(/\s*[-_]+\s*/g, '-').replace(/\s+/g, ' ');
  return t.trim() || base || file;
}

function text(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
}

/**
 * Identify a return from its cover values (as the engine normalised them) and the application type the
 * engine settled on; fall back on the file name for a missing city or name.
 */
export function identify(file: string, cover: Record<string, unknown> | undefined, appType: AppTypeDef | undefined): Identity {
  const coverCity = findUnit(text(cover?.city))?.name;
  const coverName = text(cover?.appName);
  const city = coverCity ?? findUnit(file)?.name ?? UNKNOWN_UNIT;
  const name = coverName || nameFromFileName(file);
  const inferred = !coverCity || !coverName;
  const issues: Issue[] = [];
  if (inferred) {
    issues.push({
      code: 'file/cover-inferred', severity: 'error', file,
      message: message('file/cover-inferred', { file, city, name }),
    });
  }
  return { city, appType, typeLabel: appType?.label ?? UNKNOWN_TYPE, name, inferred, issues };
}

/** The key two returns of the same application share. */
export function applicationKey(id: { city: string; appType?: AppTypeDef; name: string }): string {
  return `${id.city}|${id.appType?.id ?? '?'}|${nameKey(id.name)}`;
}
