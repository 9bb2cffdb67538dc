// Builds only 火炬申报表助手.html (webpack's `offlineOnly` configuration) and copies it to a folder: npm run demo.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFLINE_FILE_NAME } = require('./offline-file.js') as { OFFLINE_FILE_NAME: string };

/** Writes DIR/火炬申报表助手.html; resolves to its path. */
export async function buildOfflineFile(dir: string): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), 'torch-offline-'));
  try {
    const config = makeConfig({ outputPath: tmp, offlineOnly: true }, { mode: 'production' });
    config.devtool = false;
    await new Promise<void>((ok, fail) =>
      webpack(config, (err, stats) => (err ? fail(err) : stats!.hasErrors() ? fail(new Error(stats!.toString('errors-only'))) : ok())),
    );
    mkdirSync(dir, { recursive: true });
    const target = join(dir, OFFLINE_FILE_NAME);
    copyFileSync(join(tmp, OFFLINE_FILE_NAME), target);
    return target;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
