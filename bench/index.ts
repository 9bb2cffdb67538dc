// npm run bench: every benchmark prints its figure and a ratio against a baseline measured in the same run.

import { benchValidateMemory } from './validate-memory';
import { benchReadValidate } from './read-validate';
import { benchMerge } from './merge';
import { benchPane } from './pane';
import { benchPaneMerge } from './pane-merge';
import { benchCliStart } from './cli-start';

async function main(): Promise<void> {
  const parts: [string, () => Promise<string[]> | string[]][] = [
    ['command line start', () => benchCliStart()],
    ['validation in memory', () => benchValidateMemory()],
    ['read + validate a file', () => benchReadValidate()],
    ['province merge', () => benchMerge()],
    ['task pane', () => benchPane()],
    ['task pane merge + download', () => benchPaneMerge()],
  ];
  for (const [name, run] of parts) {
    console.log(`== ${name}`);
    for (const line of await run()) console.log(line);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
