// A .zip assembled as a Blob from its entries: each entry's bytes are deflated with the web CompressionStream as
// they come, its CRC-32 taken on the way, and only the compressed bytes are kept (in a Blob, which the browser may
// hold outside the page's heap). No ZIP64: an entry or a whole over 4 GB, or over 65,535 entries, is refused.
// Browser-safe (and Node ≥ 20.12, which has CompressionStream('deflate-raw')).

/** What a Blob is made of (BlobPart, named here: Node's own types have no DOM). */
type Part = NonNullable<ConstructorParameters<typeof Blob>[0]>[number];

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

/** CRC-32 (the zip one) of `bytes`, continuing from `crc` (0 to start). */
export function crc32(bytes: Uint8Array, crc = 0): number {
  let c = ~crc;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

/** Whether this browser deflates in a stream (Chromium 103+, Firefox 113+, Safari 16.4+). */
export function canDeflateRaw(): boolean {
  try {
    new CompressionStream('deflate-raw');
    return true;
  } catch {
    return false;
  }
}

const TEXT_SLICE = 1 << 20;

/** A string as UTF-8 in slices of about a megabyte, never splitting a surrogate pair. */
export function* utf8Slices(text: string): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + TEXT_SLICE, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    yield encoder.encode(text.slice(i, end));
    i = end;
  }
}

interface Deflated {
  data: Blob;
  crc: number;
  size: number;
}

type Chunks = Iterable<Uint8Array> | AsyncIterable<Uint8Array>;

async function deflate(chunks: Chunks): Promise<Deflated> {
  const cs = new CompressionStream('deflate-raw');
  const writer = cs.writable.getWriter();
  const reader = cs.readable.getReader();
  const out: Uint8Array[] = [];
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      out.push(value);
    }
  })();
  let crc = 0;
  let size = 0;
  const writing = (async () => {
    try {
      // the chunks are made as they are taken: one at a time in memory
      for await (const chunk of chunks) {
        crc = crc32(chunk, crc);
        size += chunk.length;
        await writer.ready;
        await writer.write(chunk as Uint8Array<ArrayBuffer>);
      }
      await writer.close();
    } catch (e) {
      await writer.abort(e).catch(() => undefined);
      throw e;
    }
  })();
  await Promise.all([writing, reading]);
  return { data: new Blob(out as Part[]), crc, size };
}

const MAX32 = 0xffffffff;

/** MS-DOS time and date of `d` (local time, two-second steps), as zip headers hold them. */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.max(1980, d.getFullYear());
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

interface Entry {
  name: Uint8Array;
  flags: number;
  crc: number;
  size: number;
  data: Blob;
}

export class ZipBlobWriter {
  private readonly entries: Entry[] = [];
  private readonly names = new Set<string>();
  private readonly stamp: { time: number; date: number };

  constructor(modified = new Date()) {
    this.stamp = dosDateTime(modified);
  }

  /** One entry (deflated), from its bytes in chunks, taken one by one; an entry name is written once. */
  async add(name: string, chunks: Chunks): Promise<void> {
    if (this.names.has(name)) throw new Error(`zip: ${name} written twice`);
    if (this.names.size >= 0xffff) throw new Error('zip: more than 65,535 entries');
    this.names.add(name);
    const { data, crc, size } = await deflate(chunks);
    if (size > MAX32 || data.size > MAX32) throw new Error(`zip: ${name} over 4 GB`);
    // bit 11: the name is UTF-8
    const flags = /^[\x20-\x7e]*$/.test(name) ? 0 : 0x0800;
    this.entries.push({ name: new TextEncoder().encode(name), flags, crc, size, data });
  }

  /**
   * The finished zip: the entries (those named in `lead` first, in that order; the others as added), the central
   * directory and its end record.
   */
  blob(type: string, lead: string[] = []): Blob {
    const rank = (e: Entry) => {
      const i = lead.indexOf(new TextDecoder().decode(e.name));
      return i < 0 ? lead.length : i;
    };
    const ordered = this.entries.map((e, i) => ({ e, i })).sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i).map((x) => x.e);
    const parts: Part[] = [];
    const central: Part[] = [];
    let offset = 0;
    let size = 0;
    for (const e of ordered) {
      const local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true);
      this.common(local, 4, e);
      const entry = new DataView(new ArrayBuffer(46));
      entry.setUint32(0, 0x02014b50, true);
      entry.setUint16(4, 20, true); // made by: MS-DOS attributes, zip 2.0
      this.common(entry, 6, e);
      entry.setUint32(42, offset, true);
      parts.push(local.buffer, e.name as Uint8Array<ArrayBuffer>, e.data);
      central.push(entry.buffer, e.name as Uint8Array<ArrayBuffer>);
      offset += 30 + e.name.length + e.data.size;
      size += 46 + e.name.length;
      if (offset > MAX32) throw new Error('zip: over 4 GB');
    }
    if (offset + size > MAX32) throw new Error('zip: over 4 GB');
    const end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, ordered.length, true);
    end.setUint16(10, ordered.length, true);
    end.setUint32(12, size, true);
    end.setUint32(16, offset, true);
    return new Blob([...parts, ...central, end.buffer], { type });
  }

  /** The fields local header and central directory entry share, from version-needed to the name's length. */
  private common(v: DataView, at: number, e: Entry): void {
    v.setUint16(at, 20, true);
    v.setUint16(at + 2, e.flags, true);
    v.setUint16(at + 4, 8, true); // deflate
    v.setUint16(at + 6, this.stamp.time, true);
    v.setUint16(at + 8, this.stamp.date, true);
    v.setUint32(at + 10, e.crc, true);
    v.setUint32(at + 14, e.data.size, true);
    v.setUint32(at + 18, e.size, true);
    v.setUint16(at + 22, e.name.length, true);
  }
}
