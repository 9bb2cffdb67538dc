// How long the installed command takes to answer, from a fresh process: `torch-tables --help` and `validate` of one
// sample return, against `node -e 0` (Node's own start) measured in the same run. Each is the best of RUNS.
// The command runs as users run it: node bin/torch-tables.js, i.e. the compiled lib/ (built here first).
// Run alone: npx tsx bench/cli-start.ts

import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const RUNS = 7;
const BIN = join(ROOT, 'bin/torch-tables.js');
const SAMPLE = join(ROOT, 'examples/returns/长治市-长治光电子特色产业基地.xlsx');
/** the goals, in seconds */
const GOALS = { help: 0.3, validate: 0.6 };

function bestSeconds(args: string[]): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'ignore' });
    const s = Number(process.hrtime.bigint() - start) / 1e9;
    if (r.status === null || r.status > 1) throw new Error(`node ${args.join(' ')} failed (${r.status ?? r.signal})`);
    best = Math.min(best, s);
  }
  return best;
}

export function benchCliStart(): string[] {
  execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.js')], { stdio: 'ignore' });
  // interleaved, so that a busy moment of the machine touches all three alike
  const base = bestSeconds(['-e', '0']);
  const help = bestSeconds([BIN, '--help']);
  const validate = bestSeconds([BIN, 'validate', SAMPLE]);
  const line = (what: string, s: number, goal: number) =>
    `${what}: ${s.toFixed(3)} s (${(s / base).toFixed(1)} × node -e 0; goal under ${goal} s${s < goal ? ', met' : ', NOT met'})`;
  return [
    `node -e 0 (baseline): ${base.toFixed(3)} s, best of ${RUNS}`,
    line('torch-tables --help', help, GOALS.help),
    line('torch-tables validate <one sample>', validate, GOALS.validate),
  ];
}

if (require.main === module) {
  for (const l of benchCliStart()) console.log(l);
}
