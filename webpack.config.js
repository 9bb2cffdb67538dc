// Builds the task pane (taskpane/ and the src/ modules it imports) into dist/, and 火炬申报表助手.html, the same
// tool in one self-contained file for opening from disk (entry taskpane/offline.ts, scripts/offline-file.js).
//   npm run build        production, dist/manifest.xml points at ADDIN_PUBLIC_URL (default https://localhost:3000/)
//   npm run build:dev    development
//   npm run dev-server   https://localhost:3000 with office-addin-dev-certs' certificate;
//                        `npm run dev-server -- --env http` or DEV_SERVER_HTTP=1 serves plain HTTP for local testing
const fs = require('fs');
const os = require('os');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { OfflineFilePlugin } = require('./scripts/offline-file');

const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;

/** The manifest with every development URL replaced by the public one. */
function productionManifest(xml, publicUrl) {
  let url;
  try {
    url = new URL(publicUrl);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: ${publicUrl}`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_PUBLIC_URL must start with https:// (Office loads add-ins over HTTPS only): ${publicUrl}`);
  const base = url.href.endsWith('/') ? url.href : url.href + '/';
  return xml
    // the development manifest's note about the dev server does not belong in the one cities install
    .replace(/<!-- Development manifest:[\s\S]*?-->\n?/, `<!-- Built for ${base} -->\n`)
    .split(`<AppDomain>${DEV_URL.slice(0, -1)}</AppDomain>`)
    .join(`<AppDomain>${url.origin}</AppDomain>`)
    .split(DEV_URL)
    .join(base);
}

/** Emits manifest.xml next to the pane; production builds get the public URLs. */
class ManifestPlugin {
  constructor(publicUrl) {
    this.publicUrl = publicUrl;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    const source = path.resolve(__dirname, 'manifest.xml');
    compiler.hooks.thisCompilation.tap('ManifestPlugin', (compilation) => {
      compilation.fileDependencies.add(source);
      compilation.hooks.processAssets.tap({ name: 'ManifestPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const xml = fs.readFileSync(source, 'utf8');
        const out = this.publicUrl ? productionManifest(xml, this.publicUrl) : xml;
        compilation.emitAsset('manifest.xml', new sources.RawSource(out));
      });
    });
  }
}

/** HTTPS options from office-addin-dev-certs' files (`npx office-addin-dev-certs install` writes them). */
function devCertificate() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  if (!Object.values(files).every((f) => fs.existsSync(path.join(dir, f)))) return null;
  const out = {};
  for (const [k, f] of Object.entries(files)) out[k] = fs.readFileSync(path.join(dir, f));
  return out;
}

function devServer(env) {
  const http = Boolean(env.http) || process.env.DEV_SERVER_HTTP === '1';
  let server = { type: 'http' };
  if (!http) {
    const cert = devCertificate();
    if (!cert) {
      throw new Error(
        'No development certificate in ~/.office-addin-dev-certs. Create one with `npx office-addin-dev-certs install` ' +
          '(Office loads add-ins over HTTPS only), or serve plain HTTP for browser testing: `npm run dev-server -- --env http`.',
      );
    }
    server = { type: 'https', options: cert };
  }
  return {
    port: DEV_PORT,
    server,
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    hot: false,
    client: { overlay: false },
  };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production' || env.production === true;
  const publicUrl = production ? process.env.ADDIN_PUBLIC_URL || DEV_URL : null;
  // `--env offlineOnly`: only 火炬申报表助手.html (npm run demo)
  const offlineOnly = Boolean(env.offlineOnly);
  const offline = new OfflineFilePlugin({
    entry: 'offline',
    template: path.resolve(__dirname, 'taskpane/taskpane.html'),
    top: path.resolve(__dirname, 'taskpane/offline-top.html'),
    css: [path.resolve(__dirname, 'taskpane/offline.css')],
  });
  const panePlugins = [
    new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './taskpane/taskpane.html', chunks: ['taskpane'], scriptLoading: 'defer' }),
    new HtmlWebpackPlugin({ filename: 'commands.html', template: './taskpane/commands.html', chunks: [] }),
    new CopyWebpackPlugin({
      patterns: [
        { from: 'assets/*.png', to: 'assets/[name][ext]' },
        { from: 'taskpane/taskpane.css', to: 'taskpane.css' },
      ],
    }),
    new ManifestPlugin(publicUrl),
  ];
  return {
    mode: production ? 'production' : 'development',
    // Office 2016/2019 (volume licence) show task panes in Internet Explorer 11: ES5 output, polyfills in the entry.
    target: ['web', 'es5'],
    devtool: production ? 'source-map' : 'eval-source-map',
    entry: offlineOnly ? { offline: './taskpane/offline.ts' } : { taskpane: './taskpane/taskpane.ts', offline: './taskpane/offline.ts' },
    output: {
      path: path.resolve(__dirname, env.outputPath || 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      // exceljs ships a prebuilt browser bundle: do not parse it again (it is loaded lazily, never in the first bundle)
      noParse: /[\\/]node_modules[\\/]exceljs[\\/]dist[\\/]/,
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { configFile: 'tsconfig.browser.json', transpileOnly: true } },
        },
      ],
    },
    performance: { hints: false },
    // one lazy chunk (file-tools: the readers with exceljs), not a separate vendor chunk beside it
    optimization: { splitChunks: false },
    plugins: offlineOnly ? [offline] : [...panePlugins, offline],
    devServer: env.WEBPACK_SERVE ? devServer(env) : undefined,
  };
};

module.exports.productionManifest = productionManifest;
module.exports.DEV_URL = DEV_URL;
