// Inflating a deflate stream chunk by chunk, stopping at a limit, without keeping more than the caller keeps.
// Uses the web DecompressionStream, present in browsers and in Node ≥ 20.12, so the guards run in both.

/**
 * Feed the inflated chunks of raw deflate `data` to `onChunk`; the total size, 'over' as soon as it passes
 * `max`, 'corrupt' when it is not valid deflate.
 */
export async function inflateChunks(data: Uint8Array, max: number, onChunk?: (chunk: Uint8Array) => boolean | void): Promise<number | 'over' | 'corrupt' | 'stopped'> {
  const ds = new DecompressionStream('deflate-raw');
  const writer = ds.writable.getWriter();
  const reader = ds.readable.getReader();
  // errors surface on the reader; the writer's own promises are only awaited to avoid unhandled rejections
  const written = writer.write(data as Uint8Array<ArrayBuffer>).then(() => writer.close()).catch(() => undefined);
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > max) {
        await reader.cancel().catch(() => undefined);
        await writer.abort().catch(() => undefined);
        return 'over';
      }
      if (onChunk?.(value) === false) {
        await reader.cancel().catch(() => undefined);
        await writer.abort().catch(() => undefined);
        return 'stopped';
      }
    }
  } catch {
    return 'corrupt';
  } finally {
    await written;
  }
  return total;
}
