// The pane's merged workbook as a Blob assembled part by part (workbook-blob.ts, zip-blob.ts) against the bytes the
// pane wrote before (exceljs writeBuffer + the output check) from the same workbook: every part byte for byte, the
// file read back cell by cell, a zip other readers test, every XML part parsed by a real parser; the workbook left
// as it was (写入当前工作簿 still reads it) and a bad part stopped as the output check stops it.

import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildMergePlan } from '../../src/core/merge';
import { readReturns } from '../../src/cli/merge-command';
import { expandInputs } from '../../src/cli/inputs';
import { buildMergedWorkbook, DETAIL_SHEET_NAMES, mergedWorkbookBytes } from '../../src/xlsx/merged';
import { workbookBlob } from '../../src/xlsx/workbook-blob';
import { crc32, utf8Slices, ZipBlobWriter } from '../../src/xlsx/zip-blob';
import { OutputCheckError, PartCheck, xmlProblem } from '../../src/xlsx/output-check';
import { inspectZip } from '../../src/xlsx/zip-guard';
import { toSheetData } from '../../src/xlsx/to-sheet-data';
import { workbookFile } from '../../src/returns/merge-files';
import { writeProvince, type Province } from './merged-fixture';
import { assertSameWorkbook, load, NO_LIMITS, parts, tablesOf } from './same-workbook';

const RUN = { startedAt: '2018-06-05T08:00:00.000Z', toolVersion: 'test', templateVersion: '2018' };
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const blobBytes = async (b: Blob) => new Uint8Array(await b.arrayBuffer());
/** the parts with content: JSZip (writeBuffer) also writes an entry per folder */
const named = (m: Map<string, string>) => [...m.keys()].filter((n) => !n.endsWith('/')).sort();

