// Lazy chunks stored inside the page (火炬申报表助手.html, built by scripts/offline-file.js): webpack asks its
// script loader `__webpack_require__.l` for a chunk's URL; here that loader takes the chunk from its non-executed
// <script id="torch-chunk-ID"> element instead, gunzips it (DecompressionStream) and runs it. Nothing is requested.

/** webpack's script loader, as its JSONP chunk loading calls it */
type LoadScript = (url: string, done: (event: { type: string; target: { src: string } }) => void, key: string, chunkId: string | number) => void;

declare const __webpack_require__: { l: LoadScript };

/** The same rule as chunkElementId in scripts/offline-file.js. */
export function chunkElementId(chunkId: string | number): string {
  return `torch-chunk-${chunkId}`;
}

async function gunzipBase64(text: string): Promise<string> {
  const binary = atob(text.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/** Makes webpack load every lazy chunk from the page itself. */
export function useInlineChunks(): void {
  __webpack_require__.l = (url, done, _key, chunkId) => {
    const holder = document.getElementById(chunkElementId(chunkId));
    const fail = (type: string) => done({ type, target: { src: url } });
    if (!holder) return fail('missing');
    gunzipBase64(holder.textContent || '').then(
      (code) => {
        // indirect eval: the chunk runs in the global scope, as a <script> would run it
        (0, eval)(code);
        done({ type: 'load', target: { src: url } });
      },
      () => fail('error'),
    );
  };
}
