// Prints each template with LibreOffice: a template that prints badly here prints badly for a clerk.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { templateTables } from '../../src/core/form';
import type { AppTypeId } from '../../src/core/types';
import { templateFileName } from '../../src/xlsx/template';
import { writeTemplate } from '../../src/xlsx/template-file';
import { skipUnlessPresent } from '../helpers/skip';

const APP_TYPES: AppTypeId[] = ['base', 'cluster', 'industrialization'];

const has = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return !r.error;
};

function pages(pdf: string): { count: number; sizes: [number, number][]; texts: string[] } {
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' }).stdout;
  const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])] as [number, number]);
  const texts = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.split('\f');
  return { count, sizes, texts };
}

describe('xlsx templates print with LibreOffice', function () {
  this.timeout(180000);
  let dir: string;

  before(function () {
    skipUnlessPresent(this, has('soffice', ['--version']) ? null : 'soffice not installed; apt-get install libreoffice-calc to run the print check');
    dir = mkdtempSync(join(tmpdir(), 'torch-print-'));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('converts every template to a non-empty PDF: cover portrait, tables landscape with every column on each page', async function () {
    const files = [];
    for (const id of APP_TYPES) {
      const f = join(dir, templateFileName(id));
      await writeTemplate(id, f);
      files.push(f);
    }
    const profile = join(dir, 'lo-profile');
    const r = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', join(dir, 'pdf'), ...files],
      { encoding: 'utf8', timeout: 150000 },
    );
    assert.equal(r.status, 0, `soffice failed: ${r.stderr}`);

    const inspect = has('pdfinfo', ['-v']) && has('pdftotext', ['-v']);
    if (!inspect) console.log('    (pdfinfo/pdftotext missing: only checking that PDFs exist; apt-get install poppler-utils)');
    for (const id of APP_TYPES) {
      const pdf = join(dir, 'pdf', templateFileName(id).replace(/\.xlsx$/, '.pdf'));
      assert.ok(existsSync(pdf), `no PDF for ${id}`);
      const bytes = readFileSync(pdf);
      assert.ok(bytes.length > 1000, `PDF for ${id} is ${bytes.length} bytes`);
      assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
      if (!inspect) continue;

      const { count, sizes, texts } = pages(pdf);
      assert.equal(sizes.length, count);
      assert.ok(texts[0].includes('申报材料填报信息'), `${id}: cover title missing on page 1`);
      assert.ok(sizes[0][0] < sizes[0][1], `${id}: cover should be portrait`);
      for (const def of templateTables(id)) {
        const tablePages = texts.map((t, i) => ({ t, i })).filter(({ t }) => t.includes(def.title));
        assert.ok(tablePages.length >= 1, `${id}: ${def.title} not printed`);
        for (const { t, i } of tablePages) {
          assert.ok(sizes[i][0] > sizes[i][1], `${id}: page ${i + 1} of ${def.shortName} is not landscape`);
          assert.ok(Math.abs(sizes[i][0] - 841.9) < 2, `${id}: page ${i + 1} is not A4`);
          // fit to width: the first and last header appear on every page of the table (repeated rows 1-3)
          assert.ok(t.includes('序号') && t.includes(def.columns[def.columns.length - 1].header), `${id}: page ${i + 1} lacks columns`);
        }
        assert.ok(tablePages.some(({ t }) => t.includes('合计') && t.includes('填表人：')), `${id}: ${def.shortName} has no 合计/footer page`);
      }
    }
  });
});
