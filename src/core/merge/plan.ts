// The whole merge decided in memory: applications identified, resubmissions resolved, detail rows with
// origins, the problem list, duplicates across applications, the per-file accounting and the roll-ups.

import type { Issue, TableId } from '../types';
import { findUnit } from '../cities';
import { APP_TYPES } from '../tables';
import { message } from '../messages';
import { sheetOrder } from '../validate';
import { rollupApplication } from '../rollup';
import { rollupProvince, rollupUnits, UNKNOWN_UNIT, type UnitExtraIssues } from '../rollup-units';
import { applicationKey, identify } from './identify';
import { resolveResubmissions } from './resubmission';
import { addApplicationRows, emptyDetails, padExtras } from './origins';
import { findDuplicateCodes } from './duplicates';
import { problemRows, unitOrder, type FileIssues } from './problems';
import type { Application, FileAccount, MergePlan, ReturnFile } from './types';

function typeOrder(a: Application): number {
  const i = APP_TYPES.findIndex((t) => t.id === a.appType?.id);
  return i < 0 ? APP_TYPES.length : i;
}

export function compareApplications(a: Application, b: Application): number {
  return unitOrder(a.city) - unitOrder(b.city) || a.city.localeCompare(b.city) || typeOrder(a) - typeOrder(b)
    || a.name.localeCompare(b.name) || a.file.name.localeCompare(b.file.name);
}

function failureIssue(f: ReturnFile): Issue {
  return { code: f.failure!.code, severity: 'error', file: f.name, message: f.failure!.message };
}

export function buildMergePlan(files: ReturnFile[]): MergePlan {
  const readable = files.filter((f) => f.result && f.input && !f.failure);
  const candidates = readable.map((file, order) => {
    const id = identify(file.name, file.result!.cover, file.result!.appType);
    const date = typeof file.result!.cover?.date === 'string' ? file.result!.cover.date : undefined;
    return { key: applicationKey(id), file: file.name, date, modified: file.modified, order, id, source: file };
  });
  const { chosen, superseded } = resolveResubmissions(candidates);

  const applications: Application[] = chosen.map((c) => ({
    key: c.key, city: c.id.city, appType: c.id.appType, typeLabel: c.id.typeLabel, name: c.id.name, file: c.source,
    inferred: c.id.inferred, date: c.date, issues: c.id.issues, rollup: rollupApplication(c.source.result!, c.id.issues),
  })).sort(compareApplications);

  const details = emptyDetails();
  for (const app of applications) addApplicationRows(details, app);
  for (const sheet of Object.values(details)) padExtras(sheet);

  const groups: FileIssues[] = applications.map((a) => ({
    city: a.city, file: a.file.name, issues: [...a.file.result!.issues, ...a.issues], sheets: sheetOrder(a.file.input!),
  }));
  const extras: UnitExtraIssues[] = [];
  for (const s of superseded) {
    groups.push({ city: s.loser.id.city, file: s.loser.file, issues: [{
      code: 'file/superseded', severity: 'notice', file: s.loser.file,
      message: message('file/superseded', { file: s.loser.file, by: s.winner.file }),
    }] });
    extras.push({ city: s.loser.id.city, errors: 0, warnings: 0 });
  }
  const unreadable = files.filter((f) => f.failure);
  for (const f of unreadable) {
    const city = findUnit(f.name)?.name ?? UNKNOWN_UNIT;
    groups.push({ city, file: f.name, issues: [failureIssue(f)] });
    extras.push({ city, errors: 1, warnings: 0 });
  }

  const appByFile = new Map(applications.map((a) => [a.file.name, a]));
  const loserOf = new Map(superseded.map((s) => [s.loser.file, s]));
  const accounts: FileAccount[] = files.map((f) => {
    const base = { file: f.name, path: f.path, sha256: f.sha256, size: f.size, modified: f.modified };
    if (f.failure || !f.input) return { ...base, status: 'unreadable', failure: f.failure, city: findUnit(f.name)?.name ?? UNKNOWN_UNIT, tables: [] };
    const app = appByFile.get(f.name);
    const lost = loserOf.get(f.name);
    const id = app ?? lost!.loser.id;
    const tables = f.input.tables.map((t) => ({
      table: t.def.id as TableId, sheet: t.layout.sheet, read: t.rows.length,
      planned: app ? t.rows.length : 0, superseded: app ? 0 : t.rows.length,
    }));
    return {
      ...base, status: app ? 'merged' : 'superseded', city: id.city, typeLabel: id.typeLabel,
      app: id.name, date: app ? app.date : lost!.loser.date, supersededBy: lost?.winner.file, tables,
    };
  });

  const units = rollupUnits(applications.map((a) => ({ city: a.city, appType: a.appType?.id, rollup: a.rollup })), extras);
  return {
    applications,
    details,
    problems: problemRows(groups),
    duplicates: findDuplicateCodes(details, (o) => `${o.city}|${o.typeLabel}|${o.app}`),
    files: accounts,
    units,
    province: rollupProvince(units),
  };
}

/** Rows read, planned, superseded over all files: read = planned + superseded when nothing is lost. */
export function accountingTotals(files: FileAccount[]): { read: number; planned: number; superseded: number; written: number } {
  const t = { read: 0, planned: 0, superseded: 0, written: 0 };
  for (const f of files) for (const a of f.tables) {
    t.read += a.read;
    t.planned += a.planned;
    t.superseded += a.superseded;
    t.written += a.written ?? 0;
  }
  return t;
}
