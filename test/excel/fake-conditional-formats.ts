// What the shared fake (fake-excel.ts) does not record about conditional formats: which defined names existed when
// each format was added. Office evaluates a format's formula against the workbook's names, so a name the formula
// uses must be there first (NamedItemCollection.add: https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-add-member(1)).
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
