// Names for what writeSheets adds: a sheet or table name already in the workbook gets a number, the way
// Excel itself names a copied sheet (`问题清单 (2)`). Excel compares both kinds of name without case.

/** Excel's limit on a sheet name's length. */
export const MAX_SHEET_NAME = 31;

const taken = (name: string, names: string[]): boolean => {
  const low = name.toLowerCase();
  return names.some((n) => n.toLowerCase() === low);
};

/** `name`, or `name (2)`, `name (3)` ... whichever is free, cut so that it fits in 31 characters. */
export function uniqueSheetName(name: string, names: string[]): string {
  const base = name.slice(0, MAX_SHEET_NAME);
  if (!taken(base, names)) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = name.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken(candidate, names)) return candidate;
  }
}

/**
 * A valid table name: letters (CJK included), digits, `_` and `.`, starting with a letter or `_`, and not
 * something Excel could read as a cell reference (`A1`, `R1C1`).
 */
export function tableName(name: string): string {
  let s = name.replace(/[^A-Za-z0-9_.\u3400-\u9fff]/g, '_');
  if (!/^[A-Za-z_\u3400-\u9fff]/.test(s) || /^[A-Za-z]{1,3}\d+$/.test(s) || /^[RrCc]\d*([RrCc]\d*)?$/.test(s)) s = `T_${s}`;
  return s.slice(0, 255);
}

/** A valid table name not among `names` (tables and defined names share one namespace): `T_x`, `T_x_2` ... */
export function uniqueTableName(name: string, names: string[]): string {
  const base = tableName(name);
  if (!taken(base, names)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!taken(candidate, names)) return candidate;
  }
}
