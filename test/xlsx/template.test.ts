import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildWorkbookPlan, headerText, readMetaRows } from '../../src/core/form';
import { TABLES, appType, cover, tableDef } from '../../src/core/tables';
import { UNIT_NAMES } from '../../src/core/cities';
import type { AppTypeId, TableDef } from '../../src/core/types';
import { templateBuffer, templateFileName } from '../../src/xlsx/template';
import { writeTemplate } from '../../src/xlsx/template-file';

const APP_TYPES: AppTypeId[] = ['base', 'cluster', 'industrialization'];
const TABLES_OF: Record<AppTypeId, TableDef[]> = {
  base: [tableDef('backbone'), tableDef('related'), tableDef('services')],
  cluster: [tableDef('cluster')],
  industrialization: [tableDef('backbone')],
};
const letter = (i: number) => String.fromCharCode(65 + i);

/** The raw XML of a sheet, found through workbook.xml and its relationships. */
async function sheetXml(zip: JSZip, name: string): Promise<string> {
  const wbXml = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const m = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="(rId\\d+)"`).exec(wbXml);
  assert.ok(m, `no sheet ${name} in workbook.xml`);
  const target = new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels);
  assert.ok(target);
  const path = target[1].startsWith('/') ? target[1].slice(1) : `xl/${target[1]}`;
  return zip.file(path)!.async('string');
}

const unescapeXml = (s: string) =>
  s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** sqref -> formula1 of every dataValidation element of a sheet's XML. */
function validationsIn(xml: string): Map<string, { type: string; formula1: string; attrs: string }> {
  const out = new Map<string, { type: string; formula1: string; attrs: string }>();
  for (const m of xml.matchAll(/<dataValidation ([^>]*)>([\s\S]*?)<\/dataValidation>/g)) {
    const sqref = /sqref="([^"]+)"/.exec(m[1])![1];
    assert.ok(!out.has(sqref), `two validations on ${sqref}`);
    out.set(sqref, { type: /type="([^"]+)"/.exec(m[1])?.[1] ?? 'any', formula1: unescapeXml(/<formula1>([\s\S]*?)<\/formula1>/.exec(m[2])?.[1] ?? ''), attrs: unescapeXml(m[1]) });
  }
  return out;
}

describe('xlsx templates (written and read back)', function () {
  this.timeout(60000);
  let dir: string;
  const books = new Map<AppTypeId, ExcelJS.Workbook>();
  const zips = new Map<AppTypeId, JSZip>();

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'torch-template-'));
    for (const id of APP_TYPES) {
      const file = join(dir, templateFileName(id));
      await writeTemplate(id, file);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(file);
      books.set(id, wb);
      zips.set(id, await JSZip.loadAsync(readFileSync(file)));
    }
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names the files in Chinese after the application type', () => {
    assert.equal(templateFileName('base'), '国家火炬特色产业基地申报表.xlsx');
    assert.equal(templateFileName('cluster'), '创新型产业集群申报表.xlsx');
    assert.equal(templateFileName('industrialization'), '国家高新技术产业化基地申报表.xlsx');
  });

  for (const id of APP_TYPES) {
    describe(id, () => {
      const wb = () => books.get(id)!;

      it('has the cover, the tables, the 信用代码确认 sheet, and very hidden _lists and _torch sheets', () => {
        const names = wb().worksheets.map((w) => w.name);
        assert.deepEqual(names, ['填报信息', ...TABLES_OF[id].map((d) => d.shortName), '信用代码确认', '_lists', '_torch']);
        assert.deepEqual(wb().worksheets.map((w) => w.state), names.map((n) => (n.startsWith('_') ? 'veryHidden' : 'visible')));
      });

      it('lays out every table like the official form', () => {
        for (const def of TABLES_OF[id]) {
          const ws = wb().getWorksheet(def.shortName)!;
          const n = def.columns.length;
          assert.equal(ws.getCell('A1').value, def.title);
          assert.equal(ws.getCell('A2').value, `${def.nameLabel}:`);
          assert.equal(ws.getCell('E2').value, '数据年度：');
          assert.equal(ws.getCell('H2').value, def.id === 'backbone' ? '金额单位：万元；出口：万美元' : '金额单位：万元');
          const headers = def.columns.map((_, i) => ws.getCell(`${letter(i)}3`).value);
          assert.deepEqual(headers, def.columns.map(headerText));
          assert.equal(ws.getCell(`${letter(n)}3`).value, null, 'nothing right of the last header');
          assert.ok(ws.getCell('B3').alignment?.wrapText);
          assert.deepEqual([...ws.model.merges].sort(), [
            `A1:${letter(n - 1)}1`, 'A2:B2', 'C2:D2', 'E2:F2', `H2:${letter(n - 1)}2`, 'A204:B204',
            'A206:B206', `${letter(Math.ceil(n / 2))}206:${letter(n - 1)}206`, 'A207:B207', `${letter(Math.ceil(n / 2))}207:${letter(n - 1)}207`,
          ].sort());
          assert.equal(ws.getCell('A204').value, '合计');
          assert.equal(ws.getCell('A206').value, '填表人：');
          assert.equal(ws.getCell('A207').value, '填报单位（盖章）：');
          assert.match(String(ws.getCell(`${letter(Math.ceil(n / 2))}207`).value), /^填报日期： +年 +月 +日$/);
          def.columns.forEach((c, i) => assert.equal(ws.getColumn(i + 1).width, c.width ?? 12, `${def.id} ${c.key} width`));
        }
      });

      it('sums numbers and counts 是 in the 合计 row', () => {
        for (const def of TABLES_OF[id]) {
          const ws = wb().getWorksheet(def.shortName)!;
          def.columns.forEach((c, i) => {
            const v = ws.getCell(`${letter(i)}204`).value as { formula?: string } | null;
            const col = letter(i);
            if (c.type === 'number' || c.type === 'integer') assert.equal(v?.formula, `SUM(${col}4:${col}203)`, `${def.id} ${c.key}`);
            else if (c.type === 'yesno') assert.equal(v?.formula, `COUNTIF(${col}4:${col}203,"是")`, `${def.id} ${c.key}`);
            else if (i > 1) assert.equal(v, null, `${def.id} ${c.key}`);
          });
        }
      });

      it('formats numbers and borders the table area', () => {
        for (const def of TABLES_OF[id]) {
          const ws = wb().getWorksheet(def.shortName)!;
          def.columns.forEach((c, i) => {
            for (const row of [4, 203]) {
              const cell = ws.getCell(`${letter(i)}${row}`);
              if (c.type === 'number') assert.equal(cell.numFmt, '#,##0.00');
              if (c.type === 'integer') assert.equal(cell.numFmt, '0');
              if (c.type === 'uscc') assert.equal(cell.numFmt, '@');
              assert.equal(cell.border?.left?.style, 'thin', `${def.id} ${letter(i)}${row}`);
              assert.equal(cell.border?.bottom?.style, 'thin');
            }
            assert.equal(ws.getCell(`${letter(i)}3`).border?.top?.style, 'thin');
            assert.equal(ws.getCell(`${letter(i)}204`).border?.bottom?.style, 'thin');
            assert.equal(ws.getCell(`${letter(i)}205`).border?.bottom, undefined);
          });
        }
      });

      it('freezes below the header and prints A4 landscape, fit to width, header rows repeated', () => {
        for (const def of TABLES_OF[id]) {
          const ws = wb().getWorksheet(def.shortName)!;
          const view = ws.views[0] as { state?: string; xSplit?: number; ySplit?: number; topLeftCell?: string };
          assert.deepEqual([view.state, view.ySplit, view.xSplit, view.topLeftCell], ['frozen', 3, 2, 'A4']);
          const ps = ws.pageSetup;
          assert.deepEqual(
            [ps.paperSize, ps.orientation, ps.fitToPage, ps.fitToWidth, ps.fitToHeight, ps.printTitlesRow],
            [9, 'landscape', true, 1, 0, '1:3'],
          );
          assert.equal(ws.headerFooter.oddFooter, '&C第 &P 页，共 &N 页');
          assert.equal(ws.getCell('A1').font?.name, '宋体');
          assert.equal(ws.getCell('A1').font?.size, 16);
          assert.equal(ws.getCell('A3').font?.bold, true);
        }
      });

      it('adds each validation once, by range over the data rows, with list sources', async () => {
        for (const def of TABLES_OF[id]) {
          const dvs = validationsIn(await sheetXml(zips.get(id)!, def.shortName));
          const expected = new Map<string, [string, string]>();
          def.columns.forEach((c, i) => {
            const r = `${letter(i)}4:${letter(i)}203`;
            if (c.type === 'yesno') expected.set(r, ['list', '"是,否"']);
            else if (c.type === 'enum' && c.enum!.length > 5) expected.set(r, ['list', `torch_${c.key}`]);
            else if (c.type === 'enum') expected.set(r, ['list', `"${c.enum!.join(',')}"`]);
            else if (c.type === 'number') expected.set(r, ['decimal', c.min === undefined ? String(-1e12) : String(c.min)]);
            else if (c.type === 'integer') expected.set(r, ['whole', String(c.min ?? 0)]);
            else if (c.type === 'serial') expected.set(r, ['whole', '1']);
            else if (c.type === 'uscc') expected.set(r, ['textLength', '18']);
            else if (c.type === 'text' && c.maxLength) expected.set(r, ['textLength', String(c.maxLength)]);
          });
          assert.deepEqual(
            new Map([...dvs].map(([k, v]) => [k, [v.type, v.formula1]])),
            expected,
            def.id,
          );
          for (const [sqref, v] of dvs) {
            assert.match(v.attrs, /showInputMessage="1"/, sqref);
            assert.match(v.attrs, /showErrorMessage="1"/, sqref);
            assert.match(v.attrs, /errorTitle="输入有误"/, sqref);
            assert.match(v.attrs, /promptTitle="[^"]+"/, sqref);
          }
          const profit = def.columns.findIndex((c) => c.key === 'profit');
          if (profit >= 0) {
            const v = dvs.get(`${letter(profit)}4:${letter(profit)}203`)!;
            assert.doesNotMatch(v.attrs, /operator="greaterThanOrEqual"/, '净利润 may be negative');
            assert.match(v.attrs, /prompt="单位：万元，亏损填负数"/);
          }
        }
      });

      it('reads back the validations through exceljs too', () => {
        const def = TABLES_OF[id][0];
        const ws = wb().getWorksheet(def.shortName)!;
        const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
        const code = model['C10'];
        assert.equal(code.type, 'textLength');
        assert.equal(code.promptTitle, '统一社会信用代码');
        assert.equal(model['C204'], undefined, 'nothing on the 合计 row');
        assert.equal(model['C3'], undefined, 'nothing on the header');
      });

      it('has the cover sheet with dropdowns and the version filled in', async () => {
        const ws = wb().getWorksheet('填报信息')!;
        assert.equal(ws.getCell('A1').value, cover.title);
        cover.fields.forEach((f, i) => assert.equal(ws.getCell(`A${3 + i}`).value, f.header));
        const row = (key: string) => 3 + cover.fields.findIndex((f) => f.key === key);
        assert.equal(ws.getCell(`B${row('appType')}`).value, appType(id).label);
        assert.equal(ws.getCell(`B${row('templateVersion')}`).value, cover.version);
        const dvs = validationsIn(await sheetXml(zips.get(id)!, '填报信息'));
        assert.equal(dvs.get(`B${row('appType')}`)?.formula1, '"国家火炬特色产业基地,创新型产业集群,国家高新技术产业化基地"');
        assert.equal(dvs.get(`B${row('city')}`)?.formula1, 'torch_city');
        assert.match(dvs.get(`B${row('dataYear')}`)!.attrs, /prompt="填四位年份/);
        assert.equal(ws.pageSetup.paperSize, 9);
      });

      it('keeps the long lists on _lists behind defined names', async () => {
        const lists = wb().getWorksheet('_lists')!;
        assert.deepEqual(UNIT_NAMES.map((_, i) => lists.getCell(`A${i + 1}`).value), UNIT_NAMES);
        const wbXml = unescapeXml(await zips.get(id)!.file('xl/workbook.xml')!.async('string'));
        assert.match(wbXml, /<definedName name="torch_city">'?_lists'?!\$A\$1:\$A\$13<\/definedName>/);
        assert.match(wbXml, /<sheet [^>]*name="_lists"[^>]*state="veryHidden"/);
        assert.match(wbXml, /<sheet [^>]*name="_torch"[^>]*state="veryHidden"/);
        if (id === 'cluster') {
          assert.match(wbXml, /<definedName name="torch_category">'?_lists'?!\$B\$1:\$B\$6<\/definedName>/);
          assert.deepEqual([1, 2, 3, 4, 5, 6].map((r) => lists.getCell(`B${r}`).value), tableDef('cluster').columns[3].enum);
        }
      });

      it('describes its sheets on _torch, readable with readMetaRows', () => {
        const meta = wb().getWorksheet('_torch')!;
        const rows = readMetaRows(meta.getSheetValues() as unknown[][]);
        assert.deepEqual(rows, [
          { kind: 'cover', table: 'cover', version: '2018', sheet: '填报信息', headerRow: 2, firstDataRow: 3, lastDataRow: 2 + cover.fields.length, appType: id },
          ...TABLES_OF[id].map((d) => ({
            kind: 'table', table: d.id, version: d.version, sheet: d.shortName, headerRow: 3, firstDataRow: 4, lastDataRow: 203, totalRow: 204, appType: id,
          })),
        ]);
      });

      it('carries the rule formulas as conditional formats, in plan order, in the colours of the marks', async () => {
        const plan = buildWorkbookPlan(id);
        for (const sp of plan.sheets.filter((s) => s.tableId)) {
          const xml = unescapeXml(await sheetXml(zips.get(id)!, sp.name));
          const rules = [...xml.matchAll(/<conditionalFormatting sqref="([^"]+)">\s*<cfRule type="expression" dxfId="(\d+)" priority="(\d+)">\s*<formula>([\s\S]*?)<\/formula>/g)];
          assert.deepEqual(rules.map((m) => [m[1], m[4]]), sp.conditionalFormats!.map((cf) => [cf.range, cf.formula]), sp.name);
          assert.deepEqual(rules.map((m) => Number(m[3])), rules.map((_, i) => i + 1), 'the plan\'s first format has the top priority');
        }
        const styles = await zips.get(id)!.file('xl/styles.xml')!.async('string');
        assert.match(styles, /<dxf><font><color rgb="FF9C0006"\/><\/font><fill><patternFill patternType="solid"><bgColor rgb="FFFFC7CE"\/>/);
        for (const name of ['torch_uscc_chars', 'torch_uscc_weights', 'torch_number_chars', 'torch_confirmed']) {
          assert.ok(wb().definedNames.model.some((n: { name: string }) => n.name === name), name);
        }
      });
    });
  }

  it('writes the same workbook to a buffer, with fewer rows when asked', async () => {
    const buf = await templateBuffer('cluster', { dataRows: 20, cover: { appName: '晋中智能制造集群', dataYear: 2017 } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('主要企业和服务机构汇总表')!;
    assert.equal(ws.getCell('A24').value, '合计');
    assert.equal((ws.getCell('G24').value as { formula: string }).formula, 'SUM(G4:G23)');
    assert.equal(ws.getCell('C2').value, '晋中智能制造集群');
    assert.equal(ws.getCell('G2').value, 2017);
    const rows = readMetaRows(wb.getWorksheet('_torch')!.getSheetValues() as unknown[][]);
    assert.deepEqual(rows.map((r) => [r.lastDataRow, r.totalRow]), [[13, undefined], [23, 24]]);
  });

  it('covers every table definition in some template', () => {
    const used = new Set(APP_TYPES.flatMap((id) => TABLES_OF[id].map((d) => d.id)));
    assert.deepEqual([...used].sort(), TABLES.map((d) => d.id).sort());
  });
});
