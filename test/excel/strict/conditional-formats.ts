// Range.conditionalFormats in the strict host: custom conditional formats as the add-in adds them.
//
// - ConditionalFormatCollection.add(type) needs ExcelApi 1.6 and "Adds a new conditional format to the collection
//   at the first/top priority" (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-add-member(1));
//   `type` is one of Excel.ConditionalFormatType (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformattype);
//   anything else fails the request (InvalidArgument). Only Custom is modelled; other types fail loudly here.
// - `custom` "Returns the custom conditional format properties if the current conditional format is a custom type"
//   (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-custom-member);
//   its rule.formula (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatrule#excel-excel-conditionalformatrule-formula-member)
//   is kept as given, with the workbook's defined names at the time of adding (the reference does not say whether
//   a formula may use a name defined later, so tests can hold the add-in to defining them first).
// - fill.color and font.color are an "HTML color code ... in the form #RRGGBB (e.g., "FFA500") or as a named HTML
//   color (e.g., "orange")" (https://learn.microsoft.com/javascript/api/excel/excel.conditionalrangefill#excel-excel-conditionalrangefill-color-member,
//   https://learn.microsoft.com/javascript/api/excel/excel.conditionalrangefont#excel-excel-conditionalrangefont-color-member);
//   anything else (`##FFC7CE`, `FFC7CE`, an empty string) fails the request.
// Each set property is one queued operation, applied at sync in order like every other write.
import { type StrictContext, recorder } from './context';
import { OfficeError, jsonBytes } from './limits';
import { type FakeCf, type FakeSheet, local } from './sheet';
import type { Box } from '../../../src/excel/address';

const TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];
const COLOR = /^(#[0-9A-Fa-f]{6}|[A-Za-z]+)$/;
const PROPS: Record<string, 'formula' | 'fill' | 'font'> = { 'custom.rule.formula': 'formula', 'custom.format.fill.color': 'fill', 'custom.format.font.color': 'font' };

export function conditionalFormatsProxy(ctx: StrictContext, target: () => { sheet: FakeSheet; box: Box }): { add(type: string): any } {
  return {
    add(type: string) {
      ctx.needs(6, 'Range.conditionalFormats');
      if (TYPES.includes(type) && type !== 'Custom') throw new Error(`strict host: conditional formats of type ${type} are not modelled`);
      const holder: { cf?: FakeCf } = {};
      ctx.enqueue({
        label: `conditionalFormats.add(${type})`, bytes: 40 + jsonBytes(type), run: () => {
          if (!TYPES.includes(type)) throw new OfficeError('InvalidArgument', `${type} is not a ConditionalFormatType`);
          const { sheet, box } = target();
          holder.cf = { sheet: sheet.name, address: `${sheet.name}!${local(box)}`, type, names: [...ctx.host.names.keys()] };
          sheet.cfs.push(holder.cf);
          return { wrote: { sheet, box, what: 'conditionalFormats.add' } };
        },
      });
      return recorder(ctx, (path, value) => {
        const k = PROPS[path];
        if (!k) throw new Error(`strict host: conditional format property ${path} is not modelled`);
        if (k !== 'formula' && (typeof value !== 'string' || !COLOR.test(value))) {
          throw new OfficeError('InvalidArgument', `${path} = ${JSON.stringify(value)} is neither #RRGGBB nor a named HTML color`);
        }
        holder.cf![k] = String(value);
        return { wrote: { sheet: target().sheet, what: `conditionalFormat.${path}` } };
      });
    },
  };
}
