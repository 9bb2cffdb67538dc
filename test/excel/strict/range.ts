// Excel.Range in the strict host: writes queued and applied at sync in order, reads only after load + sync.

import type { Box } from '../../../src/excel/address';
import { type StrictContext, Loaded, type OpResult, propList, recorder } from './context';
import { type FakeSheet, cellCount, local, sheetRef } from './sheet';
import { OfficeError, PAYLOAD_LIMIT, checkOperationCells, jsonBytes } from './limits';
import { conditionalFormatsProxy } from './conditional-formats';
import { RangeAreasProxy } from './merged-areas';

/** Where a range is, resolved at sync (a sheet added earlier in the same batch exists by then). */
export type RangeTarget = () => { sheet: FakeSheet; box: Box };

/** Cells a read of this many cells returns at the very least: `"",` for values alone. */
const MIN_CELL_BYTES = 3;

/**
 * A 2-D array must match the range's rows and columns ("the number of rows and columns ... must match the
 * range", InvalidArgument otherwise: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 * A single value (not an array) sets every cell.
 */
function cellAt(arr: unknown, box: Box, what: string): (r: number, c: number) => unknown {
  if (!Array.isArray(arr)) return () => arr;
  const rows = box.r2 - box.r1 + 1;
  const cols = box.c2 - box.c1 + 1;
  if (arr.length !== rows || arr.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw new OfficeError('InvalidArgument', `${what}: the array is ${arr.length}×${Array.isArray(arr[0]) ? arr[0].length : '?'}, the range ${local(box)} is ${rows}×${cols}`);
  }
  return (r, c) => (arr as unknown[][])[r - box.r1][c - box.c1];
}

export class RangeProxy {
  private readonly loaded = new Loaded();

  readonly format: any;
  readonly dataValidation: any;
  readonly conditionalFormats: { add(type: string): any };

  constructor(readonly context: StrictContext, private readonly target: RangeTarget, private readonly onLoad?: (sheet: FakeSheet, box: Box, props: string) => void) {
    const ctx = context;
    this.format = recorder(ctx, (path, value) => this.prop(`format.${path}`, value));
    this.dataValidation = recorder(ctx, (path, value) => {
      ctx.needs(8, 'Range.dataValidation');
      const { sheet, box } = this.target();
      const address = local(box);
      let v = sheet.validations.find((x) => x.address === address);
      if (!v) sheet.validations.push((v = { address, dv: {} }));
      v.dv[path] = value;
      return { wrote: { sheet, box, what: `dataValidation.${path}` } };
    });
    this.conditionalFormats = conditionalFormatsProxy(ctx, () => this.target());
  }

  /** Where the range is (call it inside a queued operation's run: it resolves at sync). */
  where(): { sheet: FakeSheet; box: Box } {
    return this.target();
  }

  private resolve(what: string): { sheet: FakeSheet; box: Box } {
    const t = this.target();
    checkOperationCells(cellCount(t.box), `${what} on ${t.sheet.name}!${local(t.box)}`);
    return t;
  }

  private prop(path: string, value: unknown): OpResult {
    const { sheet, box } = this.resolve(path);
    sheet.props.push({ address: local(box), path, value });
    return { wrote: { sheet, box, what: path } };
  }

  private write(what: 'values' | 'formulas' | 'numberFormat', arr: unknown): void {
    this.context.enqueue({
      label: `set Range.${what}`,
      bytes: jsonBytes(arr),
      run: () => {
        const { sheet, box } = this.resolve(`Range.${what}`);
        const at = cellAt(arr, box, `Range.${what}`);
        for (let r = box.r1; r <= box.r2; r++) for (let c = box.c1; c <= box.c2; c++) {
          const v = at(r, c);
          if (what === 'values') sheet.putValue(r, c, v);
          else if (what === 'formulas') sheet.putFormula(r, c, v);
          else sheet.putFormat(r, c, v);
        }
        return { wrote: { sheet, box, what, data: what !== 'numberFormat' } };
      },
    });
  }

  set values(v: unknown) { this.write('values', v); }
  get values(): any[][] { return this.loaded.get('values', 'Range'); }
  set formulas(v: unknown) { this.write('formulas', v); }
  get formulas(): any[][] { return this.loaded.get('formulas', 'Range'); }
  set numberFormat(v: unknown) { this.write('numberFormat', v); }
  get numberFormat(): any[][] { return this.loaded.get('numberFormat', 'Range'); }
  get valueTypes(): any[][] { return this.loaded.get('valueTypes', 'Range'); }
  get address(): string { return this.loaded.get('address', 'Range'); }
  get rowIndex(): number { return this.loaded.get('rowIndex', 'Range'); }
  get columnIndex(): number { return this.loaded.get('columnIndex', 'Range'); }
  get rowCount(): number { return this.loaded.get('rowCount', 'Range'); }
  get columnCount(): number { return this.loaded.get('columnCount', 'Range'); }
  get cellCount(): number { return this.loaded.get('cellCount', 'Range'); }

