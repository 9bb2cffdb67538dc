// What a cell shows, where that differs from the number it holds and the difference matters: a percentage in a
// column the tables do not define is carried as the cell shows it (3.28%), not as the fraction 0.0328. Known numeric
// columns keep the number; this is for columns carried as text only.

import type { CellInput } from './types';

/** The text a percentage format shows for `value` (`0.00%`: 0.0328 -> `3.28%`); undefined for other formats. */
export function percentShown(value: number, format: unknown): string | undefined {
  if (typeof format !== 'string' || !Number.isFinite(value)) return undefined;
  const section = format.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  if (!section.includes('%')) return undefined;
  const m = /\.([0#?]+)/.exec(section);
  return `${(value * 100).toFixed(m ? m[1].length : 0)}%`;
}

/** An extra column's cell as it is carried: a number formatted as a percentage becomes the text it shows. */
export function carriedValue(v: CellInput, format: unknown): CellInput {
  if (typeof v === 'number') return percentShown(v, format) ?? v;
  if (v && typeof v === 'object' && !(v instanceof Date) && 'result' in v && typeof v.result === 'number') {
    const shown = percentShown(v.result, format);
    return shown === undefined ? v : { ...v, result: shown };
  }
  return v;
}
