// The task pane is compiled to ES5 (IE11 webview of Office 2016/2019), where a subclass of Error loses its
// prototype: `instanceof` then fails and a file's real reason became 「可能已损坏」. Every Error subclass in code
// the pane or the CLI runs must restore its prototype in its constructor.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (name.endsWith('.ts')) out.push(p);
  }
  return out;
}

describe('Error subclasses under ES5', () => {
  it('every class extending Error restores its prototype (Object.setPrototypeOf(this, X.prototype))', () => {
    const root = join(__dirname, '../..');
    const found: string[] = [];
    for (const file of [...tsFiles(join(root, 'src')), ...tsFiles(join(root, 'taskpane'))]) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/class\s+(\w+)\s+extends\s+(\w*Error)\b/g)) {
        found.push(m[1]);
        assert.ok(text.includes(`Object.setPrototypeOf(this, ${m[1]}.prototype)`), `${m[1]} in ${file.slice(root.length + 1)}`);
      }
    }
    assert.ok(found.includes('ReadError') && found.includes('UserFacingError'), found.join(','));
  });
});
