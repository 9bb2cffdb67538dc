// Chinese text is typeset as Chinese: in a sentence with Chinese characters, commas, colons, semicolons, brackets,
// question and exclamation marks are full-width （，：；（）？！） and quotes are 「」. Half-width stays where it belongs:
// inside numbers (1,234.5), times and ranges (15:32, E7:E9), codes (cell/uscc), formulas and English, none of which
// touches a Chinese character. One rule, applied to the message catalogue and to every string the product writes.

import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import {
  CATALOGUE, FILE_KIND, LIMIT_WHAT, NOT_FILLED, READ_REASON, SEVERITY_LABEL, SUPERSEDED_REASON, TABLE_END,
  OUTCOME_LABEL, SHORT_MESSAGE, SHORT_MESSAGE_OTHER, FEATURE_LABEL, PANE_TEXT,
} from '../../src/core/messages';

/** Chinese characters, and the full-width punctuation and brackets that stand beside them. */
const CHINESE = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const IDEOGRAPH = /[\u3400-\u9fff\uf900-\ufaff]/;
const HALF_WIDTH = ',:;()?!';
const BRACKET_PAIRS: Record<string, string> = { ')': '(', '）': '（' };

/** What is wrong with the punctuation of one piece of text; [] when it is typeset as Chinese. */
export function typographyFaults(text: string): string[] {
  if (!IDEOGRAPH.test(text)) return [];
  const faults: string[] = [];
  const at = (i: number) => `「${text.slice(Math.max(0, i - 6), i + 7)}」`;
  const open: { c: string; i: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (HALF_WIDTH.includes(c) && (CHINESE.test(text[i - 1] ?? '') || CHINESE.test(text[i + 1] ?? ''))) {
      faults.push(`half-width ${c} beside Chinese in ${at(i)}`);
    }
    if (c === '"' || c === '“' || c === '”') faults.push(`${c} used as a quote in ${at(i)} (use 「」)`);
    if (c === '(' || c === '（') open.push({ c, i });
    if (c === ')' || c === '）') {
      const o = open.pop();
      if (o && o.c !== BRACKET_PAIRS[c]) faults.push(`${o.c} closed by ${c} in ${at(i)}`);
    }
  }
  return faults;
}

const ROOT = path.join(__dirname, '..', '..');

function filesUnder(dir: string, exts: string[]): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return filesUnder(rel, exts);
    return exts.some((x) => e.name.endsWith(x)) ? [rel] : [];
  });
}

/** A substitution `${…}` in a template literal: neither Chinese nor punctuation. */
const SUBSTITUTION = '\u0001';

const isRegExpPattern = (n: ts.Node): boolean =>
  (ts.isNewExpression(n.parent) || ts.isCallExpression(n.parent)) && n.parent.expression.getText() === 'RegExp' && n.parent.arguments?.[0] === n;

