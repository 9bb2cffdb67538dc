// Which column holds which field: header cells matched to a table definition by name and aliases.

import type { ColumnDef, TableDef } from '../types';
import { cover } from '../tables/cover';
import { displayHeader, headerVariants, memoByText, normaliseHeader, splitHeaderUnit, unitOf } from './normalise';
import { alternativesOf, cleanHeader, skeletonOf } from './tolerant';

/**
 * A header read one way although it could be read another: it names two fields (`otherKey`), or an earlier
 * header (`otherIndex`) was already read as the same field. Reported as a warning naming both, never resolved silently.
 */
export interface HeaderAmbiguity {
  /** 0-based column of the header */
  index: number;
  header: string;
  /** the field the header was read as (with otherIndex: the field the earlier header holds) */
  key: string;
  otherKey?: string;
  otherIndex?: number;
  otherHeader?: string;
}

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
  ambiguities: HeaderAmbiguity[];
}

interface Index {
  /** normalised header and aliases -> field key; canonical headers win over aliases */
  exact: Map<string, string>;
  /** normalised canonical headers (the official names, preferred among alternatives) */
  official: Set<string>;
  /** skeleton (fillers taken out) -> field keys */
  skeletons: Map<string, Set<string>>;
  /** a normalised header -> what it resolves to, each distinct one worked out once for the many cells findTable tries */
  resolved: (key: string) => Resolved | undefined;
}

/** The field a header names, and the other fields it could name as well (an ambiguity to report). */
interface Resolved {
  key: string;
  others?: string[];
}

const indexCache = new WeakMap<object, Index>();

function indexOf(owner: object, columns: ColumnDef[]): Index {
  const cached = indexCache.get(owner);
  if (cached) return cached;
  const exact = new Map<string, string>();
  const put = (text: string, key: string): void => {
    const k = normaliseHeader(text);
    if (k && !exact.has(k)) exact.set(k, key);
  };
  for (const c of columns) put(c.header, c.key);
  for (const c of columns) for (const a of c.aliases ?? []) put(a, c.key);
  // colon-free forms after all exact ones, so `其中:研发人员` and `其中研发人员` meet
  for (const [k, v] of [...exact]) {
    const bare = k.replace(/:/g, '');
    if (!exact.has(bare)) exact.set(bare, v);
  }
  const skeletons = new Map<string, Set<string>>();
  for (const [k, v] of exact) {
    const sk = skeletonOf(k);
    if (sk) skeletons.set(sk, (skeletons.get(sk) ?? new Set()).add(v));
  }
  const idx: Index = {
    exact, official: new Set(columns.map((c) => normaliseHeader(c.header))), skeletons, resolved: memoByText((key) => tolerant(idx, key)),
  };
  indexCache.set(owner, idx);
  return idx;
}

/**
 * The forms of a key that the matching tries, in order; they depend on the text alone, so each distinct text
 * gets them once (not once per table definition and scan row).
 */
interface Forms {
  /** the key and its plain variants (no colon, no 其中, no trailing note or unit word) */
  own: string[];
  /** the key without numbering and markers, with its variants; empty when that changes nothing */
  clean: string[];
  /** the cleaned key with fillers taken out */
  skeleton: string;
  /** each alternative the cleaned key names: its forms for an exact match, and its skeleton */
  parts: { part: string; exact: string[]; skeleton: string }[];
}

function withVariants(key: string): string[] {
  return [key, ...headerVariants(key)];
}

const formsOf = memoByText((key): Forms => {
  const clean = cleanHeader(key);
  return {
    own: withVariants(key),
    clean: clean !== key ? withVariants(clean) : [],
    skeleton: skeletonOf(clean),
    parts: alternativesOf(clean).map((part) => ({ part, exact: withVariants(part), skeleton: skeletonOf(part) })),
  };
});

/** The first form with an exact entry in the index. */
function exactly(idx: Index, forms: string[]): string | undefined {
  for (const v of forms) {
    const h = idx.exact.get(v);
    if (h) return h;
  }
  return undefined;
}

/** Keys whose fillers-free form equals this skeleton. */
function bySkeleton(idx: Index, sk: string): string[] {
  return sk ? [...(idx.skeletons.get(sk) ?? [])] : [];
}

