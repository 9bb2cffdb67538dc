// Each sample read by the real reader and checked by the engine: the deliberate mistakes are found at the
// documented cells, and nothing else is reported.
import { strict as assert } from 'assert';
import * as path from 'path';
import type { Issue } from '../../src/core/types';
import { readWorkbookFile } from '../../src/xlsx/read';
import { validateWorkbook, type ValidationResult } from '../../src/core/validate';
import type { ExpectedFile, ExpectedMistake } from '../../examples/generator/expected';
import { RETURNS, committedExpected } from './samples';

const where = (x: { sheet?: string; column?: string; row?: number; code: string }) =>
  x.column ? `${x.code} @ ${x.sheet}!${x.column}${x.row}` : `${x.code} @ workbook`;

const issueKey = (i: Issue) => where({ code: i.code, sheet: i.sheet, column: i.column, row: i.column ? i.row : undefined });
const mistakeKey = (m: ExpectedMistake) => where({ code: m.code, sheet: m.sheet, column: m.column, row: m.row });

describe('sample returns: read and checked by the engine', function () {
  this.timeout(60000);
  const expected = committedExpected();
  const results = new Map<string, ValidationResult>();

  before(async () => {
    for (const f of expected.files) results.set(f.file, validateWorkbook(await readWorkbookFile(path.join(RETURNS, f.file))));
  });

  for (const f of expected.files) {
    describe(f.file, () => {
      it('reports exactly the documented mistakes, each at its documented cell', () => {
        const got = results.get(f.file)!.issues.map(issueKey).sort();
        const want = f.mistakes.map(mistakeKey).sort();
        assert.deepEqual(got, want);
      });

      it('gives each documented mistake its documented severity', () => {
        const issues = results.get(f.file)!.issues;
        for (const m of f.mistakes) {
          const i = issues.find((x) => issueKey(x) === mistakeKey(m));
          assert.ok(i, mistakeKey(m));
          assert.equal(i.severity, m.severity, mistakeKey(m));
          if (m.field && m.column) assert.equal(i.field, m.field, mistakeKey(m));
        }
      });

      it('reads every table with its documented rows and sums', () => {
        const r = results.get(f.file)!;
        assert.deepEqual(r.tables.map((t) => t.def.id).sort(), Object.keys(f.tables).sort());
        for (const t of r.tables) {
          const e = f.tables[t.def.id]!;
          assert.equal(t.layout.sheet, e.sheet);
          assert.equal(t.rows.length, e.rows, `${t.def.id}: rows`);
          for (const [key, sum] of Object.entries(e.sums)) {
            const s = t.rows.reduce((acc, row) => acc + (typeof row.values[key] === 'number' ? (row.values[key] as number) : 0), 0);
            assert.ok(Math.abs(s - sum) < 1e-6, `${t.def.id}.${key}: ${s} vs ${sum}`);
          }
        }
      });

      it('reads the cover (or finds none) as documented', () => {
        const r = results.get(f.file)!;
        assertCover(f, r);
      });
    });
  }

  it('keeps the extra 所属行业 column of the hand-made return as text', () => {
    const hand = expected.files.find((f) => f.layout === 'hand')!;
    const backbone = results.get(hand.file)!.tables.find((t) => t.def.id === 'backbone')!;
    assert.ok(backbone.rows.every((r) => typeof r.extras['所属行业'] === 'string' && r.extras['所属行业'] !== ''));
  });
});

function assertCover(f: ExpectedFile, r: ValidationResult): void {
  if (!f.hasCover) {
    assert.equal(r.cover, undefined);
    return;
  }
  assert.ok(r.cover, 'cover read');
  assert.equal(r.cover.city, f.city);
  assert.equal(r.cover.appName, f.appName);
  assert.equal(r.cover.date, f.date);
  assert.equal(r.appType?.id, f.appType);
}
