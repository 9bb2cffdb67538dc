// A1 addresses as Office.js reports them ("Sheet1!C4:D10", "'骨干 企业'!5:7", "C:C") turned into numbers.
import { columnIndex } from '../core/columns';

export const MAX_ROW = 1048576;
export const MAX_COL = 16384;

export interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** The rows and columns an address covers; whole rows or columns stretch to the sheet's edge. */
export function parseAddress(address: string): Box {
  const bang = address.lastIndexOf('!');
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '').toUpperCase();
  const [a, b = a] = local.split(':');
  const p = (s: string): { r?: number; c?: number } => {
    const m = /^([A-Z]*)(\d*)$/.exec(s);
    if (!m || (!m[1] && !m[2])) throw new Error(`bad address ${address}`);
    return { c: m[1] ? columnIndex(m[1]) : undefined, r: m[2] ? Number(m[2]) : undefined };
  };
  const x = p(a);
  const y = p(b);
  return {
    r1: x.r ?? 1,
    c1: x.c ?? 1,
    r2: y.r ?? (x.r === undefined ? MAX_ROW : x.r),
    c2: y.c ?? (x.c === undefined ? MAX_COL : x.c),
  };
}

/**
 * Every area of an address. onChanged may report several at once (`A1:B2,D4:E5`, each possibly with its sheet):
 * https://learn.microsoft.com/javascript/api/excel/excel.worksheetchangedeventargs#excel-excel-worksheetchangedeventargs-address-member
 * Commas inside a quoted sheet name do not separate areas.
 */
export function parseAreas(address: string): Box[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === ',' && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean).map(parseAddress);
}

/** A sheet name as it must be written in a formula or a defined name's reference. */
export const quoteSheet = (name: string): string => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

/** Runs of consecutive numbers: [3,4,5,9] -> [[3,5],[9,9]]. */
export function runs(sorted: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n === last[1] + 1) last[1] = n;
    else out.push([n, n]);
  }
  return out;
}

/** Spans joined where they overlap or lie within `gap` rows of each other (1: touching), sorted. */
export function mergeSpans(spans: [number, number][], gap = 1): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of [...spans].sort((x, y) => x[0] - y[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1] + gap) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}
