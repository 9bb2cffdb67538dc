// The workbook reader's side of the zip guard's pass: the parts it needs are parsed as they are inflated, in
// whatever order the zip holds them, and put together at the end (sheets in tab order, each with its shared
// strings, number formats and hyperlinks). Nothing is inflated twice and no part's XML is kept. Browser-safe.

import type { PartCollector } from '../zip-guard';
import { SHEET_PART } from '../structure-guard';
import { READ_REASON } from '../../core/messages';
import { ReadError } from '../errors';
import type { XmlPart } from './xml-scan';
import { PlainSheet, type SheetGrid } from '../sheet-grid';
import { SheetPart } from './sheet-part';
import { RelsPart, SharedStringsPart, StylesPart, WorkbookPart, resolveTarget } from './book-parts';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const REL_SHARED_STRINGS = /\/sharedStrings$/;
const REL_STYLES = /\/styles$/;

/** The sheets of a workbook as the readers use them. */
export interface PlainBook {
  /** tab order; chart sheets and sheets whose part is missing left out */
  sheets: SheetGrid[];
  sheet(name: string): SheetGrid | undefined;
}

export class BookCollector implements PartCollector {
  private workbook: WorkbookPart | undefined;
  private workbookRels: RelsPart | undefined;
  private readonly sheetParts = new Map<string, SheetPart>();
  private readonly sheetRels = new Map<string, RelsPart>();
  private readonly strings = new Map<string, SharedStringsPart>();
  private readonly styles = new Map<string, StylesPart>();

  /** every part read, to check at the end that each was whole XML */
  private readonly read = new Map<string, XmlPart>();

  forPart(name: string): ((text: string) => void) | undefined {
    const feed = (p: XmlPart) => {
      this.read.set(name, p);
      return (t: string) => p.feed(t);
    };
    if (name === WORKBOOK) return feed((this.workbook = new WorkbookPart()));
    if (name === WORKBOOK_RELS) return feed((this.workbookRels = new RelsPart()));
    if (SHEET_PART.test(name)) return feed(this.put(this.sheetParts, name, new SheetPart()));
    const rels = /^xl\/worksheets\/_rels\/([^/]+\.xml)\.rels$/i.exec(name);
    if (rels) return feed(this.put(this.sheetRels, `xl/worksheets/${rels[1]}`, new RelsPart()));
    if (/^xl\/[^/]*sharedStrings[^/]*\.xml$/i.test(name)) return feed(this.put(this.strings, name, new SharedStringsPart()));
    if (/^xl\/[^/]*styles[^/]*\.xml$/i.test(name)) return feed(this.put(this.styles, name, new StylesPart()));
    return undefined;
  }

  /** Parts are kept by their name in lower case: part names in a package are case-insensitive (ECMA-376 part 2). */
  private put<T>(map: Map<string, T>, name: string, part: T): T {
    map.set(name.toLowerCase(), part);
    return part;
  }

  /**
   * The workbook's sheets, once every part has been fed. A part that is not whole XML makes the file unreadable,
   * as it would for Excel (`file` names it in the error).
   */
  book(file: string): PlainBook {
    for (const [name, part] of this.read) {
      if (!part.wellFormed) throw new ReadError('file/unreadable', file, { reason: READ_REASON.corrupt, detail: `${name} is not well-formed XML` });
    }
    const rels = this.workbookRels?.byId ?? new Map();
    const target = (type: RegExp, fallback: string) => {
      for (const r of rels.values()) if (type.test(r.type)) return resolveTarget(WORKBOOK, r.target).toLowerCase();
      return fallback.toLowerCase();
    };
    const ctx = {
      strings: this.strings.get(target(REL_SHARED_STRINGS, 'xl/sharedStrings.xml'))?.strings ?? [],
      styles: this.styles.get(target(REL_STYLES, 'xl/styles.xml')),
      date1904: this.workbook?.date1904 ?? false,
    };
    const sheets: PlainSheet[] = [];
    for (const entry of this.workbook?.sheets ?? []) {
      const rel = rels.get(entry.rid);
      const partName = rel && resolveTarget(WORKBOOK, rel.target);
      const part = partName ? this.sheetParts.get(partName.toLowerCase()) : undefined;
      if (!part) continue;
      sheets.push(new PlainSheet(entry.name, entry.state, part, ctx, this.links(partName!, part)));
    }
    const byName = new Map(sheets.map((s) => [s.name, s]));
    return { sheets, sheet: (name) => byName.get(name) };
  }

  /** A sheet's external hyperlinks by cell address (a link over a range names no one cell and is left out). */
  private links(partName: string, part: SheetPart): Map<string, string> {
    const out = new Map<string, string>();
    const rels = this.sheetRels.get(partName.toLowerCase())?.byId;
    if (!rels) return out;
    for (const h of part.hyperlinks) {
      const target = h.rid ? rels.get(h.rid)?.target : undefined;
      if (target !== undefined && !h.ref.includes(':')) out.set(h.ref.replace(/\$/g, '').toUpperCase(), target);
    }
    return out;
  }
}
