// The command line run in this process: what it printed, what it said on stderr, and its exit code.
import { main } from '../../src/cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: string[]): Promise<CliRun> {
  const lines: string[] = [];
  const errors: string[] = [];
  const error = console.error;
  console.error = (l: string) => errors.push(l);
  try {
    const code = await main(argv, (l) => lines.push(l));
    return { code, out: lines.join('\n'), err: errors.join('\n') };
  } finally {
    console.error = error;
  }
}
