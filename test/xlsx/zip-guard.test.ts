import { strict as assert } from 'assert';
import { deflateRawSync } from 'zlib';
import { guardZip, inspectZip } from '../../src/xlsx/zip-guard';
import { ReadError, describeReadFailure } from '../../src/xlsx/errors';
import { buildZip, MINIMAL_PARTS } from '../helpers/zip';
import { emptyWorkbook, toBuffer } from '../helpers/workbooks';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof ReadError, `expected a ReadError, got ${String(e)}`);
    assert.ok(e.message.includes('「坏文件.xlsx」'), `message names the file: ${e.message}`);
    assert.ok(!/\bat\s+\S+\s+\(/.test(e.message), 'no stack in the message');
    return e.code;
  }
  return 'no error';
}
const guard = (buf: Buffer, opts = {}) => codeOf(guardZip(buf, '坏文件.xlsx', opts));

describe('zip guard', () => {
  it('accepts a real workbook and lists its parts', async () => {
    const entries = await guardZip(await toBuffer(emptyWorkbook()), 'ok.xlsx');
    assert.ok(entries.some((e) => e.name === 'xl/workbook.xml'));
    assert.ok(entries.some((e) => e.name === 'xl/worksheets/sheet1.xml'));
  });

  it('accepts the minimal hand-written zip, stored or deflated, with or without ZIP64 records', async () => {
    assert.equal((await guardZip(buildZip(MINIMAL_PARTS), 'a.xlsx')).length, 2);
    assert.equal((await guardZip(buildZip(MINIMAL_PARTS.map((e) => ({ ...e, method: 0 as const }))), 'a.xlsx')).length, 2);
    const z64 = buildZip(MINIMAL_PARTS.map((e) => ({ ...e, zip64: true })), { zip64End: true });
    const entries = await guardZip(z64, 'a.xlsx');
    assert.deepEqual(entries.map((e) => e.name), ['[Content_Types].xml', 'xl/workbook.xml']);
    assert.equal(entries[1].uncompressedSize, Buffer.byteLength(String(MINIMAL_PARTS[1].data)));
  });

  it('refuses a zero-byte file as empty', async () => {
    assert.equal(await guard(Buffer.alloc(0)), 'file/empty');
  });

  it('refuses a text file renamed .xlsx', async () => {
    assert.equal(await guard(Buffer.from('企业名称,统一社会信用代码\n甲公司,91440300708461136T\n')), 'file/not-zip');
  });

  it('refuses an OLE container (password-protected xlsx or old .xls)', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    assert.equal(await guard(ole), 'file/encrypted');
  });

  it('refuses a file over the size cap', async () => {
    const buf = await toBuffer(emptyWorkbook());
    assert.equal(await guard(buf, { maxFileBytes: 1000 }), 'file/too-large');
  });

  it('refuses half an xlsx as truncated', async () => {
    const buf = await toBuffer(emptyWorkbook());
    assert.equal(await guard(buf.subarray(0, Math.floor(buf.length / 2))), 'file/truncated');
  });

  it('refuses a zip whose directory points past its end', async () => {
    const buf = buildZip(MINIMAL_PARTS);
    buf.writeUInt32LE(buf.length, buf.length - 6); // directory offset beyond the file
    assert.equal(await guard(buf), 'file/truncated');
  });

  it('refuses a zip that is not a workbook', async () => {
    assert.equal(await guard(buildZip([{ name: 'readme.txt', data: 'hello' }])), 'file/not-xlsx');
  });

  it('refuses an entry flagged as encrypted', async () => {
    assert.equal(await guard(buildZip([...MINIMAL_PARTS, { name: 'xl/a.xml', data: 'x', flags: 1 }])), 'file/encrypted');
  });

  it('refuses a zip bomb that declares its size honestly (ratio and total)', async () => {
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    assert.equal(await guard(buildZip([...MINIMAL_PARTS, { name: 'xl/worksheets/sheet1.xml', data: zeros }])), 'file/zip-bomb');
    const half = Buffer.alloc(300 * 1024);
    const many = Array.from({ length: 4 }, (_, i) => ({ name: `xl/media/p${i}.bin`, data: half }));
    assert.equal(await guard(buildZip([...MINIMAL_PARTS, ...many]), { maxTotalUncompressed: 1024 * 1024 }), 'file/zip-bomb');
  });

  it('refuses a zip bomb that lies about its size, by inflating it', async () => {
    const zeros = Buffer.alloc(30 * 1024 * 1024);
    assert.ok(deflateRawSync(zeros).length < 64 * 1024, 'the bomb itself is small');
    const liar = buildZip([...MINIMAL_PARTS, { name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 1000 }]);
    assert.equal(await guard(liar), 'file/zip-bomb');
    // the declared sizes alone look innocent
    assert.equal(inspectZip(liar, 'x.xlsx').length, 3);
  });

  it('refuses too many entries', async () => {
    const many = Array.from({ length: 30 }, (_, i) => ({ name: `xl/x${i}.xml`, data: 'x', method: 0 as const }));
    assert.equal(await guard(buildZip([...MINIMAL_PARTS, ...many]), { maxEntries: 20 }), 'file/zip-bomb');
  });

  it('refuses deflate data that does not inflate', async () => {
    const buf = buildZip([...MINIMAL_PARTS, { name: 'xl/styles.xml', data: Buffer.from([0xff, 0xff, 0xff, 0xff]), method: 0 }]);
    // turn the stored entry into a "deflated" one whose bytes are garbage
    const cd = buf.lastIndexOf(Buffer.from('xl/styles.xml')) - 46;
    buf.writeUInt16LE(8, cd + 10);
    assert.equal(await guard(buf), 'file/truncated');
  });
});

describe('describeReadFailure', () => {
  it('words an unexpected failure in Chinese first, keeping the technical reason after it', () => {
    const d = describeReadFailure(new Error('Cannot read properties of undefined'), '太原市.xlsx');
    assert.equal(d.code, 'file/unreadable');
    assert.equal(d.message, '文件「太原市.xlsx」无法读取：文件内容无法解析，可能已损坏（技术信息：Cannot read properties of undefined）');
  });
});
