// issue 10.2, fault injection: the merge is killed while it writes the workbook. The previous workbook must be
// intact and the previous report gone (it described the previous workbook). The CLI runs as the package bin;
// TORCH_TABLES_TEST_PAUSE_WRITE makes the writer stop half way through the temporary file and wait to be killed.

import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main';
import { backboneRow, writeReturn } from '../xlsx/merged-returns';

const BIN = resolve(__dirname, '../../bin/torch-tables.js');

/** Run the bin until it says it paused in the write, then send `signal`; resolves with the exit code and signal. */
function killDuringWrite(args: string[], signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, TORCH_TABLES_TEST_PAUSE_WRITE: '1' } });
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`never paused: ${stderr}`));
    }, 90_000);
    child.stderr.on('data', (d) => {
      stderr += String(d);
      if (stderr.includes('paused during write')) child.kill(signal);
    });
    child.on('exit', (code, sig) => {
      clearTimeout(timer);
      ok({ code, signal: sig, stderr });
    });
  });
}

describe('merge killed during the write (issue 10.2, fault injection)', function () {
  this.timeout(180_000);
  let dir: string;
  let out: string;
  let json: string;
  let good: Buffer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'torch-fault-'));
    await writeReturn({ type: 'industrialization', city: '太原市', name: '甲基地', rows: { backbone: [1, 2, 3].map((n) => backboneRow(n)) } }, join(dir, '太原市-甲基地.xlsx'));
    out = join(dir, 'out', '全省汇总.xlsx');
    json = join(dir, 'out', 'r.json');
    assert.equal(await main(['merge', join(dir, '太原市-甲基地.xlsx'), '-o', out, '--json', json], () => {}), 0);
    good = readFileSync(out);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const signal of ['SIGKILL', 'SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: the previous workbook is intact and there is no stale report`, async () => {
      writeFileSync(json, JSON.stringify({ rows: { ok: true }, stale: true }));
      const r = await killDuringWrite(['merge', join(dir, '太原市-甲基地.xlsx'), '-o', out, '--json', json], signal);
      if (signal === 'SIGKILL') assert.equal(r.signal, 'SIGKILL');
      else assert.equal(r.code, signal === 'SIGTERM' ? 143 : 130, r.stderr);
      assert.ok(readFileSync(out).equals(good), 'the previous workbook is byte for byte what it was');
      assert.ok(!existsSync(json), 'the previous run\'s report was removed before the write began');
      const temps = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp'));
      // a killed process cannot clean up; an interrupted one removes its temporary file
      if (signal === 'SIGKILL') {
        assert.equal(temps.length, 1);
        rmSync(join(dir, 'out', temps[0]));
      } else assert.deepEqual(temps, []);
    });
  }
});
