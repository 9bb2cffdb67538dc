import { strict as assert } from 'node:assert';
import { checkUscc, isShanxiCode, orgCodeCheckChar, usccCheckChar } from '../../src/core/uscc';

describe('统一社会信用代码', () => {
  it('accepts the reference vectors that are valid', () => {
    assert.equal(checkUscc('91440300708461136T'), 'ok');
    assert.equal(checkUscc('91330110MA2CC1X505'), 'ok');
  });
  it('rejects the invalid reference vector by its checksum', () => {
    assert.equal(checkUscc('91110000100020821R'), 'checksum');
  });
  it('reports the early pilot code as a checksum failure, not a malformed code', () => {
    assert.equal(checkUscc('91350100M0001TGQXM'), 'checksum');
  });
  it('tells length and alphabet errors apart', () => {
    assert.equal(checkUscc('9144030070846113'), 'length');
    assert.equal(checkUscc('91440300708461136TX'), 'length');
    assert.equal(checkUscc('9144030070846113IT'), 'alphabet');
    assert.equal(checkUscc('91440300708461136O'), 'alphabet');
  });
  it('computes the check character from a prefix', () => {
    assert.equal(usccCheckChar('91440300708461136'), 'T');
    assert.equal(usccCheckChar('91330110MA2CC1X50'), '5');
  });
  it('computes the organisation-code check (GB 11714)', () => {
    // 70846113-6 is the organisation code inside 91440300708461136T
    assert.equal(orgCodeCheckChar('70846113'), '6');
  });
  it('knows Shanxi area codes', () => {
    assert.equal(isShanxiCode('91140100MA0GRX5E2X'), true);
    assert.equal(isShanxiCode('91440300708461136T'), false);
  });
});
