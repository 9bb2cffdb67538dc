import { strict as assert } from 'node:assert';
import type { Issue } from '../../src/core/types';
import { groupBySheet, confirmedCodes } from '../../taskpane/view/issue-list';
import { foldIssues, FOLD_MIN, type FoldView } from '../../taskpane/view/fold';
import { datedName } from '../../taskpane/view/names';
import { filesProblemRows, workbookProblemRows } from '../../taskpane/view/problems';
import { problemsCsv } from '../../src/returns/problems-csv';
import { supersededText } from '../../taskpane/view/merge-view';

const unit = (row: number, column = 'F'): Issue => ({
  code: 'cell/unit-in-number', severity: 'error', sheet: '骨干企业情况表', row, column, field: '营业收入', value: '5万元', message: '「营业收入」只填数字，现为「5万元」',
});

describe('pane triage: folding repeated issues', () => {
  it('folds 5000 of one kind in one column into one entry 「F 列 5000 处：带单位」, in place of the first', () => {
    const issues: Issue[] = [{ code: 'cell/required', severity: 'error', sheet: '骨干企业情况表', row: 4, column: 'B', field: '企业名称', message: '必填' }];
    for (let r = 5; r < 5005; r++) issues.push(unit(r));
    issues.push({ code: 'cell/required', severity: 'error', sheet: '骨干企业情况表', row: 6000, column: 'B', field: '企业名称', message: '必填' });
    const [group] = groupBySheet(issues);
    const entries = foldIssues(group.issues);
    assert.deepEqual(entries.map((e) => e.kind), ['issue', 'fold', 'issue']);
    const fold = entries[1] as FoldView;
    assert.equal(`${fold.location}：${fold.message}`, 'F 列 5000 处：带单位');
    assert.equal(fold.field, '营业收入');
    assert.equal(fold.issues.length, 5000);
    assert.equal(fold.issues[0].location, 'F5');
  });

  it('leaves fewer than FOLD_MIN alone, keeps columns and severities apart, never folds credit codes to confirm', () => {
    const few = Array.from({ length: FOLD_MIN - 1 }, (_, i) => unit(5 + i));
    assert.ok(foldIssues(groupBySheet(few)[0].issues).every((e) => e.kind === 'issue'));
    const mixed = [...[5, 6, 7].map((r) => unit(r, 'F')), ...[5, 6, 7].map((r) => unit(r, 'G'))];
    assert.equal(foldIssues(groupBySheet(mixed)[0].issues).length, 2);
    const codes = [5, 6, 7].map((r): Issue => ({ code: 'cell/uscc-checksum', severity: 'error', sheet: 'S', row: r, column: 'C', value: `9114010${r}`, message: 'x' }));
    assert.equal(foldIssues(groupBySheet(codes)[0].issues).length, 3);
  });

  it('lists each confirmed code once, with its number of places', () => {
    const c = (row: number, value: string, confirmed = true): Issue => ({ code: 'cell/uscc-checksum', severity: 'warning', sheet: 'S', row, column: 'C', value, confirmed, message: 'x' });
    assert.deepEqual(confirmedCodes([c(5, '91140100MA0K1234X5'), c(6, '91140100ma0k1234x5 '), c(7, '91140100MA0K9999X5', false)]), [{ code: '91140100MA0K1234X5', places: 2 }]);
  });
});

describe('pane wording', () => {
  it('dates the names of downloads', () => {
    assert.equal(datedName('全省汇总.xlsx', new Date(2018, 5, 12, 23, 59)), '全省汇总-2018-06-12.xlsx');
    assert.equal(datedName('问题清单.csv', new Date(2018, 0, 2)), '问题清单-2018-01-02.csv');
  });

  it('calls a newer file 修改稿 only when its name or date says so', () => {
    const old = { file: '大同市-集群.xlsx', status: 'superseded' as const, tables: [], supersededBy: '大同市-集群(修改稿).xlsx' };
    assert.match(supersededText(old, undefined), /被修改稿「大同市-集群\(修改稿\)\.xlsx」取代/);
    const copy = { ...old, supersededBy: '大同市-集群 - 副本.xlsx' };
    assert.match(supersededText(copy, undefined), /被较新的一份「大同市-集群 - 副本\.xlsx」取代/);
    const dated = { ...copy, date: '2018-06-01' };
    assert.match(supersededText(dated, { file: copy.supersededBy, status: 'merged', tables: [], date: '2018-06-10' }), /被修改稿/);
    // the name is read by the merge's own marker words (the tie-break that decided it says 修改稿 or 更正版 too)
    assert.match(supersededText({ ...old, supersededBy: '大同市-集群（补正）.xlsx' }, undefined), /被修改稿「大同市-集群（补正）\.xlsx」取代/);
  });
});

describe('pane problem lists from 校验 and 校验文件', () => {
  it('writes the open workbook\'s issues and every file\'s issues, unreadable files with their reason', () => {
    const csv = problemsCsv(workbookProblemRows([unit(5), { ...unit(6), confirmed: true }]));
    const lines = csv.slice(1).trim().split('\r\n');
    assert.equal(lines[0], '地市,文件,工作表,单元格,字段,值,级别,说明');
    assert.equal(lines.length, 3);
    assert.match(lines[1], /^,当前工作簿,骨干企业情况表,F5,营业收入,5万元,错误,/);
    assert.match(lines[2], /已确认/);
    const files = problemsCsv(filesProblemRows([
      { file: 'a.xlsx', city: '太原市', issues: [unit(5)] },
      { file: 'b.xlsx', error: { code: 'file/not-zip', message: '文件「b.xlsx」不是 Excel 工作簿' }, issues: [] },
    ]));
    const rows = files.slice(1).trim().split('\r\n');
    assert.equal(rows.length, 3);
    assert.match(rows[1], /^太原市,a\.xlsx,骨干企业情况表,F5,/);
    assert.match(rows[2], /^,b\.xlsx,,,,,错误,文件「b\.xlsx」不是 Excel 工作簿$/);
  });
});
