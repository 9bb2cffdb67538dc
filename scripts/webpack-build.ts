// One production build of webpack.config.js, as a promise: the pane the browser tests and the benchmark load
// (test/e2e/pane-build.ts), 火炬申报表助手.html for npm run demo (scripts/build-offline.ts).
import webpack from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;

/** Builds with `--env` values `env` in production mode, without source maps (nothing here reads them). */
export function productionBuild(env: Record<string, unknown>): Promise<webpack.Stats> {
  const config = makeConfig(env, { mode: 'production' });
  config.devtool = false;
  return new Promise<webpack.Stats>((ok, fail) =>
    webpack(config, (err, stats) => (err ? fail(err) : stats!.hasErrors() ? fail(new Error(stats!.toString('errors-only'))) : ok(stats!))),
  );
}
