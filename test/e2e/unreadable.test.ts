// Files that cannot be read, checked by the production bundle in Chromium: the pane gives each the same reason as
// the CLI (`torch-tables validate`). The bundle is ES5, where `instanceof` on a subclass of Error fails unless the
// class restores its prototype; then every file was called damaged («文件内容无法解析…»).
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateFiles } from '../../src/cli/validate-command';
import { buildZip, MINIMAL_PARTS } from '../helpers/zip';
import { emptyWorkbook, notesWorkbook, handMadeBackbone, toBuffer } from '../helpers/workbooks';
import { openPane, requireChromium, type PaneSession } from './browser';

describe('task pane in a browser: each kind of unreadable file has the CLI’s reason (production bundle)', function () {
  this.timeout(120000);
  let s: PaneSession;
  let tmp: string;
  const files: Record<string, string> = {};

  before(async function () {
    requireChromium(this);
    tmp = mkdtempSync(join(tmpdir(), 'torch-unreadable-'));
    const whole = await toBuffer(handMadeBackbone());
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const kinds: Record<string, Buffer> = {
      'file/empty': await toBuffer(emptyWorkbook()),
      'file/no-tables': await toBuffer(notesWorkbook()),
      'file/not-zip': Buffer.from('企业名称,统一社会信用代码\n甲公司,91440300708461136T\n'),
      'file/encrypted': ole,
      'file/truncated': whole.subarray(0, whole.length >> 1),
      'file/not-xlsx': buildZip([{ name: 'readme.txt', data: 'hello' }]),
      'file/zip-bomb': buildZip([...MINIMAL_PARTS, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024) }]),
    };
    for (const [code, bytes] of Object.entries(kinds)) {
      const file = join(tmp, `${code.replace('file/', '')}.xlsx`);
      writeFileSync(file, bytes);
      files[code] = file;
    }
    s = await openPane();
    await s.page.waitForSelector('#tab-files:not([hidden])');
  });

  after(async () => {
    if (s) await s.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('names the reason the CLI names, for every kind, and never calls them all damaged', async () => {
    const cli = await validateFiles(Object.values(files));
    const { page } = s;
    await page.setInputFiles('#fc-input', Object.values(files));
    await page.waitForFunction((n) => document.querySelectorAll('#fc-files .file-group').length === n, Object.keys(files).length);
    const shown = (await page.$$eval('#fc-files .file-group', (groups) =>
      groups.map((g) => ({ file: g.querySelector('.file-name')!.textContent, reason: (g.querySelector('.file-error') ?? g.querySelector('.result.error'))?.textContent ?? null })),
    )) as { file: string; reason: string | null }[];
    const codes = Object.keys(files);
    for (const r of cli) {
      const code = codes.find((c) => files[c].endsWith(r.file))!;
      assert.ok(r.error, `the CLI cannot read ${r.file}`);
      assert.equal(r.error.code, code, `the CLI's reason for ${r.file}`);
      const pane = shown.find((x) => x.file === r.file);
      assert.ok(pane, `the pane lists ${r.file}`);
      // the same sentence, word for word and mark for mark
      assert.equal(pane.reason, r.error.message, `${code}: the pane gives the CLI's reason`);
    }
    const reasons = new Set(shown.map((x) => x.reason));
    assert.equal(reasons.size, codes.length, 'a different reason for each kind');
    assert.deepEqual(s.errors, []);
  });
});
