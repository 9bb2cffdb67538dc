// The strict host's merged areas and conditional formats, each as its reference page says (cited in
// test/excel/strict/merged-areas.ts and test/excel/strict/conditional-formats.ts).
import assert from 'node:assert/strict';
import { StrictBook, MERGED_AREAS_LIMIT } from './fake-excel';

/** Reads the merged areas of `address` on sheet `name` in one run: the address, or null for a null object. */
function mergedAreas(book: StrictBook, name: string, address: string): Promise<string | null> {
  return book.run(async (ctx) => {
    const areas = ctx.workbook.worksheets.getItem(name).getRange(address).getMergedAreasOrNullObject().load('address');
    await ctx.sync();
    return areas.isNullObject ? null : areas.address;
  });
}

describe('excel: the strict host\'s merged areas and conditional formats', () => {
  it('getMergedAreasOrNullObject: the areas whose top-left cell is in the range, addressed as Office writes them; a null object when none', async () => {
    const book = new StrictBook(['Sheet1', '关联 企业']);
    book.sheet('Sheet1').merges.push('Sheet1!B6:B7', 'Sheet1!D4:E6', 'Sheet1!A1:H2');
    book.sheet('关联 企业').merges.push('关联 企业!B2:C3');
    assert.equal(await mergedAreas(book, 'Sheet1', 'A3:H20'), 'Sheet1!B6:B7, Sheet1!D4:E6');
    assert.equal(await mergedAreas(book, 'Sheet1', 'A5:H20'), 'Sheet1!B6:B7', 'D4:E6 starts above the range: not returned (office-js#3611)');
    assert.equal(await mergedAreas(book, 'Sheet1', 'J1:K9'), null);
    assert.equal(await mergedAreas(book, '关联 企业', 'A1:D4'), "'关联 企业'!B2:C3");
    assert.deepEqual(book.mergedAreaReads, ['Sheet1!A3:H20', 'Sheet1!A5:H20', 'Sheet1!J1:K9', '关联 企业!A1:D4']);
  });

  it('getMergedAreasOrNullObject: isNullObject and address only after load and sync; a null object has no address; ExcelApi 1.13', async () => {
    const book = new StrictBook(['S']);
    await book.run(async (ctx) => {
      const areas = ctx.workbook.worksheets.getItem('S').getRange('A1:C3').getMergedAreasOrNullObject();
      assert.throws(() => areas.isNullObject, /PropertyNotLoaded/);
      areas.load('address');
      await ctx.sync();
      assert.equal(areas.isNullObject, true);
      assert.throws(() => areas.address, /null object/);
    });
    const old = new StrictBook(['S'], { api: 12 });
    await assert.rejects(old.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').getMergedAreasOrNullObject();
      await ctx.sync();
    }), /ApiNotFound: Range\.getMergedAreasOrNullObject needs ExcelApi 1\.13/);
  });

  it(`more than ${MERGED_AREAS_LIMIT} merged areas fail the request: nothing loaded with it comes back`, async () => {
    const book = new StrictBook(['S']);
    for (let r = 1; r <= 2 * (MERGED_AREAS_LIMIT + 1); r += 2) book.sheet('S').merges.push(`S!A${r}:B${r + 1}`);
    book.set('S', 'C1', [['x']]);
    let values: { values: unknown[][] } | undefined;
    await assert.rejects(book.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRange(`A1:C${2 * (MERGED_AREAS_LIMIT + 1)}`);
      values = range.load('values');
      range.getMergedAreasOrNullObject().load('address');
      await ctx.sync();
    }), /GeneralException: .*513 merged areas/);
    assert.throws(() => values!.values, /PropertyNotLoaded/);
    assert.equal((await mergedAreas(book, 'S', `A1:C${2 * MERGED_AREAS_LIMIT}`))?.split(', ').length, MERGED_AREAS_LIMIT);
  });

  it('deleting rows moves the merged ranges below up and shortens the ones it cuts', async () => {
    const book = new StrictBook(['S']);
    book.sheet('S').merges.push('S!A1:A3', 'S!B2:B3', 'S!C5:D6');
    book.sheet('S').deleteRows(2, 3);
    assert.deepEqual(book.sheet('S').merges, ['S!C3:D4'], 'A1:A3 is one cell now, B2:B3 is gone');
  });

  it('conditional formats: the names defined when each was added; colours #RRGGBB or named; a type Excel lacks fails', async () => {
    const book = new StrictBook(['S']);
    await book.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('S').getRange('A1:B5');
      const first = range.conditionalFormats.add('Custom');
      first.custom.rule.formula = '=torch_ok';
      first.custom.format.fill.color = '#FFC7CE';
      first.custom.format.font.color = 'orange';
      ctx.workbook.names.add('torch_ok', '=S!$A$1');
      range.conditionalFormats.add('Custom').custom.rule.formula = '=torch_ok';
      await ctx.sync();
    });
    assert.deepEqual(book.sheet('S').cfs.map((c) => [c.address, c.formula, c.fill, c.font, c.names]), [
      ['S!A1:B5', '=torch_ok', '#FFC7CE', 'orange', []],
      ['S!A1:B5', '=torch_ok', undefined, undefined, ['torch_ok']],
    ]);
    for (const bad of ['FFC7CE', '##FFC7CE', '#FFC7C', '']) {
      await assert.rejects(book.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('S').getRange('A1').conditionalFormats.add('Custom').custom.format.fill.color = bad;
        await ctx.sync();
      }), /InvalidArgument: .*neither #RRGGBB nor a named HTML color/, bad);
    }
    await assert.rejects(book.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').conditionalFormats.add('Formula');
      await ctx.sync();
    }), /InvalidArgument: Formula is not a ConditionalFormatType/);
  });
});
