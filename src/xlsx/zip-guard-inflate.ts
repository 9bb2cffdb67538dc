// Counting what a deflate stream really expands to, without keeping the output and stopping at a limit.
// Uses the web DecompressionStream, present in browsers and in Node ≥ 20.12, so the guard runs in both.

/** The inflated size of raw deflate `data`; 'over' as soon as it passes `max`; 'corrupt' when it is not valid deflate. */
export async function inflatedSize(data: Uint8Array, max: number): Promise<number | 'over' | 'corrupt'> {
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
    }
  } catch {
    return 'corrupt';
  } finally {
    await written;
  }
  return total;
}
