// The merged ranges in the open workbook's table areas, so a value merged down a table's rows is read into every
// row it covers (the rule is in core: spreadMerged). Range.getMergedAreasOrNullObject needs ExcelApi 1.13
// (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1));
// it fails when a range holds more than 512 merged areas, so the caller queues it with the data read and, should
// that request fail, reads the data again without it. Either way the workbook is told plainly (a notice).
import { type CellBox, mergesDown, spreadMerged } from '../core/headers';
import type { Issue, RowInput } from '../core/types';
import { carriedValue } from '../core/shown';
import { isBlankRow } from '../core/checks/row';
import type { ExcelFeatures } from './features';
import { type Grid, gridCell } from './cell-values';
import type { OpenTable } from './table-rows';
import { columnLetter } from '../core/columns';
import { message } from '../core/messages';
import { parseAddress } from './address';
import { ReadTooLarge, readAreas, type Area } from './read-areas';

/** The merged areas of each area, queued on the context (loaded by the next sync). */
export function queueMergedAreas(context: Excel.RequestContext, areas: Area[]): Excel.RangeAreas[] {
  return areas.map((a) => context.workbook.worksheets.getItem(a.sheet)
    .getRange(`${columnLetter(a.c1)}${a.r1}:${columnLetter(a.c2)}${a.r2}`)
    .getMergedAreasOrNullObject()
    .load('address'));
}

/** The blocks of a RangeAreas address (`Sheet1!B6:B7, Sheet1!D4:E6`); each part's sheet is the one asked about. */
export function boxesOf(address: string): CellBox[] {
  const out: CellBox[] = [];
  const re = /!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)/g;
  for (let m = re.exec(address); m; m = re.exec(address)) out.push(parseAddress(m[1]));
  return out;
}

/** The merged areas as read, after the sync: none for a null object (no merged cells in the area). */
export function mergedBoxes(areas: Excel.RangeAreas): CellBox[] {
  return areas.isNullObject ? [] : boxesOf(areas.address);
}

/** Why merged cells could not be read: an older Excel, or more merged areas than one request returns. */
export function mergesNotRead(reason: 'unsupported' | 'too-many'): Issue {
  const code = reason === 'unsupported' ? 'file/merges-unsupported' : 'file/merges-too-many';
  return { code, severity: 'notice', message: message(code) };
}

/**
 * The grids of the table areas and, where the host can tell, their merged areas and those of `alsoMerged` (areas
 * read already, such as the cover's head), in the same request (the first, when a large read takes several).
 * Should that request fail for the merged areas (more than 512 in one area), the data is read again without them.
 */
export async function readTableAreas(context: Excel.RequestContext, areas: Area[], features: ExcelFeatures, queueOthers: () => void, maxBytes?: number, alsoMerged: Area[] = []) {
  const notices: Issue[] = [];
  if (areas.length && !features.mergedAreas) notices.push(mergesNotRead('unsupported'));
  if ((areas.length || alsoMerged.length) && features.mergedAreas) {
    let merged: Excel.RangeAreas[] = [];
    try {
      const grids = await readAreas(context, areas, maxBytes, () => {
        queueOthers();
        merged = queueMergedAreas(context, [...areas, ...alsoMerged]);
      });
      const boxes = merged.map(mergedBoxes);
      return { grids, merges: boxes.slice(0, areas.length), alsoMerges: boxes.slice(areas.length), notices };
    } catch (e) {
      if (e instanceof ReadTooLarge) throw e;
      if (areas.length) notices.push(mergesNotRead('too-many'));
    }
  }
  return { grids: await readAreas(context, areas, maxBytes, queueOthers), merges: areas.map(() => []), alsoMerges: alsoMerged.map((): CellBox[] => []), notices };
}

/**
 * Spreads the values merged down a table's rows (grid `g` read from its first data row) into `rows`; keeps each
 * range's value on the table for live re-checks (respreadMerges). Returns the notices.
 */
export function spreadOpenMerges(t: OpenTable, g: Grid, boxes: CellBox[], rows: RowInput[]): Issue[] {
  const i = (r: number) => r - t.firstDataRow;
  const at = (r: number, c: number, extra: boolean) => {
    const v = gridCell(g, i(r), c - 1);
    return extra ? carriedValue(v, g.numberFormat?.[i(r)]?.[c - 1]) : v;
  };
  const merged = mergesDown(boxes, t.layout, t.firstDataRow);
  t.merges = merged.map((m) => ({ ...m, value: at(m.box.r1, m.box.c1, m.extra) }));
  return spreadMerged(t.def, t.layout, rows, merged, at);
}

/**
 * Rows of `spans` re-read as people type: the merged values read with the table go into them again. False when the
 * edit reached a merged range's top row (its value may have changed for every row it covers: check the table whole).
 */
export function respreadMerges(t: OpenTable, rows: RowInput[], spans: [number, number][]): boolean {
  const merges = t.merges ?? [];
  if (merges.some((m) => spans.some(([r1, r2]) => m.box.r1 >= r1 && m.box.r1 <= r2))) return false;
  // a row left with nothing but its share of a merged range is no data row, as when the table is read whole
  const data = rows.filter((r) => !isBlankRow(r));
  spreadMerged(t.def, t.layout, data, merges, (r, c) => merges.find((m) => m.box.r1 === r && m.box.c1 === c)?.value ?? null);
  return true;
}
