import { strict as assert } from 'node:assert';
import { describeError, UserFacingError } from '../../taskpane/view/errors';

describe('taskpane error messages', () => {
  it('passes a user-facing sentence through', () => {
    const e = new UserFacingError('工作簿中已有“骨干企业情况表”。');
    assert.ok(e instanceof UserFacingError);
    assert.equal(describeError(e), '工作簿中已有“骨干企业情况表”。');
  });

  it('explains known Office error codes in Chinese', () => {
    assert.match(describeError({ code: 'InvalidOperationInCellEditMode', message: 'x' }, '创建'), /^创建失败：Excel 正在编辑单元格/);
  });

  it('never shows a raw message or stack', () => {
    const text = describeError(new TypeError("Cannot read properties of undefined (reading 'x')"));
    assert.doesNotMatch(text, /Cannot|undefined/);
    assert.match(text, /请重试/);
  });
});
