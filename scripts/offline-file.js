// 火炬申报表助手.html: the whole tool in one file that a clerk opens by double-click (file://), with no request at all.
//
// Made from the pane's own page (taskpane/taskpane.html, so the two never drift apart) after webpack has built the
// `offline` entry (taskpane/offline.ts):
//   - every <script src> is dropped (office.js is not needed outside Excel), the stylesheets are inlined, the
//     icons become data: URIs, and taskpane/offline-top.html (the one line saying nothing leaves the computer, the
//     blank-template downloads) goes under the page header;
//   - the entry's JavaScript is inlined as a module script (old IE and the "compatibility mode" of 360/QQ skip module
//     scripts and run the small `nomodule` script instead, which says which browser to use);
//   - each lazy chunk (file-tools, with exceljs) is inlined gzipped and base64-encoded in a non-executed
//     <script type="application/x-gzip-base64">: the browser only stores that text when the page opens; the
//     chunk is decoded and run the first time it is needed (taskpane/inline-chunks.ts).
// Plain JavaScript: webpack.config.js requires it.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const OFFLINE_FILE_NAME = '火炬申报表助手.html';
const CHUNK_SCRIPT_TYPE = 'application/x-gzip-base64';
/** the id of the element holding a lazy chunk; taskpane/inline-chunks.ts looks chunks up by the same rule */
const chunkElementId = (chunkId) => `torch-chunk-${chunkId}`;

/** Shown instead of the tool by browsers without module scripts (Internet Explorer, IE mode, 360/QQ 兼容模式). ES3. */
const OLD_BROWSER_SCRIPT = `
(function () {
  var line = document.getElementById('offline-line');
  document.documentElement.className += ' old-browser';
  if (line) line.innerHTML = '此浏览器（IE 或「兼容模式」）不能运行本工具。请用新版 Edge、Chrome、Firefox 打开本文件，' +
    '或在 360、QQ 浏览器中切换到「极速模式」（地址栏右侧的闪电图标）。';
})();
`;

/** Inline <script> text must not close the element or open an HTML comment inside it. */
function scriptText(js) {
  return js.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

function dataUri(file) {
  const ext = path.extname(file).slice(1).toLowerCase();
  const type = { png: 'image/png', svg: 'image/svg+xml', ico: 'image/x-icon', jpg: 'image/jpeg' }[ext];
  if (!type) throw new Error(`${OFFLINE_FILE_NAME}: cannot inline ${file}`);
  return `data:${type};base64,${fs.readFileSync(file).toString('base64')}`;
}

/**
 * The offline page's HTML.
 *   template  text of taskpane.html; templateDir: where its relative URLs point (stylesheets, assets)
 *   top       HTML inserted under the page header
 *   extraCss  CSS appended to the inlined stylesheets
 *   script    the offline entry's JavaScript
 *   chunks    [{ id, code }] lazy chunks
 */
function offlineHtml({ template, templateDir, top, extraCss, script, chunks }) {
  let html = template.replace(/<!--[\s\S]*?-->\s*/g, '');
  html = html.replace(/<script\b[^>]*\bsrc=[^>]*>\s*<\/script>\s*/gi, '');
  html = html.replace(/<link\b[^>]*\brel="?stylesheet"?[^>]*>/gi, (tag) => {
    const href = /\bhref="?([^"\s>]+)/i.exec(tag)[1];
    return `<style>\n${fs.readFileSync(path.join(templateDir, href), 'utf8')}\n</style>`;
  });
  html = html.replace('</head>', () => `<style>\n${extraCss}\n</style>\n</head>`);
  html = html.replace(/\b(src|href)="(assets\/[^"]+)"/gi, (_, attr, url) => `${attr}="${dataUri(path.join(templateDir, '..', url))}"`);
  if (/<\/header>/i.test(html)) html = html.replace(/<\/header>/i, (m) => `${m}\n${top}`);
  else html = html.replace(/<body\b[^>]*>/i, (m) => `${m}\n${top}`);

  // the page's own markup (the inlined stylesheets stripped) refers to nothing outside the file
  const markup = html.replace(/<style>[\s\S]*?<\/style>/g, '');
  const external = [...markup.matchAll(/<[^>]+\b(?:src|href)="?([^"\s>]+)/gi)].map((m) => m[1]).filter((u) => !/^(data:|#)/.test(u));
  if (external.length) throw new Error(`${OFFLINE_FILE_NAME} would still load ${external.join(', ')}`);

  const chunkTags = chunks.map(
    (c) => `<script type="${CHUNK_SCRIPT_TYPE}" id="${chunkElementId(c.id)}">${zlib.gzipSync(c.code, { level: 9 }).toString('base64')}</script>`,
  );
  const tail = [
    `<script nomodule>${OLD_BROWSER_SCRIPT}</script>`,
    `<script type="module">\n${scriptText(script)}\n</script>`,
    ...chunkTags,
  ].join('\n');
  // functions as replacements throughout: the inlined code is full of `$&`-like sequences
  html = html.replace(/<\/body>/i, () => `${tail}\n</body>`);

  return html;
}

/** webpack: writes OFFLINE_FILE_NAME from the named entry, then drops that entry's own files from the output. */
class OfflineFilePlugin {
  constructor({ entry, template, top, css }) {
    this.entry = entry;
    this.template = template;
    this.top = top;
    this.css = css;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('OfflineFilePlugin', (compilation) => {
      for (const f of [this.template, this.top, ...this.css]) compilation.fileDependencies.add(f);
      // after minification, source maps and content hashing: the files are final
      compilation.hooks.processAssets.tap({ name: 'OfflineFilePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const entry = compilation.entrypoints.get(this.entry);
        if (!entry) throw new Error(`OfflineFilePlugin: no entry named ${this.entry}`);
        const jsOf = (chunk) =>
          [...chunk.files]
            .filter((f) => f.endsWith('.js'))
            .map((f) => compilation.getAsset(f).source.source().toString().replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, ''))
            .join('\n');
        const own = entry.chunks;
        const lazy = [...new Set(own.flatMap((c) => [...c.getAllAsyncChunks()]))];
        const html = offlineHtml({
          template: fs.readFileSync(this.template, 'utf8'),
          templateDir: path.dirname(this.template),
          top: fs.readFileSync(this.top, 'utf8'),
          extraCss: this.css.map((f) => fs.readFileSync(f, 'utf8')).join('\n'),
          script: own.map(jsOf).join('\n'),
          chunks: lazy.map((c) => ({ id: c.id, code: jsOf(c) })),
        });
        // `minimized`: webpack's HTML minimizer would otherwise rewrite the page and the inlined code once more
        compilation.emitAsset(OFFLINE_FILE_NAME, new sources.RawSource(html), { minimized: true });
        // the entry lives only inside the offline file; its lazy chunks stay (the pane loads the same files)
        for (const chunk of own) {
          for (const f of [...chunk.files, ...chunk.auxiliaryFiles]) if (compilation.getAsset(f)) compilation.deleteAsset(f);
        }
      });
    });
  }
}

module.exports = { OfflineFilePlugin, offlineHtml, OFFLINE_FILE_NAME, CHUNK_SCRIPT_TYPE, chunkElementId };
