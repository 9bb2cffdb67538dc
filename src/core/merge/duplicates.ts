// Credit codes that appear in more than one application across the province: often legitimate (an
// enterprise in two bases), always worth a look.

import type { TableId } from '../types';
import { nameKey } from '../normalise';
import type { DetailSheet, DuplicateCode, DuplicateOccurrence } from './types';

export function findDuplicateCodes(details: Record<TableId, DetailSheet>, appKeyOf: (o: DuplicateOccurrence) => string): DuplicateCode[] {
  const byCode = new Map<string, DuplicateOccurrence[]>();
  for (const sheet of Object.values(details)) {
    const def = sheet.table;
    const codeAt = def.columns.findIndex((c) => c.key === def.codeKey);
    const nameAt = def.columns.findIndex((c) => c.key === def.nameKey);
    for (const r of sheet.rows) {
      const raw = r.values[codeAt];
      if (raw === null || raw === undefined) continue;
      const code = nameKey(String(raw));
      if (!code) continue;
      const occ: DuplicateOccurrence = {
        city: r.origin.city, typeLabel: r.origin.typeLabel, app: r.origin.app, table: def.id,
        name: r.values[nameAt] === null ? '' : String(r.values[nameAt]), file: r.origin.file, sheet: r.origin.sheet, row: r.origin.row,
      };
      const list = byCode.get(code);
      if (list) list.push(occ);
      else byCode.set(code, [occ]);
    }
  }
  const out: DuplicateCode[] = [];
  for (const [code, occurrences] of byCode) {
    const apps = new Set(occurrences.map(appKeyOf));
    if (apps.size < 2) continue;
    const names = new Set(occurrences.map((o) => nameKey(o.name)));
    out.push({ code, applications: apps.size, namesDiffer: names.size > 1, occurrences });
  }
  return out.sort((a, b) => a.code.localeCompare(b.code));
}
