// Whether this browser can read .xlsx files in the pane. exceljs's browser build is not ES5 and reading needs
// TextDecoder, DecompressionStream (the zip guard), Blob.arrayBuffer and crypto.subtle: the IE11 webview of
// Office 2016/2019 has none of them, so the pane says so in Chinese instead of failing with a script error.
// Takes the global object as a parameter so that it is tested in Node.

import { paneText } from '../../src/core/messages';

export type FileSupport = { ok: true } | { ok: false; message: string; missing: string[] };

export const OLD_BROWSER = paneText('files/old-browser');

export const NOT_SECURE = paneText('files/not-secure');

type Env = Record<string, unknown> & { crypto?: { subtle?: unknown }; isSecureContext?: boolean; Blob?: { prototype?: Record<string, unknown> } };

export function fileSupport(g: Env): FileSupport {
  const missing: string[] = [];
  const fn = (name: string) => {
    if (typeof g[name] !== 'function') missing.push(name);
  };
  ['Promise', 'Uint8Array', 'DataView', 'TextDecoder', 'DecompressionStream', 'Blob', 'Map', 'Set'].forEach(fn);
  const blob = g.Blob && g.Blob.prototype;
  if (!blob || typeof blob.arrayBuffer !== 'function') missing.push('Blob.arrayBuffer');
  const url = g.URL as { createObjectURL?: unknown } | undefined;
  if (!url || typeof url.createObjectURL !== 'function') missing.push('URL.createObjectURL');
  const engineOk = missing.length === 0;
  if (!g.crypto || !g.crypto.subtle) missing.push('crypto.subtle');
  if (!missing.length) return { ok: true };
  // a modern browser on a plain-http page lacks only crypto.subtle
  const message = engineOk && g.isSecureContext === false ? NOT_SECURE : OLD_BROWSER;
  return { ok: false, message, missing };
}
