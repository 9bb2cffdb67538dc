// The merged ranges in the open workbook's table areas, so a value merged down a table's rows is read into every
// row it covers (the rule is in core: spreadMerged). Range.getMergedAreasOrNullObject needs ExcelApi 1.13
// (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1));
// it fails when a range holds more than 512 merged areas, so the caller queues it with the data read and, should
// that request fail, reads the data again without it. Either way the workbook is told plainly (a notice).
import { type CellBox, mergesDown, spreadMerged } from '../core/headers';
import type { Issue, RowInput } from '../core/types';
import { carriedValue } from '../core/shown';
import type { ExcelFeatures } from './features';
import { type Grid, gridCell } from './cell-values';
import type { OpenTable } from './table-rows';
import { columnLetter } from '../core/columns';
import { message } from '../core/messages';
import { parseAddress } from './address';
import { readAreas, type Area } from './read-areas';

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
 * The grids of the table areas and, where the host can tell, their merged areas, in the same request. Should that
 * request fail (more than 512 merged areas in one area), the data is read again without them.
 */
export async function readTableAreas(context: Excel.RequestContext, areas: Area[], features: ExcelFeatures, queueOthers: () => void) {
  const notices: Issue[] = [];
  if (areas.length && !features.mergedAreas) notices.push(mergesNotRead('unsupported'));
  if (areas.length && features.mergedAreas) {
    queueOthers();
    const merged = queueMergedAreas(context, areas);
    try {
      const grids = await readAreas(context, areas);
      return { grids, merges: merged.map(mergedBoxes), notices };
    } catch {
      notices.push(mergesNotRead('too-many'));
    }
  }
  queueOthers();
  return { grids: await readAreas(context, areas), merges: areas.map(() => []), notices };
}

/** Spreads the values merged down a table's rows (grid `g` read from its first data row) into `rows`; the notices. */
export function spreadOpenMerges(t: OpenTable, g: Grid, boxes: CellBox[], rows: RowInput[]): Issue[] {
  const i = (r: number) => r - t.firstDataRow;
  const at = (r: number, c: number) => gridCell(g, i(r), c - 1);
  return spreadMerged(t.def, t.layout, rows, mergesDown(boxes, t.layout, t.firstDataRow),
    (r, c, extra) => (extra ? carriedValue(at(r, c), g.numberFormat?.[i(r)]?.[c - 1]) : at(r, c)));
}
