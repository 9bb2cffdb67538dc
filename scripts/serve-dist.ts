// Serves a built task pane (dist/) on 127.0.0.1 with office.js from node_modules instead of Microsoft's CDN,
// so a headless browser can open the pane with no internet. Used by screenshots and browser tests.
// Run: npx tsx scripts/serve-dist.ts [dir] [port]
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_PREFIX = '/__office/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The folder of @microsoft/office-js's office.js (and the files it loads beside it). */
export function officeJsDir(): string {
  return dirname(require.resolve('@microsoft/office-js/dist/office.js'));
}

/** HTML with the office.js CDN script pointed at the local copy. */
export function rewriteOfficeJs(html: string): string {
  return html.split(OFFICE_CDN).join(`${OFFICE_PREFIX}office.js`);
}

export interface DistServer {
  /** e.g. http://127.0.0.1:41234/ */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** A file under `root` for a URL path, or null when it is outside root or missing. */
function fileUnder(root: string, urlPath: string): string | null {
  const file = normalize(join(root, decodeURIComponent(urlPath)));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (!existsSync(file)) return null;
  if (statSync(file).isDirectory()) return fileUnder(root, join(urlPath, 'index.html'));
  return file;
}

export function serveDist(dir = 'dist', port = 0): Promise<DistServer> {
  const root = resolve(dir);
  const office = officeJsDir();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const file = path.startsWith(OFFICE_PREFIX)
      ? fileUnder(office, path.slice(OFFICE_PREFIX.length - 1))
      : fileUnder(root, path === '/' ? '/taskpane.html' : path);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    let body: Buffer | string = readFileSync(file);
    if (extname(file) === '.html') body = rewriteOfficeJs(body.toString('utf8'));
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      ok({
        url: `http://127.0.0.1:${actual}/`,
        server,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}

if (require.main === module) {
  const [dir = 'dist', port = '3001'] = process.argv.slice(2);
  serveDist(dir, Number(port)).then((s) => console.log(`serving ${resolve(dir)} at ${s.url}taskpane.html (Ctrl+C stops)`));
}
