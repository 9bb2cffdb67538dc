// A built workbook as .xlsx bytes, in Node and in the browser alike (exceljs gives a Buffer in one, an ArrayBuffer
// in the other).
import type ExcelJS from 'exceljs';

export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = await workbook.xlsx.writeBuffer();
  return buf instanceof Uint8Array ? buf : new Uint8Array(buf as ArrayBuffer);
}
