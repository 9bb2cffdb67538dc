import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import * as path from 'node:path';

// tsx and ts-loader (transpileOnly) strip types without checking them: this is where type errors fail the suite.

const root = path.resolve(__dirname, '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');

describe('TypeScript', function () {
  this.timeout(180_000);
  for (const project of ['tsconfig.json', 'tsconfig.excel.json', 'tsconfig.browser.json']) {
    it(`${project} type-checks`, async () => {
      const r = await promisify(execFile)(process.execPath, [tsc, '-p', project, '--noEmit'], { cwd: root }).catch((e) => e);
      assert.equal(r.code ?? 0, 0, `${r.stdout ?? ''}${r.stderr ?? ''}`);
    });
  }
});
