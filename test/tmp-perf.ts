import { buildReturn, backboneRow } from './xlsx/merged-returns';
import { readWorkbookBuffer } from '../src/xlsx/read';
(async () => {
  const rows = Array.from({ length: 20000 }, (_, i) => backboneRow(i + 1));
  const wb = buildReturn({ type: 'industrialization', city: '太原市', name: '甲', rows: { backbone: rows } });
  const buf = Buffer.from(await wb.xlsx.writeBuffer() as ArrayBuffer);
  const times: number[] = [];
  for (let k = 0; k < 7; k++) {
    const t0 = performance.now();
    const r = await readWorkbookBuffer(buf, 'a.xlsx');
    times.push(performance.now() - t0);
    if (k === 0) console.log(r.tables[0].rows.length);
  }
  times.sort((a, b) => a - b);
  console.log('median ms', times[3].toFixed(0), times.map((t) => t.toFixed(0)).join(' '));
})();
