import { strict as assert } from 'node:assert';
import type { Issue } from '../../src/core/types';
import {
  countOpenIssues,
  filterCounts,
  filterIssues,
  groupBySheet,
  issueView,
  WORKBOOK_GROUP,
} from '../../taskpane/view/issue-list';

const issue = (p: Partial<Issue>): Issue => ({ code: 'cell/required', severity: 'error', message: '必填', ...p });

const sample: Issue[] = [
  issue({ sheet: '骨干企业情况表', row: 7, column: 'C', field: '统一社会信用代码', code: 'cell/uscc-checksum', value: '91140100MA0K1234X5', message: '校验位不符' }),
  issue({ sheet: '骨干企业情况表', row: 5, column: 'AB', field: '营业收入', severity: 'warning', message: '偏大' }),
  issue({ sheet: '骨干企业情况表', row: 5, column: 'B', field: '企业名称', message: '必填' }),
  issue({ sheet: '填报信息', row: 4, column: 'B', field: '所在地市', message: '请选择地市' }),
  issue({ code: 'app/unknown-backbone', severity: 'notice', message: '整体提示' }),
  issue({ sheet: '骨干企业情况表', row: 9, severity: 'warning', code: 'table/duplicate', message: '重复' }),
  issue({ sheet: '填报信息', row: 6, column: 'B', severity: 'error', confirmed: true, message: '已确认' }),
];

describe('taskpane issue list', () => {
  it('counts open issues by severity, leaving confirmed ones out', () => {
    assert.deepEqual(countOpenIssues(sample), { errors: 3, warnings: 2, notices: 1 });
    assert.deepEqual(filterCounts(sample), { all: 6, error: 3, warning: 2, notice: 1 });
  });

  it('filters by severity', () => {
    assert.equal(filterIssues(sample, 'all').length, 6);
    assert.deepEqual(filterIssues(sample, 'warning').map((i) => i.message), ['偏大', '重复']);
    assert.deepEqual(filterIssues(sample, 'notice').map((i) => i.code), ['app/unknown-backbone']);
  });

  it('groups by sheet: workbook issues first, then sheets in order of appearance, rows and columns sorted', () => {
    const groups = groupBySheet(filterIssues(sample, 'all'));
    assert.deepEqual(groups.map((g) => g.title), [WORKBOOK_GROUP, '骨干企业情况表', '填报信息']);
    assert.deepEqual(groups[1].issues.map((v) => v.location), ['B5', 'AB5', 'C7', '第 9 行']);
    const keys = groups.flatMap((g) => g.issues.map((v) => v.key));
    assert.equal(new Set(keys).size, keys.length, 'keys are unique');
  });

  it('turns an issue into what the entry shows and where a click goes', () => {
    const v = issueView(sample[2]);
    assert.equal(v.location, 'B5');
    assert.equal(v.field, '企业名称');
    assert.equal(v.showField, true);
    assert.equal(issueView(issue({ field: '企业名称', message: '「企业名称」必须填写' })).showField, false, 'a field the message names is not shown twice');
    assert.equal(v.severityLabel, '错误');
    assert.deepEqual(v.target, { sheet: '骨干企业情况表', address: 'B5' });
    assert.equal(v.confirmCode, undefined);
  });

  it('selects the whole row for row issues and has no target without a sheet', () => {
    assert.deepEqual(issueView(sample[5]).target, { sheet: '骨干企业情况表', address: '9:9' });
    assert.equal(issueView(sample[4]).target, undefined);
    assert.equal(issueView(sample[4]).location, '');
    assert.equal(issueView(sample[4]).severityLabel, '提示');
  });

  it('offers 确认无误 only for unconfirmed credit-code checksum failures', () => {
    assert.equal(issueView(sample[0]).confirmCode, '91140100MA0K1234X5');
    assert.equal(issueView({ ...sample[0], confirmed: true }).confirmCode, undefined);
    assert.equal(issueView({ ...sample[0], code: 'cell/uscc' }).confirmCode, undefined);
  });
});
