// Reading table areas in requests that stay under Excel on the web's 5 MB response limit ("Excel on the web has a
// payload size limit for requests and responses of 5MB",
// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
// What a read returns is counted in bytes, not cells: a row of short codes and numbers costs a few hundred bytes,
// a row with long 主导产品 or 备注 text many times that. Each row is estimated from the text its table held when
// last read; a response that still comes back too large (a paste of much longer text) is read again in halves.
// This is the one place where the number of round trips grows with the data, by design: one per ~4 MB.

import type { Grid } from './cell-values';
import { columnLetter } from '../core/columns';
import { message } from '../core/messages';

/** A request's estimated response stays under this (room under 5 MB for the estimate's error). */
export const MAX_READ_BYTES = 4_000_000;
/**
 * What a cell costs in the response besides its text: quotes and commas of its value, its value type
 * (`"Empty",`, `"String",`) and its number format (`"General",`, `"@",`, a date format) — 15 to 30 bytes.
 */
export const CELL_BYTES = 32;

/** A block of a sheet: rows r1..r2 and columns c1..c2, 1-based. */
export interface Area {
  /** the sheet's name or id (Office's getItem takes either) */
  sheet: string;
  r1: number;
  r2: number;
  c1: number;
  c2: number;
  /** text bytes of one row, from what the table held when last read (0 when unknown) */
  rowText?: number;
  /** the sheet's name for messages, when `sheet` is an id */
  name?: string;
}

interface Piece {
  area: number;
  range?: Excel.Range;
  r1: number;
  r2: number;
}

/** The sentence the pane shows when one row alone is more than Excel on the web can send back. */
export class ReadTooLarge extends Error {
  readonly userMessage: string;
  constructor(sheet: string, row: number) {
    super(message('excel/response-too-large', { sheet, row }));
    this.userMessage = this.message;
    this.name = 'ReadTooLarge';
    Object.setPrototypeOf(this, ReadTooLarge.prototype);
  }
}

/** Estimated response bytes of one row of an area. */
export const rowBytes = (a: Area): number => (a.c2 - a.c1 + 1) * CELL_BYTES + (a.rowText ?? 0);

/** UTF-8 bytes of a value's text as JSON sends it. */
function textBytes(v: unknown): number {
  if (typeof v !== 'string') return typeof v === 'number' ? 12 : 0;
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

/** The largest text bytes of any row of a grid: what the next read of the same table is estimated from. */
export function maxRowText(g: Grid): number {
  let max = 0;
  for (const row of g.values) {
    let n = 0;
    for (const v of row) n += textBytes(v);
    if (n > max) max = n;
  }
  return max;
}

const isResponseTooLarge = (e: unknown): boolean => (e as { code?: unknown } | null)?.code === 'ResponsePayloadSizeLimitExceeded';

/** Splits every area into pieces whose estimate fits one request. */
function piecesOf(areas: Area[], maxBytes: number): Piece[] {
  const pieces: Piece[] = [];
  areas.forEach((a, i) => {
    const rowsPer = Math.max(1, Math.floor(maxBytes / rowBytes(a)));
    for (let r = a.r1; r <= a.r2; r += rowsPer) pieces.push({ area: i, r1: r, r2: Math.min(a.r2, r + rowsPer - 1) });
  });
  return pieces;
}

/** Groups pieces into requests of at most maxBytes each (a piece never shares a request it would overflow). */
function requestsOf(pieces: Piece[], areas: Area[], maxBytes: number): Piece[][] {
  const out: Piece[][] = [];
  let current: Piece[] = [];
  let bytes = 0;
  for (const p of pieces) {
    const n = (p.r2 - p.r1 + 1) * rowBytes(areas[p.area]);
    if (current.length > 0 && bytes + n > maxBytes) {
      out.push(current);
      current = [];
      bytes = 0;
    }
    current.push(p);
    bytes += n;
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * The grid of every area, read in as few requests as fit under `maxBytes` each; there is always at least one
 * sync. `withFirst` queues other loads to go with the first request (again if that request had to be split:
 * a failed request brings nothing back).
 */
export async function readAreas(context: Excel.RequestContext, areas: Area[], maxBytes = MAX_READ_BYTES, withFirst?: () => void): Promise<Grid[]> {
  const queue = requestsOf(piecesOf(areas, maxBytes), areas, maxBytes);
  if (queue.length === 0) queue.push([]);
  const done: Piece[] = [];
  let first = withFirst;
  while (queue.length) {
    const request = queue.shift()!;
    first?.();
    for (const p of request) {
      const a = areas[p.area];
      p.range = context.workbook.worksheets.getItem(a.sheet)
        .getRange(`${columnLetter(a.c1)}${p.r1}:${columnLetter(a.c2)}${p.r2}`)
        .load('values,valueTypes,numberFormat');
    }
    try {
      await context.sync();
      first = undefined;
      done.push(...request);
    } catch (e) {
      if (!isResponseTooLarge(e)) throw e;
      if (request.length === 1 && request[0].r1 === request[0].r2) {
        const a = areas[request[0].area];
        throw new ReadTooLarge(a.name ?? a.sheet, request[0].r1);
      }
      // longer text than estimated: the same rows again, in halves
      const halves: Piece[] = [];
      for (const p of request) {
        if (p.r1 === p.r2) {
          halves.push(p);
          continue;
        }
        const mid = Math.floor((p.r1 + p.r2) / 2);
        halves.push({ area: p.area, r1: p.r1, r2: mid }, { area: p.area, r1: mid + 1, r2: p.r2 });
      }
      queue.unshift(...halves.map((h) => [h]));
    }
  }
  done.sort((x, y) => x.area - y.area || x.r1 - y.r1);
  const grids: Grid[] = areas.map(() => ({ values: [], valueTypes: [], numberFormat: [] }));
  for (const p of done) {
    const g = grids[p.area];
    const r = p.range!;
    g.values.push(...r.values);
    g.valueTypes!.push(...(r.valueTypes as string[][]));
    g.numberFormat!.push(...r.numberFormat);
  }
  return grids;
}
