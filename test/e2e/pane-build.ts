// One production build of the task pane per test process, shared by test/build.test.ts and the browser tests
// (and reused by bench/pane.ts): webpack runs about 10 s, so it should run once.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type webpack from 'webpack';
import { productionBuild } from '../../scripts/webpack-build';

export const PUBLIC_URL = 'https://tables.example.org/torch/';

export interface ChunkInfo {
  name: string;
  files: string[];
  initial: boolean;
  /** identifiers of every module in the chunk, concatenated ones included */
  modules: string[];
}

export interface PaneBuild {
  out: string;
  chunks: ChunkInfo[];
  html: string;
  /** script src attributes of taskpane.html, in order */
  scripts: string[];
}

/** A production build into `out` (manifest at PUBLIC_URL), without source maps. */
export async function buildPane(out: string): Promise<PaneBuild> {
  const saved = process.env.ADDIN_PUBLIC_URL;
  process.env.ADDIN_PUBLIC_URL = PUBLIC_URL;
  let stats: webpack.Stats;
  try {
    stats = await productionBuild({ outputPath: out });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  }
  const { chunks, chunkGraph } = stats.compilation;
  const infos: ChunkInfo[] = [];
  for (const chunk of chunks) {
    const modules: string[] = [];
    for (const m of chunkGraph.getChunkModulesIterable(chunk)) {
      const inner = (m as unknown as { modules?: webpack.Module[] }).modules ?? [];
      modules.push(m.identifier(), ...inner.map((n) => n.identifier()));
    }
    infos.push({ name: chunk.name ?? String(chunk.id), files: [...chunk.files], initial: chunk.canBeInitial(), modules });
  }
  const html = readFileSync(join(out, 'taskpane.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
  return { out, chunks: infos, html, scripts };
}

let shared: Promise<PaneBuild> | null = null;

/** The build every test of this process shares, in a temporary folder removed when the process ends. */
export function sharedPaneBuild(): Promise<PaneBuild> {
  if (!shared) {
    const out = mkdtempSync(join(tmpdir(), 'torch-build-'));
    process.once('exit', () => rmSync(out, { recursive: true, force: true }));
    shared = buildPane(out);
    // a failed build fails every test that needs it, with the same error
    shared.catch(() => undefined);
  }
  return shared;
}