/** The strings and template literals of a TypeScript file, with their line numbers; patterns given to RegExp left out. */
function stringLiterals(file: string): { line: number; text: string }[] {
  const sf = ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (n: ts.Node): void => {
    const line = () => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && !isRegExpPattern(n)) {
      found.push({ line: line(), text: n.text });
    } else if (ts.isTemplateExpression(n) && !isRegExpPattern(n)) {
      found.push({ line: line(), text: [n.head.text, ...n.templateSpans.map((s) => s.literal.text)].join(SUBSTITUTION) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/** The text a page shows: text between tags and attribute values, without comments, scripts and styles. */
function htmlTexts(file: string): { line: number; text: string }[] {
  const html = fs.readFileSync(path.join(ROOT, file), 'utf8')
    .replace(/<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1>/g, (m) => m.replace(/[^\n]/g, ' '));
  const found: { line: number; text: string }[] = [];
  const lineAt = (i: number) => html.slice(0, i).split('\n').length;
  for (const m of html.matchAll(/>([^<]+)</g)) found.push({ line: lineAt(m.index!), text: m[1] });
  for (const m of html.matchAll(/=\s*"([^"]*)"|=\s*'([^']*)'/g)) found.push({ line: lineAt(m.index!), text: m[1] ?? m[2] });
  return found;
}

describe('Chinese text is typeset as Chinese', () => {
  it('the rule tells Chinese punctuation from numbers, addresses, codes and English', () => {
    assert.deepEqual(typographyFaults('「营业收入」只填数字，不要带单位（单位见表头），现为「1,234.5」'), []);
    assert.deepEqual(typographyFaults('「{field}」的 E7:E9 是合并单元格，网页版每次最多传送 5 MB；见 cell/uscc'), []);
    assert.deepEqual(typographyFaults('15:32, 1,000 ExcelApi 1.8 (A1)'), []);
    assert.equal(typographyFaults('「{field}」应填数字,现为「{value}」').length, 1);
    assert.equal(typographyFaults('文件「{file}」无法读取:{reason}').length, 1);
    assert.equal(typographyFaults('不含 I、O、S(第 3-4 位)').length, 2);
    assert.equal(typographyFaults('过大（{size}),超过').length, 2, 'a ) closing （, and a , beside Chinese');
    assert.equal(typographyFaults('点"确认无误"').length, 2);
    assert.equal(typographyFaults('点“确认无误”').length, 2);
  });

  it('every message in the catalogue, and every wording of its parameters', () => {
    const texts: [string, string][] = [
      ...Object.entries(CATALOGUE),
      ...[READ_REASON, LIMIT_WHAT, FILE_KIND, TABLE_END, SUPERSEDED_REASON, SEVERITY_LABEL]
        .flatMap((o) => Object.entries(o) as [string, string][]),
      ['NOT_FILLED', NOT_FILLED],
      // the task pane's wording
      ...[OUTCOME_LABEL, SHORT_MESSAGE, FEATURE_LABEL, PANE_TEXT].flatMap((o) => Object.entries(o) as [string, string][]),
      ['SHORT_MESSAGE_OTHER', SHORT_MESSAGE_OTHER],
    ];
    assert.ok(texts.length > 100, `walked ${texts.length} entries`);
    const faults = texts.flatMap(([code, text]) => typographyFaults(text).map((f) => `${code}: ${f}`));
    assert.deepEqual(faults, []);
  });

  it('every string the product writes, in src, the task pane and scripts', () => {
    // scripts/ too: the offline file's line for old browsers and the demo's closing sentence are product text
    const files = [...filesUnder('src', ['.ts']), ...filesUnder('taskpane', ['.ts']), ...filesUnder('scripts', ['.ts', '.js'])];
    const pages = filesUnder('taskpane', ['.html']);
    assert.ok(files.length > 100 && pages.length >= 2, `${files.length} sources, ${pages.length} pages`);
    let chinese = 0;
    const faults: string[] = [];
    for (const [file, texts] of [...files.map((f) => [f, stringLiterals(f)] as const), ...pages.map((f) => [f, htmlTexts(f)] as const)]) {
      for (const { line, text } of texts) {
        if (IDEOGRAPH.test(text)) chinese++;
        for (const f of typographyFaults(text)) faults.push(`${file}:${line}: ${f}`);
      }
    }
    assert.ok(chinese > 300, `${chinese} Chinese strings looked at`);
    assert.deepEqual(faults, []);
  });

  it('the samples\' notes (expected.json) and examples/README.md: prose, not code spans or file names', () => {
    const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'examples', 'expected.json'), 'utf8')) as {
      files: { file: string; notes: string[]; mistakes: { note: string }[] }[];
    };
    const notes = expected.files.flatMap((f) => [...f.notes, ...f.mistakes.map((m) => m.note)].map((n) => [f.file, n] as const));
    assert.ok(notes.length > 25, `${notes.length} notes`);
    let fence = false;
    const readme = fs.readFileSync(path.join(ROOT, 'examples', 'README.md'), 'utf8').split('\n').flatMap((line, i) => {
      if (line.startsWith('```')) fence = !fence;
      // a shell comment in a code block is prose too; a file name is the file's own spelling
      const prose = fence ? line.replace(/^[^#]*#?/, '') : line.replace(/`[^`]*`/g, ' ').replace(/[^\s|`「]+\.xlsx/g, ' ');
      return [[`README.md:${i + 1}`, prose] as const];
    });
    const faults = [...notes, ...readme].flatMap(([where, text]) => typographyFaults(text).map((f) => `${where}: ${f}`));
    assert.deepEqual(faults, []);
  });
});
