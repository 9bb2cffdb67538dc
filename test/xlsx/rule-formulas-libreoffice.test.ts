// The agreement test: the conditional formats of the templates and `torch-tables validate` mark the same cells.
// Generated rows covering every rule and its edge cases go into a template; each conditional format's formula is
// copied, moved to each data cell as Excel moves it, into a verdict cell beside the table; LibreOffice (headless,
// one run for both templates) recalculates them; each verdict is compared with the engine's issues on the same file.
// A verdict cell holds 1 (marked) or 2 (not marked: exceljs reads a cached 0 as no result); a formula that works
// out to an error value counts as "not marked", as it does in a conditional format.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildWorkbookPlan } from '../../src/core/form/workbook-plan';
import type { PlannedConditionalFormat, SheetPlan } from '../../src/core/form/plan-types';
import { CONFIRM_HEADER_ROW, CONFIRM_SHEET } from '../../src/core/form/constants';
import { columnIndex, columnLetter } from '../../src/core/columns';
import { cover, tableDef } from '../../src/core/tables';
import type { AppTypeId, CellInput, Issue } from '../../src/core/types';
import { validateWorkbook } from '../../src/core/validate';
import { readWorkbookFile } from '../../src/xlsx/read';
import { templateWorkbook } from '../../src/xlsx/template';
import { skipUnlessPresent } from '../helpers/skip';
import { recalculateInLibreOffice, soffice } from '../helpers/libreoffice';
import { badChecksum, caseRows, columnCases, type CaseRow } from './rule-cases';
import { checkCover } from '../../src/core/checks/cover';
import { shiftFormula } from './shift-formula';
import JSZip from 'jszip';

interface Verdict {
  sheet: string;
  /** the data cell judged */
  cell: string;
  row: number;
  column: string;
  /** where the formula sits */
  at: string;
  cf: PlannedConditionalFormat;
  why: string;
  shown: string;
  /** the engine's verdict, where it is not looked up in the issues of the file (cover values) */
  engine?: boolean;
}

interface Prepared {
  appType: AppTypeId;
  file: string;
  issues: Issue[];
  verdicts: Verdict[];
  tables: SheetPlan[];
  cover: SheetPlan;
  /** engine errors on the cover's trial values that no formula covers */
  coverUncovered: string[];
}

/** What the README lists as checked on the cover by the engine only. */
const COVER_ENGINE_ONLY = ['cell/year', 'cell/phone', 'cell/email', 'cell/date'];

const CONFIRMED = badChecksum(7777);