  load(props?: string | string[]): this {
    const list = propList(props);
    this.context.enqueue({
      label: `Range.load(${list.join(',')})`,
      bytes: jsonBytes(list),
      run: () => {
        const { sheet, box } = this.resolve('Range.load');
        const delivered = (): void => this.onLoad?.(sheet, box, list.join(','));
        const heavy = list.filter((p) => ['values', 'valueTypes', 'numberFormat', 'formulas', 'text'].includes(p));
        // a read this large cannot fit in a response: say so without building it
        if (heavy.length && cellCount(box) * MIN_CELL_BYTES * heavy.length > PAYLOAD_LIMIT) return { response: cellCount(box) * MIN_CELL_BYTES * heavy.length, commit: delivered };
        const g = heavy.length ? sheet.grid(box) : undefined;
        const all: Record<string, unknown> = {
          ...(g ?? {}),
          address: `${sheetRef(sheet.name)}!${local(box)}`,
          rowIndex: box.r1 - 1,
          columnIndex: box.c1 - 1,
          rowCount: box.r2 - box.r1 + 1,
          columnCount: box.c2 - box.c1 + 1,
          cellCount: cellCount(box),
        };
        const data: Record<string, unknown> = {};
        for (const p of list) {
          if (!(p in all)) throw new Error(`strict host: Range.${p} is not modelled`);
          data[p] = all[p];
        }
        return { response: jsonBytes(data), commit: () => { this.loaded.set(data); delivered(); } };
      },
    });
    return this;
  }

  merge(across = false): void {
    this.context.enqueue({ label: 'Range.merge', bytes: 10, run: () => {
      const { sheet, box } = this.resolve('Range.merge');
      sheet.merges.push(`${sheet.name}!${local(box)}`);
      return { wrote: { sheet, box, what: across ? 'mergeAcross' : 'merge' } };
    } });
  }

  clear(applyTo = 'All'): void {
    this.context.enqueue({ label: 'Range.clear', bytes: 20, run: () => {
      const { sheet, box } = this.resolve('Range.clear');
      sheet.clear(box, applyTo);
      return { wrote: { sheet, box, what: `clear(${applyTo})`, data: applyTo !== 'Formats' } };
    } });
  }

  /**
   * Range.delete(shift), ExcelApi 1.1: "Deletes the cells associated with the range"; the cells below (Up) move in
   * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-delete-member(1)). Only Up is
   * modelled.
   */
  delete(shift: string): void {
    if (shift !== 'Up') throw new Error(`strict host: Range.delete(${shift}) is not modelled`);
    this.context.enqueue({ label: 'Range.delete', bytes: 20, run: () => {
      const { sheet, box } = this.resolve('Range.delete');
      sheet.deleteCellsUp(box);
      return { wrote: { sheet, box, what: 'delete(Up)', data: true } };
    } });
  }

  select(): void {
    this.context.enqueue({ label: 'Range.select', bytes: 10, run: () => {
      const { sheet, box } = this.target();
      (this.context.host as unknown as { selected?: string }).selected = `${sheet.name}!${local(box)}`;
    } });
  }

  /** ExcelApi 1.13: the merged areas whose top-left cell is in this range, or a null object (merged-areas.ts). */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    this.context.needs(13, 'Range.getMergedAreasOrNullObject');
    return RangeAreasProxy.mergedAreasOf(this.context, () => this.resolve('Range.getMergedAreasOrNullObject'));
  }

  /** For freezeAt and other calls taking a range: its address, checked to be of the same context. */
  addressFor(ctx: StrictContext, what: string): () => string {
    ctx.same(this.context, what);
    return () => local(this.target().box);
  }
}


/**
 * The extension point for Range members a test needs that are not modelled here yet: `impl` gets the range
 * (`range.where()` at sync, `range.context.enqueue(...)` to queue work) and the call's arguments. It cannot replace
 * a member the host models (that would make the host more lenient behind the other tests' backs), and it patches
 * every range of every book: call the function it returns to take the member away again.
 */
export function addRangeMethod(name: string, impl: (range: RangeProxy, ...args: any[]) => unknown): () => void {
  if (name in RangeProxy.prototype) throw new Error(`strict host: Range.${name} is modelled already; extend it in range.ts instead`);
  (RangeProxy.prototype as any)[name] = function (this: RangeProxy, ...args: any[]): unknown {
    return impl(this, ...args);
  };
  return () => { delete (RangeProxy.prototype as any)[name]; };
}
