// The cover sheet 填报信息: a title, then one field per row (label, value, a short note for the clerk).
import type { AppTypeId, CoverDef } from '../types';
import { appType, cover as coverDef } from '../tables';
import { addr, range } from './a1';
import { COVER_CAPTIONS, COVER_FIRST_FIELD_ROW, COVER_HEADER_ROW, PAGE_FOOTER, TITLE_ROW } from './constants';
import { ListRegistry } from './lists';
import type { PlannedCell, PlannedValidation, SheetPlan } from './plan-types';
import * as S from './styles';
import { validationFor } from './validations';

export interface CoverPlanOptions {
  /** pre-filled values by field key; 申报类型 and 模板版本 are filled from the application type and the version */
  values?: Partial<Record<string, string | number>>;
  lists?: ListRegistry;
  def?: CoverDef;
}

function noteFor(required: boolean, hint: string | undefined): string {
  return [required ? '必填' : '', hint ?? ''].filter(Boolean).join('。');
}

export function buildCoverPlan(appTypeId: AppTypeId, opts: CoverPlanOptions = {}): SheetPlan {
  const def = opts.def ?? coverDef;
  const lists = opts.lists ?? new ListRegistry();
  const values: Partial<Record<string, string | number>> = {
    appType: appType(appTypeId).label,
    templateVersion: def.version,
    ...opts.values,
  };
  const cells: PlannedCell[] = [{ address: addr(1, TITLE_ROW), value: def.title, style: S.TITLE }];
  const merges = [range(1, TITLE_ROW, 3, TITLE_ROW)];
  COVER_CAPTIONS.forEach((caption, i) => cells.push({ address: addr(i + 1, COVER_HEADER_ROW), value: caption, style: S.HEADER }));

  const validations: PlannedValidation[] = [];
  const fieldCells: Record<string, string> = {};
  const rowHeights: Record<number, number> = { [TITLE_ROW]: 36, [COVER_HEADER_ROW]: 24 };
  def.fields.forEach((field, i) => {
    const row = COVER_FIRST_FIELD_ROW + i;
    const valueCell = addr(2, row);
    fieldCells[field.key] = valueCell;
    rowHeights[row] = 26;
    cells.push({ address: addr(1, row), value: field.header, style: S.COVER_LABEL });
    const style = { ...S.dataStyle(field), size: 11, align: 'left' as const };
    const value = values[field.key];
    cells.push({ address: valueCell, ...(value !== undefined && value !== '' ? { value } : {}), style });
    const note = noteFor(field.required === true, field.hint);
    cells.push({ address: addr(3, row), ...(note ? { value: note } : {}), style: S.HINT });
    const v = validationFor(field, valueCell, lists);
    if (v) validations.push(v);
  });
  const lastFieldRow = COVER_FIRST_FIELD_ROW + def.fields.length - 1;

  return {
    name: def.sheetName,
    kind: 'cover',
    widths: [18, 44, 44],
    cells,
    rangeStyles: [],
    merges,
    rowHeights,
    validations,
    freeze: { row: COVER_FIRST_FIELD_ROW, column: 1 },
    print: { landscape: false, fitToWidth: true, paper: 'A4', footer: PAGE_FOOTER },
    visibility: 'visible',
    coverLayout: {
      titleRow: TITLE_ROW,
      headerRow: COVER_HEADER_ROW,
      firstFieldRow: COVER_FIRST_FIELD_ROW,
      lastFieldRow,
      fieldCells,
    },
  };
}