describe('pane: the merged workbook as a Blob assembled part by part', function () {
  this.timeout(120000);
  let p: Province;
  let workbook: ExcelJS.Workbook;
  let today: Uint8Array;
  let blob: Blob;
  let now: Uint8Array;
  let dir: string;

  before(async () => {
    p = await writeProvince();
    dir = mkdtempSync(join(tmpdir(), 'torch-blob-'));
    const plan = buildMergePlan(await readReturns(await expandInputs([p.dir])));
    workbook = buildMergedWorkbook(plan, RUN).workbook;
    // docProps/core.xml holds the time of writing otherwise
    workbook.modified = new Date(RUN.startedAt);
    today = await mergedWorkbookBytes(workbook);
    blob = await workbookBlob(workbook, XLSX);
    now = await blobBytes(blob);
  });
  after(() => {
    rmSync(p.dir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('holds the parts writeBuffer writes, in its order, each byte for byte, every one deflated, typed as .xlsx', () => {
    const [a, b] = [parts(today), parts(now)];
    const inOrder = (m: Map<string, string>) => [...m.keys()].filter((n) => !n.endsWith('/'));
    assert.deepEqual(inOrder(b), inOrder(a));
    assert.equal(inOrder(b)[0], '[Content_Types].xml');
    assert.ok(named(b).length >= 25, named(b).join(' '));
    for (const n of named(a)) assert.equal(b.get(n), a.get(n), n);
    assert.ok(b.get('xl/tables/table4.xml'), 'the four detail tables');
    assert.ok(inspectZip(now, 'out', NO_LIMITS).every((e) => e.method === 8), 'every part deflated');
    assert.equal(blob.type, XLSX);
    assert.equal(blob.size, now.length);
  });

  it('reads back as today\'s file: cells, formulas with results, styles, tables, filters, defined names, panes, widths, print setup', async () => {
    const [a, b] = [await load(today), await load(now)];
    const cells = assertSameWorkbook(b, a);
    assert.ok(cells > 500, `${cells} cells compared`);
    assert.equal(tablesOf(b.getWorksheet(DETAIL_SHEET_NAMES.backbone)!).length, 1, 'the detail sheet is an Excel table');
    assert.match(parts(now).get('xl/workbook.xml')!, /<definedName name="_xlnm\.Print_Titles" localSheetId="2">&apos;骨干企业&apos;!\$1:\$1</, 'print titles');
    assert.ok(b.worksheets.some((ws) => ws.autoFilter), 'a filter without a table (问题清单)');
  });

  it('is a zip other readers test (CRCs included), and every XML part parses (xmllint)', function () {
    const file = join(dir, 'now.xlsx');
    writeFileSync(file, now);
    if (existsSync('/usr/bin/unzip')) {
      assert.match(execFileSync('unzip', ['-t', file], { encoding: 'utf8' }), /No errors detected/);
    }
    try {
      const out = execFileSync('python3', ['-c', 'import sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); print(z.testzip() or "ok", len(z.namelist()))', file], { encoding: 'utf8' });
      assert.equal(out.trim(), `ok ${named(parts(now)).length}`);
    } catch (e) {
      if (existsSync('/usr/bin/unzip')) assert.ok(!(e instanceof assert.AssertionError), String(e));
      else this.skip();
    }
    if (!existsSync('/usr/bin/xmllint')) return;
    for (const [name, text] of parts(now)) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      execFileSync('xmllint', ['--noout', '-'], { input: text, stdio: ['pipe', 'pipe', 'pipe'] });
      assert.equal(xmlProblem(text), undefined, name);
    }
  });

  it('leaves the workbook as it was: written again the same, 写入当前工作簿 reads the same sheets', async () => {
    const before = toSheetData(workbook);
    const again = parts(await blobBytes(await workbookFile(workbook, XLSX)));
    const first = parts(now);
    for (const n of named(first)) assert.equal(again.get(n), first.get(n), n);
    assert.deepEqual(toSheetData(workbook), before);
    assert.ok(before.find((s) => s.name === DETAIL_SHEET_NAMES.backbone)!.rows.length > 3);
  });

  it('is today\'s file itself where the browser cannot deflate in a stream', async () => {
    const g = globalThis as { CompressionStream: unknown };
    const saved = g.CompressionStream;
    g.CompressionStream = class {
      constructor() {
        throw new TypeError('Unsupported compression format');
      }
    };
    let file: Blob;
    try {
      file = await workbookFile(workbook, XLSX);
    } finally {
      g.CompressionStream = saved;
    }
    assert.equal(file.type, XLSX);
    assert.deepEqual([...parts(await blobBytes(file))], [...parts(today)], 'writeBuffer\'s parts, folder entries and all');
  });

  it('stops at a part that is not XML 1.0 text, naming it, as the bytes\' check does', async () => {
    const bad = new ExcelJS.Workbook();
    // exceljs drops C0 controls itself but writes U+FFFE, which XML 1.0 does not allow
    bad.addWorksheet('S').getCell('A1').value = 'a\uFFFEb';
    await assert.rejects(workbookBlob(bad, XLSX), (e: unknown) => e instanceof OutputCheckError && e.part === 'xl/sharedStrings.xml');
    await assert.rejects(mergedWorkbookBytes(bad), (e: unknown) => e instanceof OutputCheckError && e.part === 'xl/sharedStrings.xml');
    // in a sheet's rows, which are checked a batch at a time
    const inRows = new ExcelJS.Workbook();
    inRows.addWorksheet('S').getCell('A1500').value = { formula: 'B1&"\uFFFE"', result: 'x' };
    await assert.rejects(workbookBlob(inRows, XLSX), (e: unknown) => e instanceof OutputCheckError && e.part === 'xl/worksheets/sheet1.xml');
  });
});

describe('pane: a big sheet in the Blob, a batch of rows at a time', function () {
  this.timeout(60000);

  /** 2,500 rows (three batches): text, shared text, numbers, dates, formulas with results, styles, a link, merges. */
  function bigBook(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    wb.created = wb.modified = new Date(Date.UTC(2018, 5, 5));
    const ws = wb.addWorksheet('明细', { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = [{ width: 20 }, { width: 12, style: { numFmt: '#,##0.00' } }, { width: 10 }, { width: 14 }];
    ws.addRow(['名称', '金额', '类别', '日期']).font = { bold: true };
    for (let r = 2; r <= 2501; r++) {
      const row = ws.getRow(r);
      row.values = [`山西测试${r}号公司 & <甲>`, r * 1.25, ['甲', '乙', '丙'][r % 3], new Date(Date.UTC(2018, 0, 1 + (r % 300)))];
      row.getCell(5).value = { formula: `B${r}*2`, result: r * 2.5 };
      if (r % 500 === 0) row.getCell(1).font = { italic: true, color: { argb: 'FFC00000' } };
    }
    ws.getCell('F2').value = { text: '见官网', hyperlink: 'http://example.com/' };
    ws.mergeCells('G1:H1');
    ws.autoFilter = 'A1:E2501';
    wb.addWorksheet('空');
    // rendered whole, as writeBuffer does: a note and shared formulas
    const whole = wb.addWorksheet('整');
    for (let r = 1; r <= 1500; r++) whole.getCell(`A${r}`).value = r;
    whole.fillFormula('B1:B1500', 'A1*2', (r) => r * 2);
    whole.getCell('C3').note = '说明';
    return wb;
  }

  it('writes every part as writeBuffer does, byte for byte, and reads back cell by cell', async () => {
    const wb = bigBook();
    const today = await mergedWorkbookBytes(wb);
    const now = await blobBytes(await workbookBlob(wb, XLSX));
    const [a, b] = [parts(today), parts(now)];
    assert.deepEqual(named(b), named(a));
    for (const n of named(a)) assert.equal(b.get(n), a.get(n), n);
    assert.ok(b.get('xl/worksheets/sheet1.xml')!.length > 400_000);
    assert.ok(b.get('xl/worksheets/_rels/sheet1.xml.rels')!.includes('http://example.com/'), 'the link\'s relationship');
    assert.match(b.get('xl/worksheets/sheet3.xml')!, /<f t="shared" ref="B1:B1500" si="0">/);
    assert.ok(b.get('xl/comments3.xml'), 'the note');
    assert.ok(assertSameWorkbook(await load(now), await load(today)) > 12_500);
  });

  it('checks a part in pieces as it checks it whole: structure up to the size checked whole, characters beyond', () => {
    const pieces = (xs: string[]) => {
      const c = new PartCheck();
      xs.forEach((x) => c.add(x));
      return c.problem();
    };
    assert.equal(pieces(['<a>', '<b/>', '</a>']), undefined);
    assert.equal(pieces(['<a>', '<b>', '</a>']), xmlProblem('<a><b></a>'));
    assert.match(pieces(['<a>', '\uFFFE', '</a>'])!, /character/);
    const big = 'x'.repeat(5 * 1024 * 1024);
    assert.equal(pieces(['<a>', big, '<b>', big, '</a>']), undefined, 'past the size checked whole: characters only');
    assert.match(pieces(['<a>', big, big, '\uFFFE', '</a>'])!, /character/);
    assert.match(pieces(['<a>', '\uFFFE', big, big, '</a>'])!, /character/);
  });
});

describe('pane: the zip writer of the Blob', () => {
  it('takes the zip CRC-32, also over chunks', () => {
    const text = new TextEncoder().encode('123456789');
    assert.equal(crc32(text), 0xcbf43926);
    assert.equal(crc32(text.subarray(4), crc32(text.subarray(0, 4))), 0xcbf43926);
    assert.equal(crc32(new Uint8Array(0)), 0);
  });

  it('cuts text into UTF-8 slices without splitting a character', () => {
    // a four-byte character (a surrogate pair in the string) right across the first slice's end
    const text = `${'a'.repeat((1 << 20) - 1)}𠀀${'汉'.repeat(1000)}`;
    const slices = [...utf8Slices(text)];
    assert.equal(slices.length, 2);
    assert.equal(slices.map((s) => new TextDecoder('utf-8', { fatal: true }).decode(s)).join(''), text);
  });

  it('writes entries other readers list and inflate, and refuses a name twice', async () => {
    const zip = new ZipBlobWriter(new Date(2018, 5, 5, 8, 0, 2));
    const big = 'x'.repeat(3 << 20);
    // the two parts without which the zip guard takes no zip for a workbook
    await zip.add('[Content_Types].xml', utf8Slices('<a>甲</a>'));
    await zip.add('说明/b.txt', utf8Slices(big));
    await zip.add('xl/workbook.xml', []);
    await assert.rejects(zip.add('xl/workbook.xml', []), /twice/);
    const bytes = await blobBytes(zip.blob('application/zip', ['xl/workbook.xml']));
    const got = parts(bytes);
    assert.deepEqual([...got.keys()], ['xl/workbook.xml', '[Content_Types].xml', '说明/b.txt']);
    assert.equal(got.get('[Content_Types].xml'), '<a>甲</a>');
    assert.equal(got.get('说明/b.txt'), big);
    assert.equal(got.get('xl/workbook.xml'), '');
    assert.ok(bytes.length < 100_000, `deflated: ${bytes.length} bytes`);
    try {
      const out = execFileSync('python3', ['-c', 'import io,sys,zipfile; z=zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())); print(z.testzip() or "ok", z.namelist()[2], z.infolist()[0].date_time)'], { input: bytes, encoding: 'utf8' });
      assert.equal(out.trim(), 'ok 说明/b.txt (2018, 6, 5, 8, 0, 2)');
    } catch (e) {
      if (e instanceof assert.AssertionError) throw e;
    }
  });
});
