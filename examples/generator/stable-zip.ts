// exceljs stamps every zip entry with the current time; re-packing with a fixed time makes the committed
// samples byte-stable, so re-running the generator leaves git clean.
import JSZip from 'jszip';

export async function stableZip(data: Buffer | ArrayBuffer, when: Date): Promise<Buffer> {
  const src = await JSZip.loadAsync(data);
  const out = new JSZip();
  for (const name of Object.keys(src.files).sort()) {
    const entry = src.files[name];
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: when, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
