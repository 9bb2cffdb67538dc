// Returns read by several workers at once (four cores or more) or by one, file after file: the same files,
// names, outcomes, rows and checks either way, in the order given.

import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_READ_LIMITS, readerCount, readReturns } from '../../src/cli/read-returns';
import { backboneRow, clusterRow, writeReturn } from '../xlsx/merged-returns';

const GB = 1024 ** 3;

describe('reading returns in parallel workers', function () {
  this.timeout(120000);
  let dir: string;
  let files: string[];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'torch-read-parallel-'));
    files = [];
    for (let i = 0; i < 4; i++) {
      const f = join(dir, `${i}-return.xlsx`);
      await writeReturn(i % 2
        ? { type: 'cluster', city: '晋中市', name: `集群${i}`, rows: { cluster: [1, 2, 3].map((n) => clusterRow(i * 100 + n)) } }
        : { type: 'industrialization', city: '吕梁市', name: `基地${i}`, rows: { backbone: [1, 2].map((n) => backboneRow(i * 100 + n, n === 2 ? { uscc: 'bad' } : {})) } }, f);
      files.push(f);
    }
    copyFileSync(files[1], join(dir, '4-copy.xlsx'));
    writeFileSync(join(dir, '5-broken.xlsx'), 'not a workbook');
    files.push(join(dir, '4-copy.xlsx'), join(dir, '5-broken.xlsx'), join(dir, '6-missing.xlsx'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('gives the same result with three workers as with one', async () => {
    const one = await readReturns(files, undefined, DEFAULT_READ_LIMITS, { readers: 1 });
    const three = await readReturns(files, undefined, DEFAULT_READ_LIMITS, { readers: 3 });
    assert.deepEqual(three, one);
    assert.deepEqual(one.map((f) => f.name), files.map((f) => f.split('/').pop()));
    assert.equal(one.filter((f) => f.input).length, 4);
    assert.equal(one[4].skipped?.code, 'file/duplicate-content');
    assert.ok(one[5].failure && one[6].failure);
    assert.ok(one[0].result!.issues.some((i) => i.code.startsWith('cell/uscc')), 'the files are checked');
  });

  it('reads with one worker below four cores; with more, one per core but one, at most four, within half the memory', () => {
    const limits = { ...DEFAULT_READ_LIMITS, memoryMb: 3072 };
    assert.equal(readerCount(limits, 2, 64 * GB), 1);
    assert.equal(readerCount(limits, 3, 64 * GB), 1);
    assert.equal(readerCount(limits, 4, 64 * GB), 3);
    assert.equal(readerCount(limits, 16, 64 * GB), 4);
    assert.equal(readerCount(limits, 8, 16 * GB), 2);
    assert.equal(readerCount(limits, 8, 4 * GB), 1);
  });
});
