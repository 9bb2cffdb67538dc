import { strict as assert } from 'node:assert';
import { MAX_NEW_WORKBOOK_BASE64, WorkbookTooLarge, openAsNewWorkbook, toBase64 } from '../../src/excel/new-workbook';

describe('Excel adapter: open a built workbook as a new workbook', () => {
  it('encodes bytes as base64 in chunks, identical to a one-shot encoding', () => {
    const bytes = new Uint8Array(100_003).map((_, i) => (i * 7919) % 256);
    assert.equal(toBase64(bytes), Buffer.from(bytes).toString('base64'));
  });

  it('hands Excel.createWorkbook the whole file in one call', async () => {
    const calls: string[] = [];
    await openAsNewWorkbook(new Uint8Array([80, 75, 3, 4]), async (b) => calls.push(b));
    assert.deepEqual(calls, ['UEsDBA==']);
  });

  it('refuses a file Excel on the web could not take in one request, without calling Excel', async () => {
    const calls: string[] = [];
    const big = new Uint8Array(Math.ceil((MAX_NEW_WORKBOOK_BASE64 / 4) * 3) + 3);
    await assert.rejects(openAsNewWorkbook(big, async (b) => calls.push(b)), WorkbookTooLarge);
    assert.equal(calls.length, 0);
  });
});
