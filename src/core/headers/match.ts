// Which column holds which field: header cells matched to a table definition by name and aliases.

import type { ColumnDef, TableDef } from '../types';
import { cover } from '../tables/cover';
import { displayHeader, headerVariants, normaliseHeader, splitHeaderUnit, unitOf } from './normalise';

export interface HeaderMatch {
  /** field key -> 0-based column index */
  columns: Record<string, number>;
  /** non-empty headers that name no field, carried as text (display text made unique) */
  extras: { index: number; header: string }[];
  /** field key -> unit written in the header or in the units row under it */
  units: Record<string, string>;
  /** number of fields matched */
  matched: number;
  /** matched fields, less half a point per unrecognised header: tells related tables apart */
  score: number;
}

type Index = Map<string, string>;
const indexCache = new WeakMap<object, Index>();

/** normalised header and aliases -> field key; canonical headers win over aliases. */
function indexOf(owner: object, columns: ColumnDef[]): Index {
  const cached = indexCache.get(owner);
  if (cached) return cached;
  const idx: Index = new Map();
  const put = (text: string, key: string): void => {
    const k = normaliseHeader(text);
    if (k && !idx.has(k)) idx.set(k, key);
  };
  for (const c of columns) put(c.header, c.key);
  for (const c of columns) for (const a of c.aliases ?? []) put(a, c.key);
  // colon-free forms after all exact ones, so `其中:研发人员` and `其中研发人员` meet
  for (const [k, v] of [...idx]) {
    const bare = k.replace(/:/g, '');
    if (!idx.has(bare)) idx.set(bare, v);
  }
  indexCache.set(owner, idx);
  return idx;
}

function lookup(idx: Index, text: string): string | undefined {
  const key = normaliseHeader(text);
  if (!key) return undefined;
  const exact = idx.get(key);
  if (exact) return exact;
  for (const v of headerVariants(key)) {
    const hit = idx.get(v);
    if (hit) return hit;
  }
  return undefined;
}

const GROUP_PARTS = /^(合计|小计|总计|总数|其中|计)$/;

/** The field a header cell names, trying its own text, then its group header above combined with it. */
function matchCell(idx: Index, own: string, above: string | undefined): string | undefined {
  const hit = own ? lookup(idx, own) : undefined;
  if (hit) return hit;
  if (!above || above === own) return undefined;
  const ownKey = normaliseHeader(own);
  const combined = lookup(idx, normaliseHeader(above) + ownKey);
  if (combined) return combined;
  if (!ownKey || GROUP_PARTS.test(ownKey)) return lookup(idx, above);
  return undefined;
}

/**
 * Match one header row against a table. `cellTexts[i]` is column i's header text (merged cells spread over
 * their whole range); `unitsRow` is the row under it when that row holds units; `aboveRow` the row above
 * (a group header such as `从业人员` over `合计 | 其中:研发人员`).
 */
export function matchHeaderRow(
  def: TableDef,
  cellTexts: (string | undefined)[],
  unitsRow?: (string | undefined)[],
  aboveRow?: (string | undefined)[],
): HeaderMatch {
  const idx = indexOf(def, def.columns);
  const columns: Record<string, number> = {};
  const units: Record<string, string> = {};
  const extras: { index: number; header: string }[] = [];
  const used = new Set<string>();
  let matched = 0;
  for (let i = 0; i < cellTexts.length; i++) {
    const own = (cellTexts[i] ?? '').trim();
    const above = aboveRow?.[i]?.trim() || undefined;
    // a header merged across columns repeats its text: the followers are not new columns
    if (own && i > 0 && (cellTexts[i - 1] ?? '').trim() === own && (above ?? '') === (aboveRow?.[i - 1]?.trim() ?? '')) continue;
    const key = matchCell(idx, own, above);
    if (key && !(key in columns)) {
      columns[key] = i;
      matched++;
      const unit = splitHeaderUnit(own).unit ?? unitOf(unitsRow?.[i]);
      if (unit) units[key] = unit;
      continue;
    }
    if (!own) continue;
    let header = displayHeader(above && GROUP_PARTS.test(normaliseHeader(own)) ? above + own : own);
    for (let n = 2; used.has(header); n++) header = `${displayHeader(own)}(${n})`;
    used.add(header);
    extras.push({ index: i, header });
  }
  return { columns, extras, units, matched, score: matched - 0.5 * extras.length };
}

/** The cover field a label names (`联系电话:`, `填报单位(盖章)`, `*数据年度`), else undefined. */
export function matchCoverLabel(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return lookup(indexOf(cover, cover.fields), text);
}
