// npm run demo: the blank templates, then the bundled sample returns merged into out/全省汇总.xlsx.
// The samples carry planted mistakes, so the merge reporting errors (exit 1) is the expected outcome here.

import { main } from '../src/cli/main';

async function demo(): Promise<number> {
  const templates = await main(['template', 'all', '-o', 'out/templates']);
  if (templates !== 0) return templates;
  const merged = await main(['merge', 'examples/returns', '-o', 'out/全省汇总.xlsx', '--json', 'out/全省汇总.json']);
  if (merged > 1) return merged;
  console.log('\n打开 out/全省汇总.xlsx 查看结果;「问题清单」列出样例中特意写错的地方。');
  return 0;
}

demo().then((code) => (process.exitCode = code));
