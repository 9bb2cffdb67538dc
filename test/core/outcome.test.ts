// The one rule for what the province does with a return: tested over plain issues and counts.

import { strict as assert } from 'assert';
import type { Issue, Severity } from '../../src/core/types';
import { countOutcomes, openIssueCounts, OUTCOME_ORDER, outcomeOfCounts, outcomeOfIssues } from '../../src/core/outcome';
import { OUTCOME_LABEL } from '../../src/core/messages';
import { statusOf } from '../../src/core/rollup';

const issue = (severity: Severity, confirmed = false): Issue => ({ code: 'x', severity, sheet: 'S', row: 5, message: 'm', ...(confirmed ? { confirmed } : {}) });

describe('the outcome of a return', () => {
  it('an error sends it back, else a warning asks for a look, else it passes', () => {
    assert.equal(outcomeOfCounts({ errors: 1, warnings: 0 }), 'return');
    assert.equal(outcomeOfCounts({ errors: 2, warnings: 7 }), 'return');
    assert.equal(outcomeOfCounts({ errors: 0, warnings: 1 }), 'warn');
    assert.equal(outcomeOfCounts({ errors: 0, warnings: 0 }), 'pass');
  });

  it('notices alone pass; confirmed issues no longer count', () => {
    assert.equal(outcomeOfIssues([issue('notice'), issue('notice')]), 'pass');
    assert.equal(outcomeOfIssues([issue('notice'), issue('warning')]), 'warn');
    assert.equal(outcomeOfIssues([issue('warning', true), issue('notice')]), 'pass');
    assert.equal(outcomeOfIssues([issue('warning', true), issue('warning')]), 'warn');
    assert.equal(outcomeOfIssues([issue('error'), issue('warning')]), 'return');
    assert.equal(outcomeOfIssues([]), 'pass');
    assert.deepEqual(openIssueCounts([issue('error'), issue('warning', true), issue('warning'), issue('notice')]), { errors: 1, warnings: 1, notices: 1 });
  });

  it('a file that could not be read is asked for again, whatever its issues', () => {
    assert.equal(outcomeOfIssues([], true), 'unreadable');
    assert.equal(outcomeOfIssues([issue('error')], true), 'unreadable');
  });

  it('counts every outcome, failing first in the order', () => {
    assert.deepEqual(countOutcomes(['pass', 'return', 'return', 'unreadable']), { unreadable: 1, return: 2, warn: 0, pass: 1 });
    assert.deepEqual(countOutcomes([]), { unreadable: 0, return: 0, warn: 0, pass: 0 });
    assert.deepEqual([...OUTCOME_ORDER], ['unreadable', 'return', 'warn', 'pass']);
  });

  it('the merged workbook\'s status says the same as the outcome', () => {
    for (const [errors, warnings] of [[0, 0], [0, 3], [1, 0], [4, 4]]) {
      const o = outcomeOfCounts({ errors, warnings });
      assert.equal(statusOf(errors, warnings), { return: 'errors', warn: 'warnings', pass: 'pass' }[o]);
    }
  });

  it('each outcome has its wording', () => {
    assert.deepEqual(OUTCOME_LABEL, { return: '需退回', warn: '有警告', pass: '通过', unreadable: '无法读取' });
  });
});
