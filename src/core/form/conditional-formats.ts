// A table's rule formulas as conditional formats over its data rows: one format per rule and column (one for the
// whole table where the rule is the same in every column), errors above warnings, in the colours of the pane's marks.
import type { AppRule, CoverDef, TableDef } from '../types';
import type { PlannedConditionalFormat, SheetPlan } from './plan-types';
import { coverRuleFormulas, ruleFormulas, type RuleFormula, type RuleNames } from './rule-formulas';
import { MARK_ERROR, MARK_WARNING } from './styles';
import { columnIndex } from '../columns';

export function tableConditionalFormats(
  def: TableDef,
  layout: NonNullable<SheetPlan['layout']>,
  names: RuleNames,
  appRules: AppRule[] = [],
): PlannedConditionalFormat[] {
  const { firstDataRow: first, lastDataRow: last } = layout;
  const rules = ruleFormulas(def, layout, names, appRules);
  // the first format wins where two apply: errors before warnings
  rules.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const letters = Object.values(layout.columns).sort((a, b) => columnIndex(a) - columnIndex(b));
  const contiguous = columnIndex(letters[letters.length - 1]) - columnIndex(letters[0]) === letters.length - 1;
  const seen = new Set<string>();
  const out: PlannedConditionalFormat[] = [];
  for (const r of rules) {
    let [from, to] = [layout.columns[r.field], layout.columns[r.field]];
    if (r.everyColumn && contiguous) {
      if (seen.has(r.check)) continue;
      seen.add(r.check);
      [from, to] = [letters[0], letters[letters.length - 1]];
    }
    const anchor = rules.find((x) => x.check === r.check && layout.columns[x.field] === from) ?? r;
    out.push({
      range: `${from}${first}:${to}${last}`,
      formula: anchor.at(first),
      ...look(r),
    });
  }
  return out;
}

/** The cover's rule formulas, one format per rule on its field's value cell. */
export function coverConditionalFormats(def: CoverDef, layout: NonNullable<SheetPlan['coverLayout']>, names: RuleNames): PlannedConditionalFormat[] {
  return coverRuleFormulas(def, layout.fieldCells, names).map((r) => {
    const cell = layout.fieldCells[r.field];
    return { range: `${cell}:${cell}`, formula: r.at(Number(/\d+$/.exec(cell)![0])), ...look(r) };
  });
}

function look(r: RuleFormula): Pick<PlannedConditionalFormat, 'style' | 'severity' | 'check' | 'codes'> {
  return { style: r.severity === 'error' ? MARK_ERROR : MARK_WARNING, severity: r.severity, check: r.check, codes: r.codes };
}
