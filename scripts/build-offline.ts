// Builds only 火炬申报表助手.html (webpack's `offlineOnly` configuration) and copies it to a folder: npm run demo.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { productionBuild } from './webpack-build';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFLINE_FILE_NAME } = require('./offline-file.js') as { OFFLINE_FILE_NAME: string };

/** Writes DIR/火炬申报表助手.html; resolves to its path. */
export async function buildOfflineFile(dir: string): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), 'torch-offline-'));
  try {
    await productionBuild({ outputPath: tmp, offlineOnly: true });
    mkdirSync(dir, { recursive: true });
    const target = join(dir, OFFLINE_FILE_NAME);
    copyFileSync(join(tmp, OFFLINE_FILE_NAME), target);
    return target;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
