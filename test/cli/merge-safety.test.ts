// issue 10: nothing lost, nothing misreported — outputs that are inputs, atomic writes, our own outputs in the
// returns folder, the same file twice, folders per city, and resubmissions that the rule cannot tell apart.
// Every return is a small file generated here.

import { strict as assert } from 'node:assert';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from '../helpers/run-cli';
import { backboneRow, writeReturn, type ReturnSpec } from '../xlsx/merged-returns';
import { openWorkbook, sheetRows } from '../xlsx/merged-fixture';

/** A clean 产业化基地 return with `n` 骨干企业 rows. */
function spec(city: string, name: string, n: number, date = '2018-06-01', first = 1): ReturnSpec {
  return { type: 'industrialization', city, name, date, rows: { backbone: Array.from({ length: n }, (_, i) => backboneRow(first + i)) } };
}

function notesRows(wb: Awaited<ReturnType<typeof openWorkbook>>): string[][] {
  const rows: string[][] = [];
  wb.getWorksheet('说明')!.eachRow((r) => rows.push((r.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

describe('merge: an output that resolves to an input is refused before anything is read (issue 10.1)', () => {
  let dir: string;
  let a: string;
  let b: string;
  let bBytes: Buffer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'torch-safety-out-'));
    a = join(dir, '太原市-甲基地.xlsx');
    b = join(dir, '大同市-乙基地.xlsx');
    await writeReturn(spec('太原市', '甲基地', 2), a);
    await writeReturn(spec('大同市', '乙基地', 3, '2018-06-01', 10), b);
    bBytes = readFileSync(b);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('merge A B -o B: exit 2, a plain sentence naming B, and B untouched', async () => {
    const r = await run(['merge', a, b, '-o', b]);
    assert.equal(r.code, 2);
    assert.match(r.err, /-o 指定的「.*大同市-乙基地\.xlsx」就是输入文件「.*大同市-乙基地\.xlsx」；合并结果不能覆盖报送的文件/);
    assert.ok(readFileSync(b).equals(bBytes));
    assert.equal(r.out, '', 'nothing was read or merged');
  });

  it('sees through a symlinked folder and a hard link', async () => {
    const link = join(dir, 'link');
    symlinkSync(dir, link);
    const hard = join(dir, '硬链接.xlsx');
    linkSync(b, hard);
    const viaLink = await run(['merge', a, b, '-o', join(link, '大同市-乙基地.xlsx')]);
    assert.equal(viaLink.code, 2);
    assert.match(viaLink.err, /就是输入文件/);
    const viaHard = await run(['merge', a, b, '-o', hard]);
    assert.equal(viaHard.code, 2);
    assert.match(viaHard.err, /就是输入文件「.*大同市-乙基地\.xlsx」/);
    assert.ok(readFileSync(b).equals(bBytes));
    rmSync(hard);
    rmSync(link);
  });

  it('refuses --json naming an input, and --json naming the same file as -o', async () => {
    const asInput = await run(['merge', a, b, '-o', join(dir, 'out', 'r.xlsx'), '--json', b]);
    assert.equal(asInput.code, 2);
    assert.match(asInput.err, /--json 指定的「.*大同市-乙基地\.xlsx」就是输入文件/);
    const same = await run(['merge', a, '-o', join(dir, 'out', 'r.xlsx'), '--json', join(dir, 'out', '..', 'out', 'r.xlsx')]);
    assert.equal(same.code, 2);
    assert.match(same.err, /-o 和 --json 指向同一个文件/);
    assert.ok(readFileSync(b).equals(bBytes));
    assert.ok(!existsSync(join(dir, 'out', 'r.xlsx')));
  });

  it('refuses an output inside a searched folder that is one of its returns', async () => {
    const r = await run(['merge', dir, '-o', b]);
    assert.equal(r.code, 2);
    assert.ok(readFileSync(b).equals(bBytes));
  });

  it('replaces its own earlier result inside the returns folder, which it skips rather than reads', async () => {
    const result = join(dir, '全省汇总.xlsx');
    const first = await run(['merge', dir, '-o', result, '--json', join(dir, 'r1.json')]);
    assert.equal(first.code, 0, first.out + first.err);
    const again = await run(['merge', dir, '-o', result, '--json', join(dir, 'r2.json')]);
    assert.equal(again.code, 0, again.out + again.err);
    assert.match(again.out, /已跳过：文件「.*全省汇总\.xlsx」是本工具生成的合并结果，不是申报表，已跳过/);
    const [r1, r2] = ['r1.json', 'r2.json'].map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
    assert.deepEqual([r2.rows.read, r2.rows.written, r2.applications.length], [r1.rows.read, r1.rows.written, 2]);
    assert.ok(readFileSync(b).equals(bBytes));
    for (const f of ['全省汇总.xlsx', 'r1.json', 'r2.json']) rmSync(join(dir, f));
  });
});

describe('merge: writes are atomic and a failed run leaves no stale report (issue 10.2)', () => {
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'torch-safety-atomic-'));
    mkdirSync(join(dir, 'in'));
    await writeReturn(spec('太原市', '甲基地', 2), join(dir, 'in', '太原市-甲基地.xlsx'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the workbook and then the report, leaving no temporary file beside them', async () => {
    const r = await run(['merge', join(dir, 'in'), '-o', join(dir, 'out', '全省汇总.xlsx'), '--json', join(dir, 'out', 'r.json')]);
    assert.equal(r.code, 0, r.out + r.err);
    assert.deepEqual(readdirSync(join(dir, 'out')).sort(), ['r.json', '全省汇总.xlsx']);
    assert.equal(JSON.parse(readFileSync(join(dir, 'out', 'r.json'), 'utf8')).rows.ok, true);
  });

  it('a run whose workbook cannot be written keeps the previous workbook and removes the previous report', async () => {
    const good = readFileSync(join(dir, 'out', '全省汇总.xlsx'));
    // the result's place is taken by a folder: writing fails as a locked file does
    mkdirSync(join(dir, 'out', 'blocked.xlsx'));
    const r = await run(['merge', join(dir, 'in'), '-o', join(dir, 'out', 'blocked.xlsx'), '--json', join(dir, 'out', 'r.json')]);
    assert.equal(r.code, 2);
    assert.match(r.err, /无法写入「.*blocked\.xlsx」/);
    assert.ok(!existsSync(join(dir, 'out', 'r.json')), 'the report of the previous run is gone');
    assert.ok(readFileSync(join(dir, 'out', '全省汇总.xlsx')).equals(good));
    assert.deepEqual(readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.tmp')), []);
  });

  it('writes templates the same way', async () => {
    const r = await run(['template', 'base', '-o', join(dir, 'tpl')]);
    assert.equal(r.code, 0);
    assert.deepEqual(readdirSync(join(dir, 'tpl')), ['国家火炬特色产业基地申报表.xlsx']);
  });
});

describe('merge: our own outputs, the same file twice, folders per city (issues 10.5, 10.6, 10.7)', () => {
  let dir: string;
  let returns: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'torch-safety-files-'));
    returns = join(dir, 'returns');
    mkdirSync(join(returns, '太原市'), { recursive: true });
    mkdirSync(join(returns, '大同市'));
    await writeReturn(spec('太原市', '甲基地', 2), join(returns, '太原市', '太原市-甲基地.xlsx'));
    await writeReturn(spec('大同市', '乙基地', 3, '2018-06-01', 10), join(returns, '大同市', '大同市-乙基地.xlsx'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('searches folders recursively, follows a link loop once, and lists every file skipped with why', async () => {
    symlinkSync(returns, join(returns, '大同市', '回到上级'));
    writeFileSync(join(returns, '朔州市-丙基地.et'), 'WPS');
    writeFileSync(join(returns, '忻州市-丁基地.xlsb'), 'PK');
    writeFileSync(join(returns, '导出.csv'), 'a,b');
    writeFileSync(join(returns, '太原市-甲基地.xlsx.bak'), 'old');
    writeFileSync(join(returns, '太原市', '~$太原市-甲基地.xlsx'), 'lock');
    symlinkSync('/dev/zero', join(returns, '吕梁市-零.xlsx'));
    const out = join(dir, 'out', 'r.xlsx');
    const started = Date.now();
    const r = await run(['merge', returns, '-o', out, '--json', join(dir, 'out', 'r.json')]);
    assert.ok(Date.now() - started < 60_000, 'the /dev/zero link never hangs the run');
    assert.equal(r.code, 2, r.out);
    assert.match(r.out, /已合并 2 个申报项目/);
    assert.match(r.out, /无法读取：文件「.*朔州市-丙基地\.et」是WPS 表格（\.et）格式，请另存为 Excel 工作簿（\.xlsx）后重新报送/);
    assert.match(r.out, /无法读取：文件「.*忻州市-丁基地\.xlsb」是Excel 二进制工作簿（\.xlsb）格式/);
    assert.match(r.out, /无法读取：「.*吕梁市-零\.xlsx」不是普通文件/);
    assert.match(r.out, /已跳过：「.*导出\.csv」不是申报表（CSV 文本文件），已跳过/);
    assert.match(r.out, /已跳过：「.*太原市-甲基地\.xlsx\.bak」不是申报表（备份或临时文件）/);
    assert.match(r.out, /已跳过：「.*~\$太原市-甲基地\.xlsx」是 Excel 或 WPS 打开文件时生成的临时文件/);
    assert.match(r.out, /已跳过：文件夹「.*回到上级」指向已经搜索过的文件夹/);
    const report = JSON.parse(readFileSync(join(dir, 'out', 'r.json'), 'utf8'));
    assert.deepEqual(report.skipped.map((s: { code: string }) => s.code).sort(),
      ['file/skipped-lock', 'file/skipped-not-workbook', 'file/skipped-not-workbook', 'file/symlink-loop']);
    assert.deepEqual(report.applications.map((a: { city: string }) => a.city).sort(), ['大同市', '太原市']);
    const units = report.units.filter((u: { submitted: boolean }) => u.submitted).map((u: { unit: string }) => u.unit);
    assert.ok(units.includes('太原市') && units.includes('大同市'));
    const notes = notesRows(await openWorkbook(out));
    for (const name of ['导出.csv', '回到上级', '~$太原市-甲基地.xlsx', '朔州市-丙基地.et']) {
      assert.ok(notes.some((l) => l[0].endsWith(name) && /已跳过|无法读取/.test(l[1])), `说明 lists ${name}`);
    }
    for (const f of ['朔州市-丙基地.et', '忻州市-丁基地.xlsb', '导出.csv', '太原市-甲基地.xlsx.bak', '吕梁市-零.xlsx']) rmSync(join(returns, f));
    rmSync(join(returns, '太原市', '~$太原市-甲基地.xlsx'));
    rmSync(join(returns, '大同市', '回到上级'));
  });

  it('skips yesterday\'s merged workbook found among the returns, by name, with a line in the report', async () => {
    const first = await run(['merge', returns, '-o', join(dir, 'day1', '全省汇总.xlsx'), '--json', join(dir, 'day1', 'r.json')]);
    assert.equal(first.code, 0, first.out);
    const day1 = JSON.parse(readFileSync(join(dir, 'day1', 'r.json'), 'utf8'));
    copyFileSync(join(dir, 'day1', '全省汇总.xlsx'), join(returns, '全省汇总.xlsx'));
    const r = await run(['merge', returns, '-o', join(dir, 'day2', '全省汇总.xlsx'), '--json', join(dir, 'day2', 'r.json')]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /已跳过：文件「全省汇总\.xlsx」是本工具生成的合并结果，不是申报表，已跳过/);
    const day2 = JSON.parse(readFileSync(join(dir, 'day2', 'r.json'), 'utf8'));
    assert.equal(day2.applications.length, 2);
    assert.equal(day2.rows.read, day1.rows.read);
    assert.equal(day2.rows.written, 5);
    const province = (report: { units: { unit: string; applications: number; figures: Record<string, number> }[] }) =>
      report.units.find((u) => u.unit === '全省合计')!;
    assert.equal(province(day2).applications, 2);
    assert.deepEqual(province(day2).figures, province(day1).figures, 'the province\'s figures are not counted twice');
    assert.equal(day2.files.find((f: { file: string }) => f.file === '全省汇总.xlsx').status, 'skipped');
    assert.ok(!day2.applications.some((a: { city: string }) => a.city === '地市不明'));
    rmSync(join(returns, '全省汇总.xlsx'));
  });

  it('reads the same file once when it is named twice or saved under two names, and reports the duplicate', async () => {
    const a = join(returns, '太原市', '太原市-甲基地.xlsx');
    copyFileSync(a, join(returns, '太原市', '太原市-甲基地 - 副本.xlsx'));
    const r = await run(['merge', returns, a, '-o', join(dir, 'dup', 'r.xlsx'), '--json', join(dir, 'dup', 'r.json')]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /已跳过：文件「.*太原市-甲基地( - 副本)?\.xlsx」与「.*太原市-甲基地( - 副本)?\.xlsx」内容完全相同（SHA-256 一致），只读取一次/);
    assert.match(r.out, /已跳过：「.*太原市-甲基地\.xlsx」与「.*太原市-甲基地\.xlsx」是同一个文件，只读取一次/);
    const report = JSON.parse(readFileSync(join(dir, 'dup', 'r.json'), 'utf8'));
    assert.deepEqual([report.rows.read, report.rows.written, report.rows.superseded], [5, 5, 0]);
    assert.equal(report.files.filter((f: { status: string }) => f.status === 'merged').length, 2);
    const rows = sheetRows((await openWorkbook(join(dir, 'dup', 'r.xlsx'))).getWorksheet('骨干企业')!);
    assert.equal(rows.length, 5);
    rmSync(join(returns, '太原市', '太原市-甲基地 - 副本.xlsx'));
  });
});

describe('merge: resubmissions are decided by one rule, never by order (issue 10.8)', () => {
  let dir: string;
  const when = new Date('2018-06-05T08:00:00Z');
  const app = (n: number, first: number) => ({ ...spec('晋城市', '晋城光机电基地', n, '2018-06-04', first) });
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'torch-safety-tie-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  async function pair(folder: string, names: [string, string]): Promise<string[]> {
    mkdirSync(join(dir, folder));
    const files = names.map((n) => join(dir, folder, n));
    await writeReturn(app(2, 1), files[0]);
    await writeReturn(app(3, 10), files[1]);
    for (const f of files) utimesSync(f, when, when);
    return files;
  }

  it('the file marked 修改稿 or 更正, in either bracket width, wins when date and file time tie, in any argument order', async () => {
    for (const [folder, marked] of [['half', '晋城市-晋城光机电基地(修改稿).xlsx'], ['full', '晋城市-晋城光机电基地（更正）.xlsx']]) {
      const [plain, corrected] = await pair(folder, ['晋城市-晋城光机电基地.xlsx', marked]);
      const results = [];
      for (const order of [[plain, corrected], [corrected, plain]]) {
        const json = join(dir, folder, `r${results.length}.json`);
        const r = await run(['merge', ...order, '-o', join(dir, folder, `r${results.length}.xlsx`), '--json', json]);
        assert.equal(r.code, 0, r.out);
        assert.match(r.out, /被取代：文件「晋城市-晋城光机电基地\.xlsx」已被同一申报项目的「.*」取代（填报日期和文件时间相同，文件名标明为修改稿或更正版）/);
        const report = JSON.parse(readFileSync(json, 'utf8'));
        results.push([report.applications[0].file, report.rows.written, report.rows.superseded]);
      }
      assert.deepEqual(results[0], [marked, 3, 2]);
      assert.deepEqual(results[1], results[0]);
    }
  });

  it('the later file time wins on the same date, and the message says so', async () => {
    const [older, newer] = await pair('time', ['晋城市-晋城光机电基地-1.xlsx', '晋城市-晋城光机电基地-2.xlsx']);
    utimesSync(older, new Date('2018-06-01T00:00:00Z'), new Date('2018-06-01T00:00:00Z'));
    const r = await run(['merge', newer, older, '-o', join(dir, 'time', 'r.xlsx')]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /「晋城市-晋城光机电基地-1\.xlsx」已被同一申报项目的「晋城市-晋城光机电基地-2\.xlsx」取代（填报日期相同，文件修改时间更晚）/);
  });

  it('still tied: merges neither, reports both as errors a person must resolve, and says so in the summary', async () => {
    const files = await pair('tie', ['晋城市-晋城光机电基地-甲.xlsx', '晋城市-晋城光机电基地-乙.xlsx']);
    const json = join(dir, 'tie', 'r.json');
    const out = join(dir, 'tie', 'r.xlsx');
    const r = await run(['merge', ...files, '-o', out, '--json', json]);
    assert.equal(r.code, 1, r.out);
    assert.match(r.out, /已合并 0 个申报项目/);
    assert.match(r.out, /无法判断以哪份为准，均未合并，请人工选择：「晋城市-晋城光机电基地-甲\.xlsx」、「晋城市-晋城光机电基地-乙\.xlsx」/);
    const report = JSON.parse(readFileSync(json, 'utf8'));
    assert.deepEqual(report.tied, [['晋城市-晋城光机电基地-甲.xlsx', '晋城市-晋城光机电基地-乙.xlsx']]);
    assert.deepEqual([report.rows.read, report.rows.written, report.rows.superseded, report.rows.leftOut, report.rows.ok], [5, 0, 0, 5, true]);
    const issues = report.issues.filter((i: { message: string }) => /都未合并/.test(i.message));
    assert.deepEqual(issues.map((i: { file: string; severity: string }) => [i.file, i.severity]).sort(),
      [['晋城市-晋城光机电基地-乙.xlsx', 'error'], ['晋城市-晋城光机电基地-甲.xlsx', 'error']]);
    const wb = await openWorkbook(out);
    assert.equal(sheetRows(wb.getWorksheet('骨干企业')!).length, 0);
    const problems = sheetRows(wb.getWorksheet('问题清单')!).filter((p) => /请确认以哪一份为准/.test(String(p['说明'])));
    assert.equal(problems.length, 2);
    assert.ok(notesRows(wb).some((l) => l[1] === '待人工选择'));
  });
});
