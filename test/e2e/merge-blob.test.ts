// The pane's 下载 in Chromium takes the part-by-part way (src/xlsx/workbook-blob.ts, CompressionStream): the file has
// no folder entries (writeBuffer's JSZip writes one per folder), its content types come first, every part parses
// and its CRC is right, and it reads back as the merged workbook. (files.test.ts compares its cells with the CLI's.)
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expandInputs } from '../../src/cli/inputs';
import { DETAIL_SHEET_NAMES } from '../../src/xlsx/merged';
import { xmlProblem } from '../../src/xlsx/output-check';
import { inspectZip } from '../../src/xlsx/zip-guard';
import { NO_LIMITS, parts } from '../xlsx/same-workbook';
import { openPane, requireChromium, type PaneSession } from './browser';

const RETURNS = join(__dirname, '../../examples/returns');

describe('task pane in a browser (Chromium): the merged workbook downloaded as a Blob made part by part', function () {
  this.timeout(120000);
  let s: PaneSession;
  let tmp: string;
  let file: string;

  before(async function () {
    requireChromium(this);
    if (!existsSync(RETURNS)) this.skip();
    tmp = mkdtempSync(join(tmpdir(), 'torch-e2e-blob-'));
    s = await openPane();
    const { page } = s;
    await page.waitForSelector('#tab-files:not([hidden])');
    await page.click('#tab-merge');
    await page.setInputFiles('#merge-input', await expandInputs([RETURNS]));
    await page.waitForSelector('#merge-actions:not([hidden])');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#merge-download')]);
    file = join(tmp, download.suggestedFilename());
    await download.saveAs(file);
  });

  after(async () => {
    if (s) await s.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('is written part by part: no folder entries, the content types first, every part deflated', () => {
    const entries = inspectZip(readFileSync(file), 'pane', NO_LIMITS);
    assert.deepEqual(entries.filter((e) => e.name.endsWith('/')).map((e) => e.name), []);
    assert.equal(entries[0].name, '[Content_Types].xml');
    assert.ok(entries.length >= 25, `${entries.length} parts`);
    assert.ok(entries.every((e) => e.method === 8));
  });

  it('is a zip other readers test, every XML part parses, and it reads back as the merged workbook', async () => {
    if (existsSync('/usr/bin/unzip')) assert.match(execFileSync('unzip', ['-t', file], { encoding: 'utf8' }), /No errors detected/);
    for (const [name, text] of parts(readFileSync(file))) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      assert.equal(xmlProblem(text), undefined, name);
      if (existsSync('/usr/bin/xmllint')) execFileSync('xmllint', ['--noout', '-'], { input: text, stdio: ['pipe', 'pipe', 'pipe'] });
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    assert.equal(wb.worksheets.length, 9);
    assert.ok(wb.getWorksheet(DETAIL_SHEET_NAMES.backbone)!.actualRowCount > 10);
    assert.deepEqual(s.errors, []);
  });
});
