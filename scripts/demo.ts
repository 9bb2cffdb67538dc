// npm run demo: the blank templates, then the bundled sample returns merged into out/全省汇总.xlsx, then the
// offline file 火炬申报表助手.html for the cities.
// The samples carry planted mistakes, so the merge reporting errors (exit 1) is the expected outcome here.

import { main } from '../src/cli/main';
import { buildOfflineFile } from './build-offline';

async function demo(): Promise<number> {
  const templates = await main(['template', 'all', '-o', 'out/templates']);
  if (templates !== 0) return templates;
  const merged = await main(['merge', 'examples/returns', '-o', 'out/全省汇总.xlsx', '--json', 'out/全省汇总.json']);
  if (merged > 1) return merged;
  console.log('正在生成 out/火炬申报表助手.html ……');
  console.log(`已生成 ${await buildOfflineFile('out')}（发给各市：双击即可在浏览器中下载空白表、校验和合并，无需安装）`);
  console.log('\n打开 out/全省汇总.xlsx 查看结果；「问题清单」列出样例中特意写错的地方。');
  return 0;
}

demo().then((code) => (process.exitCode = code));
