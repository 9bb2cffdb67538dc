// Generates the sample city returns under examples/returns/ and examples/expected.json.
// Run: npx tsx examples/generate-returns.ts [outDir]   (deterministic: re-running gives the same files)
import { promises as fs } from 'fs';
import * as path from 'path';
import { buildHandReturn } from './generator/write-hand';
import { buildTemplateReturn } from './generator/write-template';
import { crossDuplicates, expectedFile, resubmissions, type Expected } from './generator/expected';
import type { SampleReturn } from './generator/model';
import type { Placement } from './generator/placement';
import { stableZip } from './generator/stable-zip';
import { changzhiBase, changzhiIndustrialization } from './generator/returns/changzhi';
import { datongFirst, datongRevised, jinzhongCluster } from './generator/returns/clusters';
import { jinchengBase } from './generator/returns/jincheng';
import { taiyuanBase, taiyuanIndustrialization } from './generator/returns/taiyuan';
import { yangquanBase } from './generator/returns/yangquan';
import { yunchengBase } from './generator/returns/yuncheng';

export const RETURNS_DIR = path.join(__dirname, 'returns');
export const EXPECTED_FILE = path.join(__dirname, 'expected.json');

/** Every sample return, in file-name order (by code point, the same on every machine). */
export function sampleReturns(): SampleReturn[] {
  return [
    taiyuanBase(), taiyuanIndustrialization(), datongFirst(), datongRevised(), changzhiBase(),
    changzhiIndustrialization(), jinchengBase(), jinzhongCluster(), yunchengBase(), yangquanBase(),
  ].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** When the file was last saved: the morning of its 填报日期 (Beijing time). */
function savedAt(r: SampleReturn): Date {
  const d = r.cover?.date;
  const iso = d instanceof Date ? d.toISOString().slice(0, 10) : '2018-06-02';
  const [y, m, day] = (typeof d === 'string' ? '2018-06-01' : iso).split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, day, 1, 30));
}

/** Write every sample return into `outDir` and return what the files hold. */
export async function generateReturns(outDir: string): Promise<Expected> {
  await fs.mkdir(outDir, { recursive: true });
  const returns = sampleReturns();
  const placements = new Map<string, Placement>();
  for (const r of returns) {
    const saved = savedAt(r);
    const { workbook, placement } = r.layout === 'hand' ? buildHandReturn(r, saved) : buildTemplateReturn(r, saved);
    const data = await workbook.xlsx.writeBuffer();
    await fs.writeFile(path.join(outDir, r.file), await stableZip(data as ArrayBuffer, saved));
    placements.set(r.file, placement);
  }
  const files = returns.map((r) => expectedFile(r, placements.get(r.file)!));
  const resubmitted = resubmissions(files);
  return {
    generatedBy: 'examples/generate-returns.ts',
    files,
    resubmissions: resubmitted,
    crossDuplicates: crossDuplicates(returns, placements, new Set(resubmitted.map((x) => x.superseded))),
  };
}

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? RETURNS_DIR);
  const expected = await generateReturns(outDir);
  // stale samples from an earlier run would otherwise linger next to the new ones
  const wanted = new Set(expected.files.map((f) => f.file));
  for (const name of await fs.readdir(outDir)) {
    if (name.endsWith('.xlsx') && !wanted.has(name)) await fs.unlink(path.join(outDir, name));
  }
  const expectedPath = outDir === RETURNS_DIR ? EXPECTED_FILE : path.join(outDir, 'expected.json');
  await fs.writeFile(expectedPath, JSON.stringify(expected, null, 2) + '\n');
  console.log(`${expected.files.length} 份样例报表已写入 ${outDir}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
