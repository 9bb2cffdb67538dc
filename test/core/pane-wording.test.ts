// The task pane's wording lives in the catalogue beside the messages: filled in the same way, and its short
// wordings name only codes the catalogue knows.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CATALOGUE, listed, PANE_TEXT, paneText, quotedList, SHORT_MESSAGE } from '../../src/core/messages';

describe('the task pane\'s wording in the catalogue', () => {
  it('fills a sentence\'s parameters, leaving out what is not given', () => {
    assert.equal(paneText('fold/location', { column: 'F', count: 5000 }), 'F 列 5000 处');
    assert.equal(paneText('create/kept', { sheets: quotedList(['填报信息', '表1']) }), '工作簿中已有「填报信息」、「表1」，未做改动。');
    assert.equal(paneText('create/omitted', { features: listed(['冻结表头', '打印设置']) }), '此版本的 Excel 不支持冻结表头、打印设置，已省略。');
  });

  it('an unknown key comes back as itself, as an unknown code does', () => {
    assert.equal(paneText('create/no-such-sentence'), 'create/no-such-sentence');
  });

  it('every short wording belongs to a code of the catalogue', () => {
    const unknown = Object.keys(SHORT_MESSAGE).filter((code) => !(code in CATALOGUE));
    assert.deepEqual(unknown, []);
    assert.ok(Object.keys(SHORT_MESSAGE).length >= 25);
  });

  it('pane keys are not issue codes (the two tables do not overlap)', () => {
    assert.deepEqual(Object.keys(PANE_TEXT).filter((k) => k in CATALOGUE), []);
  });

  it('every key the pane and the core ask for is in the table (a missing one would show the key itself)', () => {
    const root = path.join(__dirname, '..', '..');
    const walk = (dir: string): string[] => fs.readdirSync(path.join(root, dir), { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    const used = new Set<string>();
    for (const f of [...walk('taskpane'), ...walk('src')]) {
      for (const m of fs.readFileSync(path.join(root, f), 'utf8').matchAll(/paneText\(\s*'([^']+)'/g)) used.add(m[1]);
      for (const m of fs.readFileSync(path.join(root, f), 'utf8').matchAll(/paneText\([^)]*\?\s*'([^']+)'\s*:\s*'([^']+)'/g)) used.add(m[1]).add(m[2]);
    }
    assert.ok(used.size > 80, `${used.size} keys used`);
    assert.deepEqual([...used].filter((k) => !(k in PANE_TEXT)), []);
  });
});
