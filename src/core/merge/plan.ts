// The whole merge decided in memory: applications identified, resubmissions resolved, detail rows with
// origins, the problem list, duplicates across applications, the per-file accounting and the roll-ups.

import type { Issue, TableId } from '../types';
import { findUnit } from '../cities';
import { APP_TYPES } from '../tables';
import { message, NOT_FILLED, quotedList, SUPERSEDED_REASON } from '../messages';
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
  const readable = files.filter((f) => f.result && f.input && !f.failure && !f.skipped);
  const candidates = readable.map((file) => {
    const id = identify(file.name, file.result!.cover, file.result!.appType);
    const date = typeof file.result!.cover?.date === 'string' ? file.result!.cover.date : undefined;
    return { key: applicationKey(id), file: file.name, date, modified: file.modified, id, source: file };
  });
  const { chosen, superseded, tied } = resolveResubmissions(candidates);

  const applications: Application[] = chosen.map((c) => ({
    key: c.key, city: c.id.city, appType: c.id.appType, typeLabel: c.id.typeLabel, name: c.id.name, file: c.source,
    inferred: c.id.inferred, date: c.date, issues: c.id.issues, rollup: rollupApplication(c.source.result!, c.id.issues),
  })).sort(compareApplications);

  const details = emptyDetails();
  const textIssues = new Map(applications.map((app) => [app, addApplicationRows(details, app)]));
  for (const sheet of Object.values(details)) padExtras(sheet);

  const groups: FileIssues[] = applications.map((a) => ({
    city: a.city, file: a.file.name, issues: [...a.file.result!.issues, ...a.issues, ...textIssues.get(a)!], sheets: sheetOrder(a.file.input!),
  }));
  const extras: UnitExtraIssues[] = [];
  const notes = new Map<string, { note: string; supersededBy?: string }>();
  for (const s of superseded) {
    const note = message('file/superseded', { file: s.loser.file, by: s.winner.file, reason: SUPERSEDED_REASON[s.reason] });
    notes.set(s.loser.file, { note, supersededBy: s.winner.file });
    groups.push({ city: s.loser.id.city, file: s.loser.file, issues: [{ code: 'file/superseded', severity: 'notice', file: s.loser.file, message: note }] });
    extras.push({ city: s.loser.id.city, errors: 0, warnings: 0 });
  }
  for (const group of tied) {
    for (const t of group) {
      const others = quotedList(group.filter((o) => o !== t).map((o) => o.file));
      const note = message('file/resubmission-tie', { file: t.file, others, date: t.date ?? NOT_FILLED });
      notes.set(t.file, { note });
      groups.push({ city: t.id.city, file: t.file, issues: [{ code: 'file/resubmission-tie', severity: 'error', file: t.file, message: note }] });
      extras.push({ city: t.id.city, errors: 1, warnings: 0 });
    }
  }
  const unreadable = files.filter((f) => f.failure && !f.skipped);
  for (const f of unreadable) {
    const city = findUnit(f.name)?.name ?? UNKNOWN_UNIT;
    groups.push({ city, file: f.name, issues: [failureIssue(f)] });
    extras.push({ city, errors: 1, warnings: 0 });
  }

  const appByFile = new Map(applications.map((a) => [a.file.name, a]));
  const candidateOf = new Map(candidates.map((c) => [c.file, c]));
  const tiedFiles = new Set(tied.flat().map((t) => t.file));
  const accounts: FileAccount[] = files.map((f) => {
    const base = { file: f.name, path: f.path, sha256: f.sha256, size: f.size, modified: f.modified };
    if (f.skipped) return { ...base, status: 'skipped', skipped: f.skipped, note: f.skipped.message, tables: [] };
    if (f.failure || !f.input) return { ...base, status: 'unreadable', failure: f.failure, city: findUnit(f.name)?.name ?? UNKNOWN_UNIT, tables: [] };
    const app = appByFile.get(f.name);
    const c = candidateOf.get(f.name)!;
    const status = app ? 'merged' : tiedFiles.has(f.name) ? 'tied' : 'superseded';
    const tables = f.input.tables.map((t) => {
      const read = t.rows.length + (t.outside?.length ?? 0);
      const merged = app ? t.rows.length : 0;
      return {
        table: t.def.id as TableId, sheet: t.layout.sheet, read, planned: merged,
        superseded: status === 'superseded' ? read : 0, leftOut: status === 'superseded' ? 0 : read - merged,
      };
    });
    return {
      ...base, status, city: c.id.city, typeLabel: c.id.typeLabel, app: c.id.name, date: c.date,
      ...notes.get(f.name), tables,
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
    tied: tied.map((g) => g.map((t) => t.file)),
  };
}

export interface AccountingTotals {
  read: number;
  planned: number;
  superseded: number;
  leftOut: number;
  written: number;
}

/** Rows over all files: read = written + superseded + left out when nothing is lost. */
export function accountingTotals(files: FileAccount[]): AccountingTotals {
  const t = { read: 0, planned: 0, superseded: 0, leftOut: 0, written: 0 };
  for (const f of files) for (const a of f.tables) {
    t.read += a.read;
    t.planned += a.planned;
    t.superseded += a.superseded;
    t.leftOut += a.leftOut;
    t.written += a.written ?? 0;
  }
  return t;
}
