// Which application a return belongs to: 申报类型, 基地/集群名称 and 所在地市 from its cover, or, when the
// cover is missing or unusable, the city and name the file name gives away (with an error saying so).

import type { AppTypeDef, Issue } from '../types';
import { findUnit, REPORTING_UNITS } from '../cities';
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

const NOISE = ['申报材料', '申报表', '申报书', '附件', '附表', '报送', '修改稿', '修改版', '修订版', '最终版', '终稿', '更新', '汇总'];
const UNIT_WORDS = new Set(REPORTING_UNITS.flatMap((u) => [u.name, ...u.aliases]));

/**
 * The application name a file name suggests: `晋城市-晋城光机电特色产业基地(修改稿).xlsx` -> 晋城光机电特色产业基地.
 * Drops the extension, bracketed remarks, a leading unit and filler words; keeps the rest as typed.
 */
export function nameFromFileName(file: string): string {
  const base = foldText(file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, ''));
  const noBrackets = base.replace(/[([][^()[\]]*[)\]]/g, ' ');
  const parts = noBrackets.split(/[-_\s,、]+/).map((p) => p.trim()).filter((p) => p && !UNIT_WORDS.has(p) && !NOISE.includes(p));
  let name = parts.join('-');
  for (const n of NOISE) if (name.endsWith(n) && name.length > n.length) name = name.slice(0, -n.length);
  const lead = REPORTING_UNITS.find((u) => name.startsWith(u.name) && name.length > u.name.length);
  if (lead) name = name.slice(lead.name.length);
  return name.replace(/^-+|-+$/g, '') || base || file;
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
