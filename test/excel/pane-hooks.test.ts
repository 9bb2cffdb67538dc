// The Excel side of three pane actions: 撤销 (withdrawCode), the sheet names the pane decides by, and deleting our
// own sheets before a second write. A small fake that is strict where these functions could go wrong: loaded
// properties are readable only after context.sync() (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-core-concepts#sync),
// getRange takes A1 addresses only (getRangeByIndexes is ExcelApi 1.7), and Excel refuses to delete the last visible
// sheet (https://learn.microsoft.com/en-us/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
import { strict as assert } from 'node:assert';
import { withdrawCode } from '../../src/excel/withdraw-code';
import { deleteSheets, sheetNames } from '../../src/excel/sheet-names';
import { CONFIRM_SHEET } from '../../src/excel/sheets';
import { parseAddress } from '../../src/excel/address';

type Grid = (string | number)[][];

class Book {
  syncs = 0;
  private queue: (() => void)[] = [];
  constructor(public sheets: { name: string; rows: Grid }[]) {}

  get context(): Excel.RequestContext {
    const book = this;
    const later = <T extends object>(target: T, fill: () => Partial<T>): T => {
      book.queue.push(() => Object.assign(target, fill()));
      return target;
    };
    const worksheets = {
      items: undefined as unknown,
      load() {
        later(worksheets, () => ({ items: book.sheets.map((s) => ({ name: s.name })) }));
        return worksheets;
      },
      getItem(name: string) {
        const sheet = () => {
          const s = book.sheets.find((x) => x.name === name);
          if (!s) throw Object.assign(new Error(name), { code: 'ItemNotFound' });
          return s;
        };
        return {
          getUsedRange(valuesOnly?: boolean) {
            assert.equal(valuesOnly, true);
            const used = { values: undefined as unknown, rowIndex: undefined as unknown, columnIndex: undefined as unknown, columnCount: undefined as unknown };
            return {
              load() {
                return later(used, () => {
                  const rows = sheet().rows;
                  return { values: rows.map((r) => r.slice()), rowIndex: 0, columnIndex: 0, columnCount: Math.max(...rows.map((r) => r.length)) };
                });
              },
            };
          },
          getRange(address: string) {
            assert.match(address, /^[A-Z]+\d+:[A-Z]+\d+$/, 'an A1 address');
            return {
              delete(shift: string) {
                assert.equal(shift, 'Up');
                book.queue.push(() => {
                  const b = parseAddress(address);
                  sheet().rows.splice(b.r1 - 1, b.r2 - b.r1 + 1);
                });
              },
            };
          },
          delete() {
            book.queue.push(() => {
              if (book.sheets.length === 1) throw Object.assign(new Error('last sheet'), { code: 'InvalidOperation' });
              book.sheets = book.sheets.filter((s) => s !== sheet());
            });
          },
        };
      },
    };
    return {
      workbook: { worksheets },
      sync: async () => {
        book.syncs++;
        const q = book.queue;
        book.queue = [];
        for (const f of q) f();
      },
    } as unknown as Excel.RequestContext;
  }
}

const confirmSheet = (): { name: string; rows: Grid } => ({
  name: CONFIRM_SHEET,
  rows: [
    ['统一社会信用代码人工确认', '', '', ''],
    ['说明', '', '', ''],
    ['统一社会信用代码', '确认人', '确认日期', '说明'],
    ['91140100MA0ABCDEF1', '王芳', '2018-06-01 09:30', ''],
    ['91140100MA0ABCDEF2', '李强', '2018-06-02 10:00', ''],
    ['91140100ma0abcdef1 ', '申报表助手', '2018-06-03 11:00', ''],
  ],
});

describe('excel: the pane\'s 撤销 and sheet hooks', () => {
  it('withdrawCode deletes every confirmation of the code (any case, spaces) and nothing else, in 3 syncs', async () => {
    const book = new Book([{ name: 'Sheet1', rows: [] }, confirmSheet()]);
    assert.equal(await withdrawCode(book.context, '91140100MA0ABCDEF1'), 2);
    assert.deepEqual(book.sheets[1].rows.slice(3).map((r) => r[0]), ['91140100MA0ABCDEF2']);
    assert.equal(book.sheets[1].rows[2][0], '统一社会信用代码', 'the header stays');
    assert.equal(book.syncs, 3);
  });

  it('withdrawCode does nothing without the sheet or the code', async () => {
    const none = new Book([{ name: 'Sheet1', rows: [] }]);
    assert.equal(await withdrawCode(none.context, '91140100MA0ABCDEF1'), 0);
    const other = new Book([confirmSheet()]);
    assert.equal(await withdrawCode(other.context, '91140100MA0XXXXXX9'), 0);
    assert.equal(other.sheets[0].rows.length, 6);
  });

  it('lists sheet names, and deletes our sheets of an earlier write but never the last sheet', async () => {
    const book = new Book([{ name: '填报信息', rows: [] }, { name: '汇总（按地市）', rows: [] }, { name: '说明', rows: [] }]);
    assert.deepEqual(await sheetNames(book.context), ['填报信息', '汇总（按地市）', '说明']);
    assert.deepEqual(await deleteSheets(book.context, ['汇总（按地市）', '说明', '问题清单']), ['汇总（按地市）', '说明']);
    assert.deepEqual(book.sheets.map((s) => s.name), ['填报信息']);
    const only = new Book([{ name: '说明', rows: [] }]);
    assert.deepEqual(await deleteSheets(only.context, ['说明']), []);
    assert.deepEqual(only.sheets.map((s) => s.name), ['说明']);
  });
});
