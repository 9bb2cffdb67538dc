import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';

// The domain core knows no host: it must run unchanged under the CLI, in the task pane and in a plain browser.

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|require\(\s*['"]([^'"]+)['"]\s*\)|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('architecture', () => {
  const core = path.resolve(__dirname, '../../src/core');

  it('src/core imports only itself: no exceljs, no Office.js, no Node modules', () => {
    const offenders: string[] = [];
    for (const file of tsFiles(core)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(IMPORT)) {
        const spec = m[1] ?? m[2] ?? m[3];
        if (!spec.startsWith('.')) offenders.push(`${path.relative(core, file)} imports ${spec}`);
        else if (!path.resolve(path.dirname(file), spec).startsWith(core)) offenders.push(`${path.relative(core, file)} reaches out to ${spec}`);
      }
      if (/\bExcel\.run\b|\bOffice\.context\b/.test(text)) offenders.push(`${path.relative(core, file)} uses Office.js globals`);
    }
    assert.deepEqual(offenders, []);
  });

  it('the adapters hold no Chinese wording of issues: messages come from the catalogue', () => {
    const offenders: string[] = [];
    for (const dir of ['src/xlsx', 'src/excel']) {
      for (const file of tsFiles(path.resolve(__dirname, '../..', dir))) {
        const text = readFileSync(file, 'utf8');
        if (/(?:message|reason):\s*['"`][^'"`]*[\u4e00-\u9fff]/.test(text)) offenders.push(path.relative(path.resolve(__dirname, '../..'), file));
      }
    }
    assert.deepEqual(offenders, []);
  });
});