function display(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** Fills a template with the case rows, runs the engine on it, then adds the verdict cells. */
async function prepare(appType: AppTypeId, dir: string): Promise<Prepared> {
  const probe = buildWorkbookPlan(appType);
  const ids = probe.sheets.filter((s) => s.tableId).map((s) => s.tableId!);
  // the 骨干企业 table first: its first valid row's name is what the 关联企业 rows refer to
  const rowsOf = new Map<string, CaseRow[]>();
  let seed = 1;
  for (const id of ids) {
    const backbone = rowsOf.get('backbone')?.[0].values.name as string | undefined;
    const rows = caseRows(tableDef(id), seed, { backbone, confirmedCode: CONFIRMED });
    seed += 1000;
    rowsOf.set(id, rows);
  }
  const dataRows = Math.max(...[...rowsOf.values()].map((r) => r.length)) + 3;
  const plan = buildWorkbookPlan(appType, { dataRows });
  const wb = templateWorkbook(appType, { dataRows });
  wb.getWorksheet(CONFIRM_SHEET)!.getCell(`A${CONFIRM_HEADER_ROW + 1}`).value = CONFIRMED;
  const tables = plan.sheets.filter((s) => s.tableId);
  const why = new Map<string, string>();
  for (const sp of tables) {
    const ws = wb.getWorksheet(sp.name)!;
    const L = sp.layout!;
    rowsOf.get(sp.tableId!)!.forEach((r, i) => {
      const row = L.firstDataRow + i;
      for (const [key, v] of Object.entries(r.values)) {
        why.set(`${sp.name}!${L.columns[key]}${row}`, r.whys?.[key] ?? r.why);
        if (v !== null) ws.getCell(`${L.columns[key]}${row}`).value = v;
      }
    });
  }
  const input = join(dir, `${appType}-input.xlsx`);
  await wb.xlsx.writeFile(input);
  const issues = validateWorkbook(await readWorkbookFile(input)).issues;

  const verdicts: Verdict[] = [];
  for (const sp of tables) {
    const ws = wb.getWorksheet(sp.name)!;
    const L = sp.layout!;
    const used = rowsOf.get(sp.tableId!)!.length;
    let next = Math.max(...Object.values(L.columns).map(columnIndex)) + 2;
    for (const cf of sp.conditionalFormats ?? []) {
      const [from, to] = cf.range.split(':').map((a) => /^([A-Z]+)(\d+)$/.exec(a)!);
      for (let c = columnIndex(from[1]); c <= columnIndex(to[1]); c++, next++) {
        for (let row = L.firstDataRow; row < L.firstDataRow + used; row++) {
          const at = `${columnLetter(next)}${row}`;
          const formula = shiftFormula(cf.formula, row - Number(from[2]), c - columnIndex(from[1]));
          ws.getCell(at).value = { formula: `IF(${formula},1,2)` } as ExcelJS.CellFormulaValue;
          const column = columnLetter(c);
          const shown = display(ws.getCell(`${column}${row}`).value);
          verdicts.push({ sheet: sp.name, cell: `${column}${row}`, row, column, at, cf, why: why.get(`${sp.name}!${column}${row}`) ?? '', shown });
        }
      }
    }
  }
  const coverUncovered = addCoverVerdicts(plan.sheets.find((s) => s.kind === 'cover')!, wb, verdicts);
  const file = join(dir, `${appType}.xlsx`);
  await wb.xlsx.writeFile(file);
  return { appType, file, issues, verdicts, tables, cover: plan.sheets.find((s) => s.kind === 'cover')!, coverUncovered };
}

/**
 * The cover has one value cell per field, so its trial values go beside it, in the field's row from column E on;
 * the engine's verdict on each is checkCover's (what validate runs on a cover) for that value in the field's cell.
 */
function addCoverVerdicts(sp: SheetPlan, wb: ExcelJS.Workbook, verdicts: Verdict[]): string[] {
  const ws = wb.getWorksheet(sp.name)!;
  const cells = sp.coverLayout!.fieldCells;
  const uncovered: string[] = [];
  let seed = 50000;
  const trials = new Map(cover.fields.map((f) => [f.key, columnCases(f, () => seed++)]));
  const first = 5;
  const verdictAt = first + Math.max(...[...trials.values()].map((t) => t.length)) + 1;
  for (const f of cover.fields) {
    const home = cells[f.key];
    const row = Number(/\d+$/.exec(home)![0]);
    const mine = (sp.conditionalFormats ?? []).filter((cf) => cf.range === `${home}:${home}`);
    let next = verdictAt;
    trials.get(f.key)!.forEach(([value, why], i) => {
      const column = columnLetter(first + i);
      if (value !== null) ws.getCell(`${column}${row}`).value = value;
      const issues = checkCover({ sheet: sp.name, values: { [f.key]: value as CellInput }, cells: { [f.key]: home } }).issues
        .filter((x) => x.field === f.header && x.severity === 'error');
      for (const x of issues) if (!mine.some((cf) => cf.codes.includes(x.code)) && !COVER_ENGINE_ONLY.includes(x.code)) uncovered.push(`${f.key} ${x.code} 「${display(value)}」`);
      for (const cf of mine) {
        const at = `${columnLetter(next++)}${row}`;
        ws.getCell(at).value = { formula: `IF(${shiftFormula(cf.formula, 0, first + i - 2)},1,2)` } as ExcelJS.CellFormulaValue;
        const engine = issues.some((x) => cf.codes.includes(x.code));
        verdicts.push({ sheet: sp.name, cell: `${column}${row}`, row, column, at, cf, why: `${f.key}: ${why}`, shown: display(value), engine });
      }
    });
  }
  return uncovered;
}

describe('rule formulas: the templates mark what `validate` reports (LibreOffice)', function () {
  this.timeout(180000);
  const bin = soffice();
  let dir: string;
  const prepared: Prepared[] = [];
  const recalculated = new Map<AppTypeId, ExcelJS.Workbook>();

  before(async function () {
    skipUnlessPresent(this, bin ? null : 'LibreOffice `soffice` is not installed; scripts/install-system-deps.sh installs it');
    dir = mkdtempSync(join(tmpdir(), 'torch-rules-lo-'));
    for (const t of ['base', 'cluster'] as AppTypeId[]) prepared.push(await prepare(t, dir));
    const out = join(dir, 'lo');
    mkdirSync(out);
    recalculateInLibreOffice(bin!, prepared.map((p) => p.file), out, join(dir, 'profile'));
    for (const p of prepared) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(join(out, `${p.appType}.xlsx`));
      recalculated.set(p.appType, wb);
    }
  });
  after(() => dir && !process.env.KEEP && rmSync(dir, { recursive: true, force: true }));

  for (const appType of ['base', 'cluster'] as AppTypeId[]) {
    it(`${appType}: every verdict of every rule formula equals the engine's`, () => {
      const p = prepared.find((x) => x.appType === appType)!;
      const wb = recalculated.get(appType)!;
      const wrong: string[] = [];
      const marked = new Set<string>();
      for (const v of p.verdicts) {
        const result = (wb.getWorksheet(v.sheet)!.getCell(v.at).value as { result?: unknown } | null)?.result;
        if (result === undefined || result === null) {
          wrong.push(`${v.sheet}!${v.at}: LibreOffice gave no result for ${v.cf.check} of ${v.cell}`);
          continue;
        }
        const formula = result === 1;
        const engine = v.engine ?? p.issues.some((i) => i.sheet === v.sheet && i.row === v.row && i.column === v.column && v.cf.codes.includes(i.code));
        if (formula && engine) marked.add(`${v.sheet}:${v.cf.check}:${v.cf.range}`);
        if (formula !== engine) {
          wrong.push(`${v.sheet}!${v.cell} ${v.cf.check} (${v.why}) value 「${v.shown}」: formula ${formula ? 'marks' : 'does not mark'}, engine ${engine ? 'reports' : 'does not report'}`);
        }
      }
      assert.deepEqual(wrong.slice(0, 20), [], `${wrong.length} disagreements`);
      // every rule met at least one case that both mark: the cases exercise every formula
      const idle = [...p.tables, p.cover].flatMap((s) => (s.conditionalFormats ?? []).map((cf) => `${s.name}:${cf.check}:${cf.range}`)).filter((k) => !marked.has(k));
      assert.deepEqual(idle, [], 'rules no case marked');
    });

    it(`${appType}: every error the engine reports in a data cell is one a formula covers`, () => {
      const p = prepared.find((x) => x.appType === appType)!;
      const uncovered = p.issues.filter((i) => {
        const sp = p.tables.find((s) => s.name === i.sheet);
        if (!sp || i.severity !== 'error' || !i.column || i.row === undefined) return false;
        if (i.row < sp.layout!.firstDataRow || i.row > sp.layout!.lastDataRow) return false;
        const c = columnIndex(i.column);
        return !(sp.conditionalFormats ?? []).some((cf) => {
          const [a, b] = cf.range.split(':').map((x) => columnIndex(x.replace(/\d+$/, '')));
          return c >= a && c <= b && cf.codes.includes(i.code);
        });
      }).map((i) => `${i.sheet}!${i.column}${i.row} ${i.code} 「${i.value ?? ''}」`);
      assert.deepEqual(uncovered, []);
      assert.deepEqual(p.coverUncovered, [], 'cover');
    });

    it(`${appType}: LibreOffice keeps every conditional format of the tables`, async () => {
      const p = prepared.find((x) => x.appType === appType)!;
      const zip = await JSZip.loadAsync(readFileSync(join(dir, 'lo', `${appType}.xlsx`)));
      const wbXml = await zip.file('xl/workbook.xml')!.async('string');
      const sheetNames = [...wbXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
      for (const sp of [...p.tables, p.cover]) {
        const xml = await zip.file(`xl/worksheets/sheet${sheetNames.indexOf(sp.name) + 1}.xml`)!.async('string');
        const rules = (xml.match(/<cfRule /g) ?? []).length;
        assert.equal(rules, sp.conditionalFormats!.length, sp.name);
      }
    });
  }
});
