// Range.getMergedAreasOrNullObject and the RangeAreas it returns, in the strict host.
//
// - ExcelApi 1.13; "Returns a RangeAreas object that represents the merged areas in this range. Note that if the
//   merged areas count in this range is more than 512, then this method will fail to return the result. If the
//   RangeAreas object doesn't exist, then this function will return an object with its isNullObject property set to
//   true" (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
//   More than the limit fails the request: the batch stops there and nothing loaded with it comes back (book.ts).
// - Which areas are "in this range": Excel returns only the merged areas whose top-left cell lies in the range; one
//   that starts above or left of it is not returned (https://github.com/OfficeDev/office-js/issues/3611, confirmed
//   by Microsoft as the intended behaviour). The host does the same, so the add-in cannot rely on more.
// - RangeAreas.address "will contain the worksheet name for each rectangular block of cells (e.g., "Sheet1!A1:B4,
//   Sheet1!D1:D4")" (https://learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-address-member);
//   like every property it is there only after load + sync, and so is isNullObject
//   (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
//   A null object has no address: reading it throws.
import type { Box } from '../../../src/excel/address';
import { type StrictContext, Loaded, propList } from './context';
import { OfficeError, jsonBytes } from './limits';
import { type FakeSheet, local, sheetRef } from './sheet';

const topLeftIn = (m: Box, b: Box): boolean => m.r1 >= b.r1 && m.r1 <= b.r2 && m.c1 >= b.c1 && m.c1 <= b.c2;

export class RangeAreasProxy {
  private readonly loaded = new Loaded();
  /** what the request found, set at sync */
  private found?: { sheet: FakeSheet; boxes: Box[] };

  private constructor(readonly context: StrictContext) {}

  /** Queues the request for the merged areas of the range `where` resolves to. */
  static mergedAreasOf(ctx: StrictContext, where: () => { sheet: FakeSheet; box: Box }): RangeAreasProxy {
    const areas = new RangeAreasProxy(ctx);
    ctx.enqueue({ label: 'Range.getMergedAreasOrNullObject', bytes: 20, run: () => {
      const { sheet, box } = where();
      ctx.host.mergedAreaReads.push(`${sheet.name}!${local(box)}`);
      const boxes = sheet.mergedBoxes().filter((m) => topLeftIn(m, box));
      if (boxes.length > ctx.host.mergedAreasLimit) {
        throw new OfficeError('GeneralException', `${sheet.name}!${local(box)} holds ${boxes.length} merged areas, more than the ${ctx.host.mergedAreasLimit} one request returns`);
      }
      areas.found = { sheet, boxes };
    } });
    return areas;
  }

  get isNullObject(): boolean {
    return this.loaded.get('isNullObject', 'RangeAreas');
  }

  get address(): string {
    if (this.isNullObject) throw new Error('strict host: RangeAreas.address read on a null object (check isNullObject first)');
    return this.loaded.get('address', 'RangeAreas');
  }

  load(props?: string | string[]): this {
    const list = propList(props);
    for (const p of list) if (p !== 'address') throw new Error(`strict host: RangeAreas.${p} is not modelled`);
    this.context.enqueue({ label: `RangeAreas.load(${list.join(',')})`, bytes: jsonBytes(list), run: () => {
      const { sheet, boxes } = this.found!;
      const data: Record<string, unknown> = boxes.length
        ? { isNullObject: false, address: boxes.map((b) => `${sheetRef(sheet.name)}!${local(b)}`).join(', ') }
        : { isNullObject: true };
      return { response: jsonBytes(data), commit: () => this.loaded.set(data) };
    } });
    return this;
  }
}
