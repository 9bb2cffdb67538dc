// The strict host's own behaviour, each as documented for Office (the pages are cited in test/excel/strict/).
import assert from 'node:assert/strict';
import { StrictBook, OPERATION_CELLS_LIMIT, PAYLOAD_LIMIT } from './fake-excel';
import { RangeProxy, addRangeMethod } from './strict/range';

describe('excel: the strict Office host', () => {
  it('a proxy kept from an ended Excel.run fails loudly, naming the mistake (Office would drop the write silently)', async () => {
    const book = new StrictBook(['S']);
    const kept = await book.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1');
      r.values = [[1]];
      await ctx.sync();
      return r;
    });
    await assert.rejects(book.run(async (ctx) => {
      kept.values = [[2]];
      await ctx.sync();
    }), /Excel\.run #1, which has ended.*dropped silently/);
    assert.equal(book.get('S', 'A1'), 1);
  });

  it('a range of one run handed to another run\'s call fails', async () => {
    const book = new StrictBook(['S']);
    await book.run(async (a) => {
      const range = a.workbook.worksheets.getItem('S').getRange('A1:B2');
      await book.run(async (b) => {
        assert.throws(() => b.workbook.worksheets.getItem('S').freezePanes.freezeAt(range), /mixes objects of Excel\.run/);
        assert.throws(() => { range.values = [[1]]; }, /an object of Excel\.run #1 inside Excel\.run #2/);
        await b.sync();
      });
      await a.sync();
    });
  });

  it('Range.values reads strings as typed input unless the cell is text (@) first', async () => {
    const book = new StrictBook(['S']);
    await book.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1:F1').values = [['03514921797', '=1+2', '+86 351', '-5', '2018-6-1', "'0351"]];
      ws.getRange('A2:B2').numberFormat = [['@', '@']];
      ws.getRange('A2:B2').values = [['03514921797', '=1+2']];
      ws.getRange('A3').values = [['0351']];
      ws.getRange('B3:C3').values = [['2018年6月1日', '9:30']];
      ws.getRange('A3').numberFormat = [['@']]; // too late: the value was already read as a number
      await ctx.sync();
    });
    const s = book.sheet('S');
    assert.equal(book.get('S', 'A1'), 3514921797);
    assert.equal(s.formulas.get('1,2'), '=1+2');
    assert.equal(s.formulas.get('1,3'), '=+86 351');
    assert.equal(book.get('S', 'D1'), -5);
    assert.equal(book.get('S', 'E1'), 43252);
    assert.equal(s.formats.get('1,5'), 'yyyy/m/d');
    assert.equal(book.get('S', 'F1'), '0351');
    assert.equal(book.get('S', 'A2'), '03514921797');
    assert.equal(book.get('S', 'B2'), '=1+2');
    assert.equal(book.get('S', 'A3'), 351);
    assert.equal(book.get('S', 'B3'), 43252);
    assert.equal(book.get('S', 'C3'), 0.3958333333333333);
  });

  it('reading a property before load and sync throws; a batch must end with a sync', async () => {
    const book = new StrictBook(['S']);
    await book.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('S').getRange('A1').load('values');
      assert.throws(() => r.values, /PropertyNotLoaded/);
      await ctx.sync();
      assert.deepEqual(r.values, [['']]);
    });
    await assert.rejects(book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [[1]];
    }), /never synced/);
  });

  it('runtime.enableEvents is the session\'s: off in one run, still off in the next', async () => {
    const book = new StrictBook(['S']);
    await book.run(async (ctx) => {
      ctx.runtime.enableEvents = false;
      await ctx.sync();
    });
    const seen = await book.run(async (ctx) => {
      ctx.runtime.load('enableEvents');
      await ctx.sync();
      return ctx.runtime.enableEvents;
    });
    assert.equal(seen, false);
  });

  it('a batch stops at its first failing operation: earlier ones done, later ones never run', async () => {
    const book = new StrictBook(['S']);
    await assert.rejects(book.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1').values = [[1]];
      ctx.workbook.worksheets.getItem('missing').getRange('A1').values = [[2]];
      ws.getRange('A2').values = [[3]];
      await ctx.sync();
    }), /ItemNotFound/);
    assert.equal(book.get('S', 'A1'), 1);
    assert.equal(book.get('S', 'A2'), undefined);
  });

  it('handlers belong to a sheet: they die with it, survive a rename, and a sheet made again has none', async () => {
    const book = new StrictBook(['S', 'T']);
    const heard: string[] = [];
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').onChanged.add(async (e: { address: string }) => { heard.push(e.address); });
      await ctx.sync();
    });
    await book.change('S', 'A1:B2,D4:E5');
    assert.deepEqual(heard, ['A1:B2,D4:E5'], 'a multi-area address as Excel reports it');
    await book.renameSheet('S', 'S2');
    await book.type('S2', 'C3', 'x');
    assert.deepEqual(heard.at(-1), 'C3:C3');
    await book.deleteSheet('S2');
    await book.createSheet('S2');
    assert.deepEqual(book.watched(), []);
    await assert.rejects(book.change('S2', 'A1'), /no onChanged handler/);
  });

  it('the add-in\'s own writes raise onChanged on a watched sheet, unless its events are off', async () => {
    const book = new StrictBook(['S']);
    const heard: string[] = [];
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').onChanged.add(async (e: { address: string }) => { heard.push(e.address); });
      await ctx.sync();
    });
    await book.as('pane: test', () => book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('B2').values = [[1]];
      ctx.runtime.enableEvents = false;
      ctx.workbook.worksheets.getItem('S').getRange('C3').values = [[1]];
      ctx.runtime.enableEvents = true;
      await ctx.sync();
    }));
    assert.deepEqual(heard, ['B2:B2']);
    assert.deepEqual(book.writes.map((w) => `${w.trigger} ${w.address}`), ['pane: test B2:B2', 'pane: test C3:C3']);
  });

  it('a request or response over 5 MB of JSON fails (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded)', async () => {
    const book = new StrictBook(['S']);
    const text = '山'.repeat(2000); // 6,000 bytes in UTF-8
    const rows = Array.from({ length: 900 }, () => [text]);
    await assert.rejects(book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:A900').values = rows;
      await ctx.sync();
    }), /RequestPayloadSizeLimitExceeded/);
    assert.equal(book.get('S', 'A1'), undefined, 'nothing of a refused request runs');
    assert.ok(book.requests[0] > PAYLOAD_LIMIT);
    book.set('S', 'A1', rows);
    await assert.rejects(book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1:A900').load('values');
      await ctx.sync();
    }), /ResponsePayloadSizeLimitExceeded/);
  });

  it(`an operation on more than ${OPERATION_CELLS_LIMIT} cells fails (OperationCellsExceedLimit)`, async () => {
    const book = new StrictBook(['S']);
    await assert.rejects(book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A2:BL1048576').clear('Contents');
      await ctx.sync();
    }), /OperationCellsExceedLimit/);
    await book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A2:BL500000').clear('Contents');
      await ctx.sync();
    });
  });

  it('members newer than the host\'s ExcelApi level do not exist there', async () => {
    const book = new StrictBook(['S'], { api: 8 });
    await assert.rejects(book.run(async (ctx) => {
      ctx.workbook.worksheets.onNameChanged.add(() => undefined);
      await ctx.sync();
    }), /ApiNotFound: WorksheetCollection\.onNameChanged needs ExcelApi 1\.17/);
  });

  it('has an extension point for Range members not modelled yet, which cannot replace a modelled one', async () => {
    assert.throws(() => addRangeMethod('getMergedAreasOrNullObject', () => undefined), /modelled already/);
    const remove = addRangeMethod('getSpillingToRangeOrNullObject', (range) => {
      const out: { areas?: string[] } = {};
      range.context.enqueue({ label: 'getSpillingToRangeOrNullObject', bytes: 10, run: () => {
        const { sheet } = range.where();
        out.areas = sheet.merges;
      } });
      return out;
    });
    try {
      const book = new StrictBook(['S']);
      book.sheet('S').merges.push('S!A1:C1');
      const got = await book.run(async (ctx) => {
        const r = (ctx.workbook.worksheets.getItem('S').getRange('A1:D4') as unknown as { getSpillingToRangeOrNullObject(): { areas?: string[] } }).getSpillingToRangeOrNullObject();
        await ctx.sync();
        return r.areas;
      });
      assert.deepEqual(got, ['S!A1:C1']);
    } finally {
      remove();
    }
    assert.equal('getSpillingToRangeOrNullObject' in RangeProxy.prototype, false, 'the member is gone for the other tests');
  });
});
