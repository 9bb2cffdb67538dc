// The reader's XML scanner (src/xlsx/parts/xml-scan.ts): the same events however the text is cut into pieces,
// attributes found by their local name, entities decoded, and broken XML told apart from whole XML.
import { strict as assert } from 'assert';
import { XmlPart, attr, decodeEntities, decodeExcelEscapes, PartText } from '../../src/xlsx/parts/xml-scan';
import { SheetPart } from '../../src/xlsx/parts/sheet-part';

class Recorder extends XmlPart {
  readonly events: string[] = [];
  open(name: string, attrs: string, selfClosing: boolean): void {
    this.events.push(`<${name}${attrs}${selfClosing ? '/' : ''}>`);
    if (name === 't' || name === 'v') this.capturing = true;
  }
  close(name: string): void {
    this.events.push(`</${name}>`);
    this.capturing = false;
  }
  text(text: string): void {
    this.events.push(`"${text}"`);
  }
}

const SHEET = '<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="main"><!-- a comment with a < in it -->'
  + '<x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:t>A &amp; B &lt;C&gt; &#x4E2D;&#25991;</x:t></x:is></x:c>'
  + '<x:c r="C2" s="3"><x:v>12.5</x:v></x:c><x:c r="D2" t="str"><x:f>"a&gt;b"</x:f><x:v><![CDATA[x<y]]></x:v></x:c></x:row></x:sheetData>'
  + '<x:mergeCells count="1"><x:mergeCell ref="B2:B3"/></x:mergeCells></x:worksheet>';

function feedInPieces(text: string, cuts: number[]): Recorder {
  const r = new Recorder();
  let at = 0;
  for (const cut of [...cuts, text.length]) {
    r.feed(text.slice(at, cut));
    at = cut;
  }
  return r;
}

describe('the reader\'s XML scanner', () => {
  it('gives the same events and the same verdict wherever the text is cut', () => {
    const whole = feedInPieces(SHEET, []);
    assert.ok(whole.wellFormed);
    assert.ok(whole.events.includes('"A & B <C> 中文"'));
    assert.ok(whole.events.includes('"x<y"'), 'CDATA as is');
    assert.ok(whole.events.includes('<c r="C2" s="3">'), 'prefix dropped');
    for (let cut = 1; cut < SHEET.length; cut++) {
      const r = feedInPieces(SHEET, [cut]);
      assert.deepEqual(r.events, whole.events, `cut at ${cut}`);
      assert.ok(r.wellFormed, `cut at ${cut}`);
    }
  });

  it('tells broken XML apart: a tag never closed, an element never ended, no element at all, a tag running for megabytes', () => {
    assert.equal(feedInPieces('<a><b>', []).wellFormed, false);
    assert.equal(feedInPieces('<a><b x="1"', []).wellFormed, false);
    assert.equal(feedInPieces('just text', []).wellFormed, false);
    const runaway = new Recorder();
    runaway.feed(`<a><b x="${'y'.repeat(2 * 1024 * 1024)}`);
    runaway.feed('"/></a>');
    assert.equal(runaway.wellFormed, false);
  });

  it('finds attributes by local name, either quote, blanks around =, not inside another name or value', () => {
    const a = ' r="A1" s = \'7\' t="s" r:id="rId3" style="x r=1"';
    assert.equal(attr(a, 'r'), 'A1');
    assert.equal(attr(a, 's'), '7');
    assert.equal(attr(a, 't'), 's');
    assert.equal(attr(a, 'id'), 'rId3');
    assert.equal(attr(a, 'yle'), undefined);
    assert.equal(attr(' formatCode="0.00&quot;万元&quot;"', 'formatCode'), '0.00"万元"');
  });

  it('decodes entities and Excel\'s _xHHHH_ escapes, leaving what is not one alone', () => {
    assert.equal(decodeEntities('&lt;&#65;&#x42;&amp;&unknown;&#0;'), '<AB&&unknown;&#0;');
    assert.equal(decodeExcelEscapes('a_x000D_b_x00zz_'), 'a\rb_x00zz_');
  });

  it('PartText hands a sheet over in pieces that the sheet parser reads as one (UTF-8 split inside a character too)', () => {
    const bytes = new TextEncoder().encode(SHEET.replace(/x:/g, ''));
    const part = new SheetPart();
    const text = new PartText([(t) => part.feed(t)]);
    for (let i = 0; i < bytes.length; i += 7) text.push(bytes.subarray(i, i + 7));
    text.end();
    assert.ok(part.wellFormed);
    assert.deepEqual(part.merges, ['B2:B3']);
    const row = part.rows[2]!;
    assert.equal(row.cells[2]!.inline, 'A & B <C> 中文');
    assert.equal(row.cells[3]!.v, '12.5');
    assert.equal(row.cells[4]!.f, '"a>b"');
  });
});
