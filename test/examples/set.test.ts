// The sample set covers what the merge and the demo need, and examples/README.md documents every mistake.
import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { checkUscc } from '../../src/core/uscc';
import { findUnit } from '../../src/core/cities';
import { sampleReturns } from '../../examples/generate-returns';
import { EXAMPLES, RETURNS, committedExpected } from './samples';

describe('sample returns: the set', () => {
  const expected = committedExpected();
  const files = expected.files;

  it('holds 8–10 returns from at least 5 cities and all three application types', () => {
    assert.ok(files.length >= 8 && files.length <= 10, `${files.length} files`);
    assert.ok(new Set(files.map((f) => f.city)).size >= 5);
    assert.deepEqual([...new Set(files.map((f) => f.appType))].sort(), ['base', 'cluster', 'industrialization']);
  });

  it('names every file <地市>-<项目名称>.xlsx, the resubmission with 修改稿', () => {
    for (const f of files) {
      assert.ok(f.file.startsWith(`${f.city}-${f.appName}`) && f.file.endsWith('.xlsx'), f.file);
      assert.equal(findUnit(f.file.split('-')[0])?.name, f.city);
    }
    assert.equal(expected.resubmissions.length, 1);
    const [r] = expected.resubmissions;
    assert.match(r.by, /修改稿/);
    const [old, fresh] = [r.superseded, r.by].map((name) => files.find((f) => f.file === name)!);
    assert.deepEqual([old.city, old.appType, old.appName], [fresh.city, fresh.appType, fresh.appName]);
    assert.ok(old.date! < fresh.date!);
  });

  it('lists two cross-application credit codes across cities: one with the same name, one with another', () => {
    assert.equal(expected.crossDuplicates.length, 2);
    const cityOf = (file: string) => files.find((f) => f.file === file)!.city;
    const sameName = expected.crossDuplicates.filter((d) => new Set(d.occurrences.map((o) => o.name)).size === 1);
    assert.equal(sameName.length, 1);
    for (const d of expected.crossDuplicates) {
      assert.equal(checkUscc(d.uscc), 'ok');
      assert.equal(new Set(d.occurrences.map((o) => cityOf(o.file))).size, d.occurrences.length);
    }
  });

  it('has one return without a cover, two laid out by hand (one with its cover typed above a table), one with only its cover', () => {
    assert.equal(files.filter((f) => !f.hasCover).length, 1);
    assert.equal(files.filter((f) => f.layout === 'hand').length, 2);
    assert.equal(sampleReturns().filter((r) => r.coverAbove).length, 1);
    assert.equal(files.filter((f) => Object.keys(f.tables).length === 0).length, 1);
  });

  it('gives every unit a valid credit code, except the one documented checksum mistake', () => {
    const bad: string[] = [];
    for (const r of sampleReturns()) {
      for (const t of r.tables) for (const row of t.rows) if (checkUscc(String(row.uscc)) !== 'ok') bad.push(`${r.file} ${t.id} ${row.name}`);
    }
    const documented = files.flatMap((f) => f.mistakes.filter((m) => m.code === 'cell/uscc-checksum'));
    assert.equal(bad.length, 1, bad.join('\n'));
    assert.equal(documented.length, 1);
  });

  it('the hand-made return has plain sheet names, no _torch sheet and no data validations', async () => {
    const hand = files.find((f) => f.layout === 'hand')!;
    const zip = await JSZip.loadAsync(readFileSync(path.join(RETURNS, hand.file)));
    const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
    const names = [...workbookXml.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(names, ['Sheet1', 'Sheet2', 'Sheet3', 'Sheet4']);
    for (const name of Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/sheet'))) {
      assert.doesNotMatch(await zip.file(name)!.async('string'), /<dataValidation/, name);
    }
  });

  it('documents every deliberate mistake in examples/README.md (file, cell, code)', () => {
    const lines = readFileSync(path.join(EXAMPLES, 'README.md'), 'utf8').split('\n').filter((l) => l.startsWith('|'));
    for (const f of files) {
      for (const m of f.mistakes) {
        const cell = m.cell ?? '—';
        const found = lines.some((l) => {
          const cols = l.split('|').map((c) => c.trim());
          return cols[1] === f.file && cols[3] === cell && cols.includes(`\`${m.code}\``);
        });
        assert.ok(found, `README lacks ${f.file} ${cell} ${m.code}`);
      }
    }
    const documentedRows = lines.filter((l) => /`[a-z]+\/[a-z-]+`/.test(l)).length;
    assert.equal(documentedRows, files.reduce((n, f) => n + f.mistakes.length, 0), 'README lists a mistake the data lacks');
  });
});
