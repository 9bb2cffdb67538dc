// Roll-up per reporting unit (所在地市) and for the province: the application figures added up, applications
// counted by type, how many are free of errors, and the issues of each unit.

import type { AppTypeId } from './types';
import { REPORTING_UNITS } from './cities';
import { APP_TYPES } from './tables';
import { addFigures, type ApplicationRollup, type Figures, zeroFigures } from './rollup';
import { outcomeOfCounts } from './outcome';

/** The unit label of returns whose city is known neither from the cover nor from the file name. */
export const UNKNOWN_UNIT = '地市不明';
export const PROVINCE_LABEL = '全省合计';

export interface UnitApplication {
  city: string;
  appType?: AppTypeId;
  rollup: ApplicationRollup;
}

/** Issues that belong to a unit but to no merged application (unreadable or superseded files). */
export interface UnitExtraIssues {
  city: string;
  errors: number;
  warnings: number;
}

export interface UnitRollup {
  unit: string;
  /** any file at all came from this unit (readable or not) */
  submitted: boolean;
  byType: Record<AppTypeId, number>;
  /** applications of a type nobody could tell */
  unknownType: number;
  applications: number;
  /** applications without errors */
  clean: number;
  figures: Figures;
  errors: number;
  warnings: number;
}

function emptyUnit(unit: string): UnitRollup {
  return {
    unit, submitted: false, byType: Object.fromEntries(APP_TYPES.map((t) => [t.id, 0])) as Record<AppTypeId, number>,
    unknownType: 0, applications: 0, clean: 0, figures: zeroFigures(), errors: 0, warnings: 0,
  };
}

/**
 * One row per reporting unit in the official order (units without a return included, not submitted),
 * plus a 地市不明 row when some return could not be placed.
 */
export function rollupUnits(apps: UnitApplication[], extras: UnitExtraIssues[] = []): UnitRollup[] {
  const units = new Map<string, UnitRollup>(REPORTING_UNITS.map((u) => [u.name, emptyUnit(u.name)]));
  const unit = (city: string) => {
    const name = units.has(city) ? city : UNKNOWN_UNIT;
    if (!units.has(name)) units.set(name, emptyUnit(name));
    return units.get(name)!;
  };
  for (const a of apps) {
    const u = unit(a.city);
    u.submitted = true;
    u.applications++;
    if (a.appType) u.byType[a.appType]++;
    else u.unknownType++;
    if (outcomeOfCounts(a.rollup) !== 'return') u.clean++;
    addFigures(u.figures, a.rollup.figures);
    u.errors += a.rollup.errors;
    u.warnings += a.rollup.warnings;
  }
  for (const e of extras) {
    const u = unit(e.city);
    u.submitted = true;
    u.errors += e.errors;
    u.warnings += e.warnings;
  }
  return [...units.values()];
}

/** The province's row: every unit added up. */
export function rollupProvince(units: UnitRollup[]): UnitRollup {
  const p = emptyUnit(PROVINCE_LABEL);
  for (const u of units) {
    p.submitted ||= u.submitted;
    for (const t of APP_TYPES) p.byType[t.id] += u.byType[t.id];
    p.unknownType += u.unknownType;
    p.applications += u.applications;
    p.clean += u.clean;
    addFigures(p.figures, u.figures);
    p.errors += u.errors;
    p.warnings += u.warnings;
  }
  return p;
}
