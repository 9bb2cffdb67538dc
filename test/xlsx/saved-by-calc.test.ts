// A return saved again by another spreadsheet program (LibreOffice Calc here, standing in for WPS and Calc users):
// its XML differs from what exceljs writes (styles, shared strings, formulas), yet it must read and check the same.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkbookFile } from '../../src/xlsx/read';
import { validateWorkbook } from '../../src/core/validate';
import { skipUnlessPresent } from '../helpers/skip';
import { soffice } from '../helpers/libreoffice';

const RETURNS = join(__dirname, '../../examples/returns');
const FILES = ['长治市-长治光电子特色产业基地.xlsx', '运城市-运城镁铝合金新材料特色产业基地.xlsx', '大同市-大同新能源汽车零部件创新型产业集群.xlsx',
  '阳泉市-阳泉节能环保装备特色产业基地.xlsx'];

const summary = async (file: string) => {
  const r = validateWorkbook(await readWorkbookFile(file));
  return {
    issues: r.issues.map((i) => `${i.code}@${i.sheet}!${i.column ?? ''}${i.row ?? ''}`).sort(),
    rows: r.tables.map((t) => `${t.def.id}:${t.rows.length}`).sort(),
    city: r.cover?.city,
  };
};

describe('returns saved again by LibreOffice Calc', function () {
  this.timeout(180_000);
  let dir: string;
  before(function () {
    skipUnlessPresent(this, soffice() ? (existsSync(RETURNS) ? null : 'examples/returns is not there') : 'LibreOffice `soffice` is not installed');
    dir = mkdtempSync(join(tmpdir(), 'torch-calc-'));
    for (const f of FILES) copyFileSync(join(RETURNS, f), join(dir, f));
    execFileSync(soffice()!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'calc'), ...FILES.map((f) => join(dir, f))], { stdio: 'ignore' });
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  for (const f of FILES) {
    it(`${f}: the same rows and the same issues at the same cells`, async () => {
      const calc = join(dir, 'calc', f);
      assert.ok(existsSync(calc), 'Calc wrote the file');
      const [mine, theirs] = [await summary(join(dir, f)), await summary(calc)];
      assert.ok(mine.rows.length > 0);
      assert.deepEqual(theirs, mine);
    });
  }

  it('the hand-laid return: Calc keeps what a person sees, so merged values, the cover and percentages read the same', async () => {
    const f = '阳泉市-阳泉节能环保装备特色产业基地.xlsx';
    const read = async (file: string) => {
      const r = validateWorkbook(await readWorkbookFile(file));
      return { cover: r.cover, rows: r.tables.map((t) => t.rows.map((x) => ({ values: x.values, extras: x.extras }))) };
    };
    const [mine, theirs] = [await read(join(dir, f)), await read(join(dir, 'calc', f))];
    assert.deepEqual(mine.rows[1].slice(0, 6).map((x) => x.values.inBase), ['是', '是', '是', '是', '是', '是']);
    assert.match(String(mine.rows[0][0].extras['研发投入占比']), /^\d+\.\d\d%$/);
    assert.deepEqual(theirs, mine);
  });
});