function pick(keys: string[], preferred?: string): Resolved | undefined {
  const distinct = [...new Set(keys)];
  if (distinct.length === 0) return undefined;
  const key = preferred && distinct.includes(preferred) ? preferred : distinct[0];
  const others = distinct.filter((k) => k !== key);
  return others.length ? { key, others } : { key };
}

/**
 * What a header names, trying in turn: its own text; without numbering and markers; with fillers taken out;
 * each of its alternatives (the official name preferred). Several fields at one step is an ambiguity.
 */
function tolerant(idx: Index, key: string): Resolved | undefined {
  const forms = formsOf(key);
  const own = exactly(idx, forms.own);
  if (own) return { key: own };
  const plain = exactly(idx, forms.clean);
  if (plain) return { key: plain };
  const skeleton = pick(bySkeleton(idx, forms.skeleton));
  if (skeleton) return skeleton;
  const found: string[] = [];
  let official: string | undefined;
  for (const { part, exact: partForms, skeleton: partSkeleton } of forms.parts) {
    const exact = exactly(idx, partForms);
    const hits = exact ? [exact] : bySkeleton(idx, partSkeleton);
    if (!official && idx.official.has(part) && hits.length) official = hits[0];
    found.push(...hits);
  }
  return pick(found, official);
}

function resolve(idx: Index, text: string): Resolved | undefined {
  const key = normaliseHeader(text);
  return key ? idx.resolved(key) : undefined;
}

const GROUP_PARTS = /^(合计|小计|总计|总数|其中|计)$/;

/** The field a header cell names, trying its own text, then its group header above combined with it. */
function matchCell(idx: Index, own: string, above: string | undefined): Resolved | undefined {
  const hit = own ? resolve(idx, own) : undefined;
  if (hit) return hit;
  if (!above || above === own) return undefined;
  const ownKey = normaliseHeader(own);
  const combined = resolve(idx, normaliseHeader(above) + ownKey);
  if (combined) return combined;
  if (!ownKey || GROUP_PARTS.test(ownKey)) return resolve(idx, above);
  return undefined;
}

/** A header as shown: a group part (`合计`, `其中`) with its group header above it. */
function shownHeader(own: string, above: string | undefined): string {
  return displayHeader(above && GROUP_PARTS.test(normaliseHeader(own)) ? above + own : own);
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
  const ambiguities: HeaderAmbiguity[] = [];
  let matched = 0;
  for (let i = 0; i < cellTexts.length; i++) {
    const own = (cellTexts[i] ?? '').trim();
    const above = aboveRow?.[i]?.trim() || undefined;
    // a header merged across columns repeats its text: the followers are not new columns
    if (own && i > 0 && (cellTexts[i - 1] ?? '').trim() === own && (above ?? '') === (aboveRow?.[i - 1]?.trim() ?? '')) continue;
    const hit = matchCell(idx, own, above);
    const key = hit && [hit.key, ...(hit.others ?? [])].find((k) => !(k in columns));
    if (hit && key) {
      columns[key] = i;
      matched++;
      const unit = splitHeaderUnit(own).unit ?? unitOf(unitsRow?.[i]);
      if (unit) units[key] = unit;
      for (const other of [hit.key, ...(hit.others ?? [])].filter((k) => k !== key)) ambiguities.push({ index: i, header: shownHeader(own, above), key, otherKey: other });
      continue;
    }
    if (!own) continue;
    let header = shownHeader(own, above);
    for (let n = 2; used.has(header); n++) header = `${displayHeader(own)}(${n})`;
    used.add(header);
    extras.push({ index: i, header });
    if (hit) {
      const first = columns[hit.key];
      ambiguities.push({ index: i, header, key: hit.key, otherIndex: first, otherHeader: displayHeader(cellTexts[first] ?? '') });
    }
  }
  return { columns, extras, units, matched, score: matched - 0.5 * extras.length, ambiguities };
}

/** The cover field a label names (`联系电话:`, `填报单位(盖章)`, `*数据年度`), else undefined. */
export function matchCoverLabel(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return resolve(indexOf(cover, cover.fields), text)?.key;
}
