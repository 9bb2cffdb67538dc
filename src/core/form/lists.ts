// Long dropdown lists live on the very hidden lists sheet, one column per list, each behind a defined name.
// Identical lists share one column and one name. The rule formulas' constants (rule-names.ts) sit in the columns
// after them, so the dropdown lists keep their columns whatever rules a table has.
import { LISTS_SHEET } from './constants';
import { columnLetter } from '../columns';
import type { PlannedCell, PlannedRangeStyle, SheetPlan } from './plan-types';

export interface ListEntry {
  name: string;
  values: (string | number)[];
  /** 1-based column on the lists sheet */
  column: number;
  /** absolute reference, e.g. `_lists!$A$1:$A$13` */
  ref: string;
  /** written with the text format, so no host reads `-` or `0` as anything but text */
  text?: boolean;
}

export class ListRegistry {
  private readonly entries: ListEntry[] = [];

  /** The defined name holding `values`, registering it under `torch_<key>` on first use. */
  nameFor(key: string, values: string[]): string {
    const same = this.entries.find((e) => e.values.join('\n') === values.join('\n'));
    if (same) return same.name;
    let name = `torch_${key}`;
    for (let i = 2; this.entries.some((e) => e.name === name); i++) name = `torch_${key}${i}`;
    return this.push(name, values);
  }

  /** A column of constants under a fixed name (registered once; the same name again returns it). */
  constant(name: string, values: (string | number)[], text = false): string {
    if (this.entries.some((e) => e.name === name)) return name;
    return this.push(name, values, text);
  }

  private push(name: string, values: (string | number)[], text = false): string {
    const column = this.entries.length + 1;
    const letter = columnLetter(column);
    const ref = values.length === 1 ? `${LISTS_SHEET}!$${letter}$1` : `${LISTS_SHEET}!$${letter}$1:$${letter}$${values.length}`;
    this.entries.push({ name, values: [...values], column, ref, ...(text ? { text } : {}) });
    return name;
  }

  get all(): readonly ListEntry[] {
    return this.entries;
  }

  definedNames(): { name: string; ref: string }[] {
    return this.entries.map((e) => ({ name: e.name, ref: e.ref }));
  }

  /** The lists sheet, or undefined when no list was long enough to need it. */
  sheet(): SheetPlan | undefined {
    if (this.entries.length === 0) return undefined;
    const cells: PlannedCell[] = [];
    const rangeStyles: PlannedRangeStyle[] = [];
    for (const e of this.entries) {
      const letter = columnLetter(e.column);
      e.values.forEach((v, i) => cells.push({ address: `${letter}${i + 1}`, value: v }));
      if (e.text) rangeStyles.push({ range: `${letter}1:${letter}${e.values.length}`, style: { numFmt: '@' } });
    }
    return {
      name: LISTS_SHEET,
      kind: 'lists',
      widths: this.entries.map(() => 20),
      cells,
      rangeStyles,
      merges: [],
      rowHeights: {},
      validations: [],
      visibility: 'veryHidden',
    };
  }
}
