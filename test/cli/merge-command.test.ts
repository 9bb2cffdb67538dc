import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeCommand, displayNames, terminalProgress } from '../../src/cli/merge-command';
import { UsageError } from '../../src/cli/args';
import { openWorkbook, sheetRows } from '../xlsx/merged-fixture';

const EXAMPLES = join(__dirname, '../../examples');

interface Expected {
  files: { file: string; city: string; appName: string; tables: Record<string, { sheet: string; rows: number; sums: Record<string, number> }> }[];
  resubmissions: { superseded: string; by: string }[];
  crossDuplicates: { uscc: string; occurrences: { file: string; sheet: string; row: number }[] }[];
}

describe('torch-tables merge (examples/returns)', function () {
  this.timeout(120000);
  let dir: string;
  let lines: string[];
  let code: number;
  let report: any;
  let expected: Expected;

  before(async function () {
    if (!existsSync(join(EXAMPLES, 'expected.json'))) {
      console.log('      (skipped: examples/returns and examples/expected.json are not there)');
      this.skip();
    }
    expected = JSON.parse(readFileSync(join(EXAMPLES, 'expected.json'), 'utf8'));
    dir = mkdtempSync(join(tmpdir(), 'torch-merge-cli-'));
    lines = [];
    code = await mergeCommand([join(EXAMPLES, 'returns'), '-o', join(dir, '合并.xlsx'), '--json', join(dir, 'r.json')], (l) => lines.push(l));
    report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('merges every return, states rows read = written + superseded, exits 1 for returns with errors', () => {
    assert.equal(code, 1);
    assert.equal(report.rows.ok, true);
    assert.equal(report.rows.read, report.rows.written + report.rows.superseded);
    assert.match(lines[0], /已合并 9 个申报项目（10 个文件）/);
  });

  it('reads as many rows per file and table as the generator wrote, and writes them all', () => {
    for (const f of expected.files) {
      const got = report.files.find((x: any) => x.file === f.file);
      for (const [table, t] of Object.entries(f.tables)) {
        const a = got.tables.find((x: any) => x.table === table);
        assert.equal(a.read, t.rows, `${f.file} ${table}`);
        assert.equal(a.written + a.superseded, t.rows, `${f.file} ${table}`);
      }
    }
  });

  it('sums each table of each merged return as the generator computed it', async () => {
    const wb = await openWorkbook(join(dir, '合并.xlsx'));
    const sheetOf: Record<string, string> = { backbone: '骨干企业', related: '关联企业', cluster: '集群企业和机构', services: '科技服务机构' };
    const superseded = new Set(expected.resubmissions.map((r) => r.superseded));
    for (const f of expected.files.filter((x) => !superseded.has(x.file))) {
      for (const [table, t] of Object.entries(f.tables)) {
        const rows = sheetRows(wb.getWorksheet(sheetOf[table])!).filter((r) => r['来源文件'] === f.file);
        assert.equal(rows.length, t.rows);
        for (const [field, sum] of Object.entries(t.sums)) {
          const header = Object.keys(rows[0]).find((h) => h.startsWith(field === 'revenue' ? (table === 'cluster' ? '营业收入' : '总收入') : '从业人员'))!;
          const total = rows.reduce((s, r) => s + (typeof r[header] === 'number' ? (r[header] as number) : 0), 0);
          assert.ok(Math.abs(total - sum) < 1e-6, `${f.file} ${table} ${field}: ${total} ≠ ${sum}`);
        }
      }
      const app = report.applications.find((a: any) => a.file === f.file);
      assert.equal(app.name, f.appName);
      assert.equal(app.city, f.city);
    }
  });

  it('names the superseded return and finds the duplicates across applications the generator planted', () => {
    for (const r of expected.resubmissions) {
      assert.equal(report.files.find((f: any) => f.file === r.superseded).supersededBy, r.by);
    }
    for (const d of expected.crossDuplicates) {
      const got = report.duplicates.find((x: any) => x.code === d.uscc);
      assert.ok(got, `duplicate ${d.uscc} not found`);
      assert.deepEqual(got.occurrences.map((o: any) => [o.file, o.sheet, o.row]).sort(), d.occurrences.map((o) => [o.file, o.sheet, o.row]).sort());
    }
  });
});

describe('torch-tables merge: usage', () => {
  it('asks for inputs and for -o', async () => {
    await assert.rejects(mergeCommand([], () => {}), UsageError);
    await assert.rejects(mergeCommand(['x.xlsx'], () => {}), /-o/);
    await assert.rejects(mergeCommand(['x.xlsx', '-o', 'out.csv'], () => {}), /\.xlsx/);
  });

  it('says in plain words, naming the file, when the result cannot be written (e.g. still open in Excel)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'torch-merge-out-'));
    try {
      // a folder where the result should go: writing fails the way a locked or read-only file does
      const out = join(dir, '全省汇总.xlsx');
      mkdirSync(out);
      const err = await mergeCommand([join(EXAMPLES, 'returns', '晋中市-晋中液压装备创新型产业集群.xlsx'), '-o', out], () => {}).then(
        () => assert.fail('expected the merge to fail'),
        (e: unknown) => e,
      );
      assert.ok(err instanceof UsageError, `a usage-level error (exit 2, no stack), got ${String(err)}`);
      assert.match(err.message, /无法写入「.*全省汇总\.xlsx」/);
      assert.doesNotMatch(err.message, /EISDIR|illegal operation/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('shows the folder only for files that share a name', () => {
    assert.deepEqual(displayNames(['a/x.xlsx', 'b/x.xlsx', 'b/y.xlsx']), ['a/x.xlsx', 'b/x.xlsx', 'y.xlsx']);
  });
});

describe('torch-tables merge: progress', () => {
  it('draws a bar on a terminal and stays quiet otherwise', () => {
    const written: string[] = [];
    const tty = { isTTY: true, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const p = terminalProgress(tty)!;
    p(1, 4, 'a.xlsx');
    p(4, 4, '');
    assert.match(written[0], /1\/4 a\.xlsx/);
    assert.match(written[1], /4\/4 完成\n$/);
    assert.equal(terminalProgress({ isTTY: false } as unknown as NodeJS.WriteStream), undefined);
  });
});
