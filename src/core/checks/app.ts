// Cross-table rules within one application: a 关联企业 names an existing 骨干企业; nobody is both; codes are
// registered in the application's city (the two zones have no area code of their own: their host city's).

import type { AppRule, AppTypeDef, Issue, NormalRow, TableDef, TableId, TableLayout } from '../types';
import { nameKey } from '../normalise';
import { makeIssue } from './row';
import { findUnit, REPORTING_UNITS } from '../cities';
import { isShanxiCode } from '../uscc';

export interface CheckedTable {
  def: TableDef;
  layout: TableLayout;
  rows: NormalRow[];
}

/** `city` is the application's 所在地市 from its cover, when known. */
export function checkApplication(app: AppTypeDef, tables: CheckedTable[], city?: string): Issue[] {
  // a table continued on further sheets (骨干企业情况表(2)…) is checked sheet by sheet against all of the other's rows
  const all = new Map<TableId, CheckedTable>();
  for (const t of tables) {
    const prev = all.get(t.def.id);
    all.set(t.def.id, prev ? { ...prev, rows: [...prev.rows, ...t.rows] } : t);
  }
  const out: Issue[] = [];
  for (const rule of app.rules) {
    const fromId = rule.kind === 'references' ? rule.table : rule.tables[1];
    for (const from of tables.filter((t) => t.def.id === fromId)) out.push(...checkRule(rule, new Map(all).set(fromId, from)));
  }
  if (city) out.push(...checkCodeAreas(city, tables));
  return out;
}

/** The 4-digit area prefix (positions 3–6 of a credit code) a reporting unit's enterprises normally carry. */
function areaPrefix(city: string): string | undefined {
  const unit = findUnit(city);
  if (!unit) return undefined;
  const own = unit.code || REPORTING_UNITS.find((u) => u.name === unit.hostCity)?.code;
  return own ? own.slice(0, 4) : undefined;
}

/**
 * A Shanxi code registered in another city: often legitimate (a member enterprise from next door), always worth a
 * look, so a notice. Codes outside Shanxi already carry their own notice.
 */
function checkCodeAreas(city: string, tables: CheckedTable[]): Issue[] {
  const prefix = areaPrefix(city);
  if (!prefix) return [];
  const out: Issue[] = [];
  for (const t of tables) {
    const key = t.def.codeKey;
    const col = t.def.columns.find((c) => c.key === key)!;
    for (const r of t.rows) {
      const code = r.values[key];
      if (typeof code !== 'string' || code.length !== 18 || !isShanxiCode(code) || code.slice(2, 6) === prefix) continue;
      const area = REPORTING_UNITS.find((u) => u.code.startsWith(code.slice(2, 6)))?.name ?? `代码 ${code.slice(2, 8)}`;
      out.push(makeIssue({ code: 'app/code-other-city', severity: 'notice', params: { area, city } },
        { sheet: t.layout.sheet, row: r.row, column: t.layout.columns[key], field: col.header }, code));
    }
  }
  return out;
}

function checkRule(rule: AppRule, byId: Map<TableId, CheckedTable>): Issue[] {
  if (rule.kind === 'references') {
    const from = byId.get(rule.table);
    const target = byId.get(rule.target);
    if (!from || !target || !(rule.field in from.layout.columns)) return [];
    const known = new Set(target.rows.map((r) => r.values[rule.targetField]).filter((v) => v !== null).map((v) => nameKey(String(v))));
    const col = from.def.columns.find((c) => c.key === rule.field)!;
    return from.rows
      .filter((r) => r.values[rule.field] !== null && r.values[rule.field] !== undefined && !known.has(nameKey(String(r.values[rule.field]))))
      .map((r) => makeIssue({ code: 'app/unknown-backbone', severity: rule.severity },
        { sheet: from.layout.sheet, row: r.row, column: from.layout.columns[rule.field], field: col.header }, String(r.values[rule.field])));
  }
  const [a, b] = rule.tables.map((id) => byId.get(id));
  if (!a || !b) return [];
  // by credit code first, then by name: a match on the code is the same enterprise for certain
  const seen = new Map<string, number>();
  for (const r of a.rows) {
    for (const key of [a.def.codeKey, a.def.nameKey]) {
      const v = r.values[key];
      if (v !== null && v !== undefined) seen.set(key + ':' + nameKey(String(v)), r.row);
    }
  }
  const out: Issue[] = [];
  for (const r of b.rows) {
    for (const key of [b.def.codeKey, b.def.nameKey]) {
      const v = r.values[key];
      const otherRow = v === null || v === undefined ? undefined : seen.get(key + ':' + nameKey(String(v)));
      if (otherRow === undefined) continue;
      const col = b.def.columns.find((c) => c.key === key)!;
      out.push(makeIssue({ code: 'app/both-roles', severity: rule.severity, params: { otherRow } },
        { sheet: b.layout.sheet, row: r.row, column: b.layout.columns[key], field: col.header }, String(v)));
      break;
    }
  }
  return out;
}
