import { strict as assert } from 'node:assert';
import { tabForKey } from '../../taskpane/view/tabs';

describe('pane tabs: keyboard', () => {
  const tabs = ['create', 'check', 'merge'];
  it('arrows move between the visible tabs and wrap around', () => {
    assert.equal(tabForKey(tabs, 'create', 'ArrowRight'), 'check');
    assert.equal(tabForKey(tabs, 'merge', 'ArrowRight'), 'create');
    assert.equal(tabForKey(tabs, 'create', 'ArrowLeft'), 'merge');
    assert.equal(tabForKey(tabs, 'check', 'Left'), 'create', 'IE 11 key names');
  });
  it('Home and End jump to the ends; other keys are left alone', () => {
    assert.equal(tabForKey(tabs, 'check', 'Home'), 'create');
    assert.equal(tabForKey(tabs, 'check', 'End'), 'merge');
    assert.equal(tabForKey(tabs, 'check', 'Enter'), undefined);
    assert.equal(tabForKey(tabs, 'files', 'ArrowRight'), undefined, 'a hidden tab is not a starting point');
  });
});
