// What the shared fake (fake-excel.ts) does not record about conditional formats: which defined names existed when
// each format was added. The reference does not say whether Office accepts a custom format whose formula uses a name
// not yet defined (ConditionalFormatRule.formula: https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatrule);
// our formulas use names, so the creator adds the names first and the tests hold it to that.
import type { FakeBook } from './fake-excel';

/** From now on, the names defined at the moment each conditional format is added, in the order of book.cfs. */
export function namesAtEachFormat(book: FakeBook): Set<string>[] {
  const seen: Set<string>[] = [];
  const push = book.cfs.push.bind(book.cfs);
  book.cfs.push = (...items) => {
    for (let i = 0; i < items.length; i++) seen.push(new Set(book.names.keys()));
    return push(...items);
  };
  return seen;
}
