import { strict as assert } from 'node:assert';
import { copyFile, mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { main } from '../../src/cli/main';
import { templateWorkbook } from '../../src/xlsx/template';
import { backboneRow, code } from '../core/fixtures';
import { backbone } from '../../src/core/tables';
import { usccCheckChar } from '../../src/core/uscc';

async function run(argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const code = await main(argv, (l) => lines.push(l));
  return { code, out: lines.join('\n') };
}

/** A 特色产业基地 return filled in our template: two good rows and one with a unit typed into 总收入. */
async function filledReturn(dir: string, bad: boolean): Promise<string> {
  const wb = templateWorkbook('base');
  const cover = wb.getWorksheet('填报信息')!;
  const values: Record<string, string | number> = { 基地名称: '', 所在地市: '太原市', 数据年度: 2017, 填报单位: '太原市科技局', 联系人: '王五', 联系电话: '0351-4921797', 填报日期: '2018-06-01' };
  cover.eachRow((row) => {
    const label = String(row.getCell(1).value ?? '').replace(/[*\s]/g, '');
    if (label === '基地/集群名称') row.getCell(2).value = '太原煤机特色产业基地';
    if (label in values && values[label] !== '') row.getCell(2).value = values[label];
  });
  const ws = wb.getWorksheet(backbone.shortName)!;
  for (let i = 0; i < 3; i++) {
    const data = backboneRow(4 + i, i + 1, bad && i === 2 ? { 总收入: '2000万' } : {});
    backbone.columns.forEach((c, j) => {
      const v = data[c.header];
      if (v !== undefined && v !== null) ws.getCell(4 + i, j + 1).value = v as never;
    });
  }
  const related = wb.getWorksheet('主要关联企业情况表')!;
  related.getRow(4).values = [1, '关联甲公司', code(11), '配件', '山西测试1号科技有限公司', '上游供应', '否', 100, 10, '是'];
  const services = wb.getWorksheet('科技服务机构情况表')!;
  services.getRow(4).values = [1, '太原某孵化器', code(21, '140100').replace(/^91/, '12').slice(0, 17) + usccCheckChar(code(21).replace(/^91/, '12').slice(0, 17)), '创新服务机构', '孵化', '是', '李四', 20, 15];
  const file = path.join(dir, bad ? '太原市-有错误.xlsx' : '太原市-无错误.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('torch-tables CLI', () => {
  let dir: string;
  let good: string;
  let bad: string;
  before(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'torch-cli-'));
    good = await filledReturn(dir, false);
    bad = await filledReturn(dir, true);
  });

  it('writes every blank template', async () => {
    const out = path.join(dir, 'templates');
    const r = await run(['template', 'all', '-o', out]);
    assert.equal(r.code, 0);
    assert.deepEqual((await readdir(out)).sort(), ['创新型产业集群申报表.xlsx', '国家火炬特色产业基地申报表.xlsx', '国家高新技术产业化基地申报表.xlsx']);
  });

  it('says plainly, with exit 2, when -o names a file rather than a folder', async () => {
    const notADir = path.join(dir, '已有文件.xlsx');
    await writeFile(notADir, 'x');
    const lines: string[] = [];
    const error = console.error;
    console.error = (l: string) => lines.push(l);
    try {
      assert.equal((await run(['template', 'base', '-o', notADir])).code, 2);
    } finally {
      console.error = error;
    }
    assert.match(lines.join('\n'), /无法写入「.*已有文件\.xlsx」/);
  });

  it('refuses an unknown application type with exit 2', async () => {
    const r = await run(['template', 'nonsense']);
    assert.equal(r.code, 2);
  });

  it('validates a clean return with exit 0 and a bad one with exit 1, naming the cell', async () => {
    const clean = await run(['validate', good]);
    assert.equal(clean.code, 0, clean.out);
    assert.match(clean.out, /太原市-无错误\.xlsx：未发现问题/);
    const faulty = await run(['validate', bad]);
    assert.equal(faulty.code, 1);
    assert.match(faulty.out, /\[骨干企业情况表\]\n\s+F6\s+错误\s+「总收入」只填数字/);
  });

  it('prints the issues as JSON', async () => {
    const r = await run(['validate', bad, '--json']);
    const json = JSON.parse(r.out);
    assert.equal(json.tool, 'torch-tables');
    assert.equal(json.files.length, 1);
    const [f] = json.files;
    assert.equal(f.file, '太原市-有错误.xlsx');
    assert.equal(f.ok, false);
    assert.equal(f.counts.errors, 1);
    const issue = f.issues.find((i: { severity: string }) => i.severity === 'error');
    assert.deepEqual(
      { code: issue.code, sheet: issue.sheet, row: issue.row, column: issue.column, field: issue.field, value: issue.value, file: issue.file },
      { code: 'cell/unit-in-number', sheet: '骨干企业情况表', row: 6, column: 'F', field: '总收入', value: '2000万', file: '太原市-有错误.xlsx' },
    );
  });

  it('a checksum failure a clerk registered on 信用代码确认 is reported as confirmed, not as an error', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(good);
    const pilot = '91350100M0001TGQXM'; // a real early pilot code that fails the checksum
    wb.getWorksheet(backbone.shortName)!.getCell('C5').value = pilot;
    const failing = path.join(dir, '太原市-试点代码.xlsx');
    await wb.xlsx.writeFile(failing);
    const before = await run(['validate', failing]);
    assert.equal(before.code, 1);
    assert.match(before.out, /C5\s+错误\s+「统一社会信用代码」校验位不符.*请在「信用代码确认」工作表登记/);
    wb.getWorksheet('信用代码确认')!.getRow(4).values = [pilot, '王五', '2018-06-01', '早期试点代码'];
    await wb.xlsx.writeFile(failing);
    const after = await run(['validate', failing]);
    assert.equal(after.code, 0, after.out);
    assert.match(after.out, /C5\s+警告\s+「统一社会信用代码」校验位不符，已由王五于2018-06-01确认无误（已确认）/);
  });

  it('exits 2 with a plain reason, never a stack trace, for an unreadable file', async () => {
    const file = path.join(dir, '坏文件.xlsx');
    await writeFile(file, 'this is not a workbook');
    const r = await run(['validate', file, good]);
    assert.equal(r.code, 2);
    assert.match(r.out, /坏文件\.xlsx：无法读取 — 文件「坏文件\.xlsx」不是 Excel 工作簿/);
    assert.doesNotMatch(r.out, /at .*\.ts:\d+/);
  });

  it('lists an old .xls return found in a folder as unreadable instead of skipping it silently', async () => {
    const folder = path.join(dir, 'with-xls');
    await mkdir(folder);
    await copyFile(good, path.join(folder, '太原市-无错误.xlsx'));
    // an Excel 97-2003 file starts with the OLE2 signature
    await writeFile(path.join(folder, '大同市-旧格式.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    await writeFile(path.join(folder, '~$太原市-无错误.xlsx'), 'Excel lock file');
    await writeFile(path.join(folder, '说明.txt'), 'not a return');
    const r = await run(['validate', folder]);
    assert.equal(r.code, 2, r.out);
    assert.match(r.out, /大同市-旧格式\.xls：无法读取 — 文件「大同市-旧格式\.xls」设置了打开密码（或是旧版 \.xls 格式）/);
    assert.match(r.out, /太原市-无错误\.xlsx：未发现问题/);
    assert.match(r.out, /共 2 个文件/);
  });

  it('refuses a folder with no workbook in it (exit 2), as merge does, instead of reporting success', async () => {
    const empty = path.join(dir, 'empty');
    await mkdir(empty);
    const r = await run(['validate', empty]);
    assert.equal(r.code, 2);
  });

  it('runs as the package bin', async () => {
    const bin = path.resolve(__dirname, '../../bin/torch-tables.js');
    const { stdout } = await promisify(execFile)(process.execPath, [bin, 'validate', good]);
    assert.match(stdout, /太原市-无错误\.xlsx：未发现问题/);
    const failed = await promisify(execFile)(process.execPath, [bin, 'validate', bad]).catch((e) => e);
    assert.equal(failed.code, 1);
  });
});
