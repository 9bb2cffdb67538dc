import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemaDir, schemasAvailable, unresolvedResourceIds, validateManifest } from '../scripts/validate-manifest';
import { pngSize } from '../scripts/make-icons';
import { skipUnlessPresent } from './helpers/skip';

const root = join(__dirname, '..');
const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { productionManifest, DEV_URL } = require('../webpack.config.js') as {
  productionManifest: (xml: string, url: string) => string;
  DEV_URL: string;
};

describe('manifest.xml', () => {
  it('is an Excel task pane add-in in Chinese with English overrides', () => {
    assert.match(manifest, /xsi:type="TaskPaneApp"/);
    assert.match(manifest, /<DefaultLocale>zh-CN<\/DefaultLocale>/);
    assert.match(manifest, /<DisplayName DefaultValue="火炬申报表助手">\s*<Override Locale="en-US" Value="Torch Tables"\/>/);
    assert.match(manifest, /<Host Name="Workbook"\/>/);
    assert.match(manifest, /<Permissions>ReadWriteDocument<\/Permissions>/);
    assert.match(manifest, /<Set Name="ExcelApi" MinVersion="1\.1"\/>/);
    assert.match(manifest, /<OfficeTab id="TabHome">[\s\S]*<Action xsi:type="ShowTaskpane">/);
  });

  it('names only resources it defines', () => {
    assert.deepEqual(unresolvedResourceIds(manifest), []);
    assert.deepEqual(unresolvedResourceIds(manifest.replace('resid="Group.Label"', 'resid="Nope"')), ['Nope']);
  });

  it('points at icons that exist in assets/ at their stated size', () => {
    const icons = [...manifest.matchAll(/assets\/icon-(\d+)\.png/g)].map((m) => Number(m[1]));
    assert.deepEqual([...new Set(icons)].sort((a, b) => a - b), [16, 32, 64, 80]);
    for (const size of new Set(icons)) {
      assert.deepEqual(pngSize(readFileSync(join(root, 'assets', `icon-${size}.png`))), { width: size, height: size });
    }
  });

  it('gets the public URL in production, and only an https one', () => {
    const prod = productionManifest(manifest, 'https://tables.example.org/torch');
    assert.ok(!prod.includes('localhost'));
    assert.match(prod, /<SourceLocation DefaultValue="https:\/\/tables\.example\.org\/torch\/taskpane\.html"\/>/);
    assert.match(prod, /<AppDomain>https:\/\/tables\.example\.org<\/AppDomain>/);
    assert.doesNotMatch(prod, /Development manifest/, 'the dev-server note is not in the manifest cities install');
    assert.match(prod, /<!-- Built for https:\/\/tables\.example\.org\/torch\/ -->/);
    const withoutComments = (xml: string) => xml.replace(/<!--[\s\S]*?-->\n?/g, '');
    assert.equal(withoutComments(productionManifest(manifest, DEV_URL)), withoutComments(manifest));
    assert.throws(() => productionManifest(manifest, 'http://tables.example.org/'), /https/);
    assert.throws(() => productionManifest(manifest, 'tables.example.org'), /not a URL/);
  });

  describe('against the published XSDs', function () {
    before(function () {
      skipUnlessPresent(this, schemasAvailable() ? null : `manifest schemas not found at ${schemaDir()}; they come with ../shared`);
    });

    it('validates manifest.xml', async () => {
      const check = await validateManifest(manifest);
      assert.deepEqual(check.errors, []);
      assert.ok(check.valid);
    });

    it('validates the production manifest', async () => {
      const check = await validateManifest(productionManifest(manifest, 'https://tables.example.org/torch/'), 'dist/manifest.xml');
      assert.deepEqual(check.errors, []);
    });

    it('rejects a manifest with a wrong host type, naming the line', async () => {
      const check = await validateManifest(manifest.replace('<Host xsi:type="Workbook">', '<Host xsi:type="Excel">'));
      assert.equal(check.valid, false);
      assert.match(check.errors[0], /^manifest\.xml:\d+: .*Excel/);
    });
  });

  it('has the icon files the build copies', () => {
    for (const size of [16, 32, 64, 80]) assert.ok(existsSync(join(root, 'assets', `icon-${size}.png`)));
  });
});
