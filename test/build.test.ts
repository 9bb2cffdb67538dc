// Runs the production build once into a temporary folder and checks what Office will load.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import { schemasAvailable, validateManifest } from '../scripts/validate-manifest';
import { pngSize } from '../scripts/make-icons';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require('../webpack.config.js') as (env: Record<string, unknown>, argv: Record<string, unknown>) => webpack.Configuration;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const acorn = require('acorn') as { parse(code: string, opts: { ecmaVersion: number }): unknown };

const PUBLIC_URL = 'https://tables.example.org/torch/';

describe('production build', function () {
  this.timeout(120000);
  let out: string;
  /** identifiers of every module in a chunk the page loads first, concatenated ones included */
  let initialModules: string[];
  let html: string;
  let scripts: string[];

  before(async () => {
    out = mkdtempSync(join(tmpdir(), 'torch-build-'));
    const saved = process.env.ADDIN_PUBLIC_URL;
    process.env.ADDIN_PUBLIC_URL = PUBLIC_URL;
    try {
      const config = makeConfig({ outputPath: out }, { mode: 'production' });
      config.devtool = false; // source maps cost build time and are not under test
      const result = await new Promise<webpack.Stats>((ok, fail) =>
        webpack(config, (err, s) => (err ? fail(err) : s!.hasErrors() ? fail(new Error(s!.toString('errors-only'))) : ok(s!))),
      );
      const { chunks, chunkGraph } = result.compilation;
      initialModules = [];
      for (const chunk of chunks) {
        if (!chunk.canBeInitial()) continue;
        for (const m of chunkGraph.getChunkModulesIterable(chunk)) {
          const inner = (m as unknown as { modules?: webpack.Module[] }).modules ?? [];
          initialModules.push(m.identifier(), ...inner.map((n) => n.identifier()));
        }
      }
    } finally {
      if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = saved;
    }
    html = readFileSync(join(out, 'taskpane.html'), 'utf8');
    scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g)].map((m) => m[1]);
  });

  after(() => {
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('writes taskpane.html loading office.js from the Microsoft CDN, then the bundle', () => {
    assert.equal(scripts[0], 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
    const bundles = scripts.filter((s) => !s.startsWith('http'));
    assert.equal(bundles.length, 1);
    assert.match(bundles[0], /^taskpane\.[0-9a-f]{8}\.js$/);
    assert.ok(existsSync(join(out, bundles[0])));
    assert.match(html, /火炬申报表助手/);
    assert.match(html, /href="?taskpane\.css/);
    assert.ok(existsSync(join(out, 'taskpane.css')));
    assert.ok(existsSync(join(out, 'commands.html')));
  });

  it('writes manifest.xml with the public URL', async () => {
    const manifest = readFileSync(join(out, 'manifest.xml'), 'utf8');
    assert.ok(!manifest.includes('localhost'), 'no development URL left');
    assert.match(manifest, /<SourceLocation DefaultValue="https:\/\/tables\.example\.org\/torch\/taskpane\.html"\/>/);
    assert.match(manifest, /https:\/\/tables\.example\.org\/torch\/assets\/icon-80\.png/);
    if (schemasAvailable()) assert.deepEqual((await validateManifest(manifest, 'dist/manifest.xml')).errors, []);
  });

  it('copies the icons', () => {
    for (const size of [16, 32, 64, 80]) {
      assert.deepEqual(pngSize(readFileSync(join(out, 'assets', `icon-${size}.png`))), { width: size, height: size });
    }
  });

  it('keeps exceljs out of the initial bundle', () => {
    assert.ok(initialModules.some((n) => /src[\\/]core[\\/]tables/.test(n)), 'the modules of the initial chunk are listed');
    assert.deepEqual(initialModules.filter((n) => /exceljs/i.test(n)), []);
    for (const s of scripts.filter((x) => !x.startsWith('http'))) {
      assert.doesNotMatch(readFileSync(join(out, s), 'utf8'), /ExcelJS|exceljs/);
    }
  });

  it('emits ES5 only, so the pane runs in the IE11 webview of Office 2016/2019', () => {
    for (const s of scripts.filter((x) => !x.startsWith('http'))) {
      assert.doesNotThrow(() => acorn.parse(readFileSync(join(out, s), 'utf8'), { ecmaVersion: 5 }), s);
    }
  });
});
