import { strict as assert } from 'node:assert';
import { countsLine, LIVE_NOTE, MANUAL_NOTE, manualNote, statusView, UNAVAILABLE_NOTE } from '../../taskpane/view/status';

describe('taskpane status line', () => {
  it('names only the severities that occur', () => {
    assert.equal(countsLine({ errors: 3, warnings: 2, notices: 0 }), '3 个错误，2 个警告');
    assert.equal(countsLine({ errors: 0, warnings: 0, notices: 1 }), '1 个提示');
    assert.equal(countsLine({ errors: 0, warnings: 0, notices: 0 }), '未发现问题');
  });

  it('takes the tone of the worst severity', () => {
    assert.equal(statusView({ counts: { errors: 1, warnings: 5, notices: 0 }, mode: 'live' }).tone, 'error');
    assert.equal(statusView({ counts: { errors: 0, warnings: 5, notices: 2 }, mode: 'live' }).tone, 'warning');
    assert.equal(statusView({ counts: { errors: 0, warnings: 0, notices: 0 }, mode: 'live' }).tone, 'ok');
  });

  it('says checking is manual when the Excel has no change events', () => {
    const s = statusView({ counts: null, mode: 'manual' });
    assert.equal(s.text, '尚未检查');
    assert.equal(s.note, MANUAL_NOTE);
    assert.match(s.note!, /全表检查/);
    assert.notEqual(statusView({ counts: null, mode: 'live' }).note, MANUAL_NOTE);
  });

  it('says the workbook cannot be checked here on an Excel without ExcelApi 1.2, whatever the counts', () => {
    const s = statusView({ counts: null, mode: 'unavailable' });
    assert.equal(s.note, UNAVAILABLE_NOTE);
    assert.match(s.note!, /校验文件/);
    assert.doesNotMatch(s.text, /等待检查|尚未检查/);
  });

  it('shows progress while a check runs', () => {
    assert.equal(statusView({ counts: { errors: 2, warnings: 0, notices: 0 }, mode: 'live', checking: true }).text, '正在检查……');
  });
});

describe('taskpane status line in manual mode', () => {
  it('says when the list was made and that it may be out of date', () => {
    const now = new Date(2018, 5, 12, 16, 5);
    const s = statusView({ counts: { errors: 1, warnings: 0, notices: 0 }, mode: 'manual', checkedAt: new Date(2018, 5, 12, 15, 32) }, now);
    assert.equal(s.note, '上次检查：15:32。之后的修改不会自动检查，列表可能已过时；修改后请再点「全表检查」。');
    assert.match(manualNote(new Date(2018, 5, 11, 9, 5), now), /^上次检查：6月11日 09:05。/);
    assert.equal(statusView({ counts: { errors: 1, warnings: 0, notices: 0 }, mode: 'live', checkedAt: now }, now).note, LIVE_NOTE);
  });
});
