// scripts/offline-file.js on its own: how the pane's page becomes one file (the built file is tested in the browser,
// test/e2e/offline.test.ts).
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

interface OfflineInput {
  template: string;
  templateDir: string;
  top: string;
  extraCss: string;
  script: string;
  chunks: { id: string | number; code: string }[];
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { offlineHtml } = require('../scripts/offline-file.js') as { offlineHtml(input: OfflineInput): string };

const PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
  <!-- Office.js must come from Microsoft's CDN -->
  <script type="text/javascript" src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script>
  <link rel="icon" href="assets/icon-16.png">
  <link rel="stylesheet" href="taskpane.css">
</head>
<body>
  <header class="app-header"><img src="assets/icon-32.png" alt=""><h1>火炬申报表助手</h1></header>
  <main id="main"></main>
</body>
</html>`;

describe('offline file: the pane page made self-contained', () => {
  let dir: string;
  let input: OfflineInput;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'torch-offline-html-'));
    mkdirSync(join(dir, 'taskpane'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'taskpane/taskpane.css'), '.app-header { color: red; }');
    writeFileSync(join(dir, 'assets/icon-16.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    writeFileSync(join(dir, 'assets/icon-32.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1]));
    input = {
      template: PAGE,
      templateDir: join(dir, 'taskpane'),
      top: '<p id="offline-line">不会上传</p>',
      extraCss: '.offline-line { color: green; }',
      // replacement patterns and markup that would end the element, inside the code
      script: 'var a = "$&$1$\'"; var b = "</script><!--";',
      chunks: [{ id: 42, code: 'self.chunk = "</script>$&";' }],
    };
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('drops office.js and the comments, inlines the stylesheets and the icons', () => {
    const html = offlineHtml(input);
    assert.doesNotMatch(html, /office\.js|<!-- Office/);
    assert.match(html, /<style>\n\.app-header \{ color: red; \}\n<\/style>/);
    assert.match(html, /\.offline-line \{ color: green; \}/);
    assert.match(html, /<link rel="icon" href="data:image\/png;base64,iVBORw=="/);
    assert.match(html, /<img src="data:image\/png;base64,iVBORwE="/);
  });

  it('puts the top line right under the header', () => {
    assert.match(offlineHtml(input), /<\/header>\n<p id="offline-line">不会上传<\/p>/);
  });

  it('inlines the entry as a module script, unchanged except for what would end the element', () => {
    const html = offlineHtml(input);
    const module = /<script type="module">\n([\s\S]*?)\n<\/script>/.exec(html)![1];
    assert.equal(module, 'var a = "$&$1$\'"; var b = "<\\/script><\\!--";');
    assert.match(html, /<script nomodule>[\s\S]*Edge[\s\S]*<\/script>/);
  });

  it('stores each lazy chunk gzipped and base64-encoded, not run, under the id webpack asks for', () => {
    const m = /<script type="application\/x-gzip-base64" id="torch-chunk-42">([A-Za-z0-9+/=]+)<\/script>/.exec(offlineHtml(input));
    assert.ok(m);
    assert.equal(gunzipSync(Buffer.from(m[1], 'base64')).toString(), input.chunks[0].code);
  });

  it('refuses to write a page that would still load something', () => {
    const template = PAGE.replace('</main>', '</main><iframe src="https://example.org/x"></iframe>');
    assert.throws(() => offlineHtml({ ...input, template }), /would still load https:\/\/example\.org\/x/);
  });
});
