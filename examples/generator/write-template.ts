// A return built on the tool's own template (src/xlsx/template.ts), filled the way a clerk fills it in Excel:
// cover values next to their labels, data from row 4, and the 合计 formulas saved with their computed results.
import type ExcelJS from 'exceljs';
import { cover as coverDef, tableDef } from '../../src/core/tables';
import { COVER_FIRST_FIELD_ROW, FIRST_DATA_ROW, HEADER_ROW, META_SHEET } from '../../src/core/form';
import { columnLetter } from '../../src/core/columns';
import { templateWorkbook } from '../../src/xlsx/template';
import { excelCountYes, excelSum } from './excel-sum';
import type { SampleReturn, SampleTable, SampleValue } from './model';
import type { Placement, TablePlacement } from './placement';

/** exceljs writes a JS Date as a date cell; everything else as is. */
function cellValue(v: SampleValue): ExcelJS.CellValue {
  return v === null ? null : v;
}

export function buildTemplateReturn(r: SampleReturn, saved: Date): { workbook: ExcelJS.Workbook; placement: Placement } {
  const longest = Math.max(1, ...r.tables.map((t) => t.rows.length));
  const wb = templateWorkbook(r.appType, {
    dataRows: longest + (r.spareRows ?? 0),
    cover: { appName: r.appName, dataYear: Number(r.cover?.dataYear ?? saved.getUTCFullYear() - 1) },
  });
  wb.created = saved;
  wb.modified = saved;
  wb.creator = r.cover ? String(r.cover.contact) : 'torch-tables';

  const placement: Placement = { tables: {} };
  const coverSheet = wb.getWorksheet(coverDef.sheetName)!;
  if (r.cover) {
    const cells: Record<string, string> = {};
    coverDef.fields.forEach((field, i) => {
      const address = `B${COVER_FIRST_FIELD_ROW + i}`;
      const label = coverSheet.getCell(`A${COVER_FIRST_FIELD_ROW + i}`).value;
      if (label !== field.header) throw new Error(`cover row ${COVER_FIRST_FIELD_ROW + i} holds ${String(label)}, not ${field.header}`);
      const v = r.cover![field.key];
      coverSheet.getCell(address).value = cellValue(v ?? null);
      cells[field.key] = address;
    });
    placement.cover = { sheet: coverSheet.name, cells };
  } else {
    // the clerk deleted the cover sheet; the hidden _torch sheet still names it
    wb.removeWorksheet(coverSheet.id);
  }

  for (const ws of [...wb.worksheets]) {
    const id = tableIdOf(ws.name, r);
    if (id === undefined) continue;
    const t = r.tables.find((x) => x.id === id);
    if (!t) {
      // an optional table the return leaves out: drop the sheet and its _torch row
      dropTable(wb, ws);
      continue;
    }
    placement.tables[id] = fillTable(ws, t, longest + (r.spareRows ?? 0));
  }
  return { workbook: wb, placement };
}

function tableIdOf(sheetName: string, r: SampleReturn): SampleTable['id'] | undefined {
  for (const id of ['backbone', 'related', 'services', 'cluster'] as const) {
    if (tableDef(id).shortName === sheetName && tableDef(id).appTypes.includes(r.appType)) return id;
  }
  return undefined;
}

function dropTable(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const meta = wb.getWorksheet(META_SHEET);
  if (meta) {
    for (let row = meta.rowCount; row >= 2; row--) {
      if (meta.getRow(row).getCell(4).value === ws.name) meta.spliceRows(row, 1);
    }
  }
  wb.removeWorksheet(ws.id);
}

function fillTable(ws: ExcelJS.Worksheet, t: SampleTable, dataRows: number): TablePlacement {
  const def = tableDef(t.id);
  const columns: Record<string, string> = {};
  def.columns.forEach((col, i) => { columns[col.key] = columnLetter(i + 1); });
  const rows = t.rows.map((_, i) => FIRST_DATA_ROW + i);
  t.rows.forEach((row, i) => {
    for (const col of def.columns) {
      const v = row[col.key];
      if (v !== null && v !== undefined) ws.getCell(`${columns[col.key]}${rows[i]}`).value = cellValue(v);
    }
  });

  const totalRow = FIRST_DATA_ROW + dataRows;
  if (ws.getCell(`A${totalRow}`).value !== '合计') throw new Error(`${ws.name}: no 合计 in row ${totalRow}`);
  for (const col of def.columns) {
    const cell = ws.getCell(`${columns[col.key]}${totalRow}`);
    const formula = (cell.value as { formula?: string } | null)?.formula;
    if (!formula) continue;
    const values = t.rows.map((row) => row[col.key] ?? null);
    const override = t.totalOverrides?.[col.key];
    if (override !== undefined) cell.value = override;
    else cell.value = { formula, result: col.type === 'yesno' ? excelCountYes(values) : excelSum(values) } as ExcelJS.CellFormulaValue;
  }
  return { sheet: ws.name, rows, columns, headerRow: HEADER_ROW, totalRow };
}
