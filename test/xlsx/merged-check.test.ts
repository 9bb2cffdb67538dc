// The tool's own "nothing lost" check must be able to fail: a row dropped between plan and sheet is caught.

import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildMergePlan } from '../../src/core/merge';
import { buildMergedWorkbook } from '../../src/xlsx/merged';
import { readReturns } from '../../src/cli/merge-command';
import { backboneRow, writeReturn } from './merged-returns';

describe('merged workbook: rows read = rows written check', () => {
  const run = { startedAt: new Date().toISOString(), toolVersion: 'test', templateVersion: '2018' };
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'torch-merge-check-'));
    await writeReturn({ type: 'industrialization', city: '吕梁市', name: '吕梁基地', rows: { backbone: [1, 2, 3].map((n) => backboneRow(n)) } }, join(dir, 'a.xlsx'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('passes when every row is written', async () => {
    const plan = buildMergePlan(await readReturns([join(dir, 'a.xlsx')]));
    const { mismatches } = buildMergedWorkbook(plan, run);
    assert.deepEqual(mismatches, []);
    assert.equal(plan.files[0].tables[0].written, 3);
  });

  it('reports a file and table whose rows did not all reach the detail sheet', async () => {
    const plan = buildMergePlan(await readReturns([join(dir, 'a.xlsx')]));
    plan.details.backbone.rows.pop();
    const { workbook, mismatches } = buildMergedWorkbook(plan, run);
    assert.equal(mismatches.length, 1);
    assert.match(mismatches[0], /a\.xlsx.*读取 3 行，写入明细 2 行/);
    const notes: string[] = [];
    workbook.getWorksheet('说明')!.eachRow((r) => notes.push((r.values as unknown[]).slice(1).join('|')));
    assert.ok(notes.some((l) => /行数核对\|.*不一致/.test(l)));
  });
});
