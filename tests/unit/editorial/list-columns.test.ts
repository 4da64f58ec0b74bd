import {
  listColumns,
  sourceNamesCell,
  sourcesCell,
  translationStateOf,
} from '../../../src/editorial/list-columns';

describe('the list view columns', () => {
  it('name each Source once, in the order the article credits them', () => {
    expect(sourceNamesCell(['Reuters', 'Associated Press', 'Reuters'])).toBe(
      'Reuters, Associated Press'
    );
    expect(sourceNamesCell([' AFP ', null, undefined, ''])).toBe('AFP');
  });

  it('leave the Sources cell empty for an unattributed article', () => {
    expect(sourceNamesCell([])).toBeNull();
    expect(sourceNamesCell([null])).toBeNull();
  });

  it('say "Original reporting" for the newsroom’s own story that credits no Source', () => {
    expect(sourcesCell([], true)).toBe('Original reporting');
    expect(sourcesCell(['Reuters'], true)).toBe('Reuters');
    expect(sourcesCell([], false)).toBeNull();
  });

  it('say original, current or outdated', () => {
    expect(translationStateOf(null)).toBe('original');
    expect(translationStateOf({ method: 'original', status: 'outdated' })).toBe('original');
    expect(translationStateOf({ method: 'human', status: 'current' })).toBe('current');
    expect(translationStateOf({ method: 'machine', status: null })).toBe('current');
    expect(translationStateOf({ method: 'machine-reviewed', status: 'outdated' })).toBe('outdated');
  });

  it('come together for a row', () => {
    expect(listColumns(['Reuters'], { method: 'human', status: 'outdated' }, false)).toEqual({
      sourceNames: 'Reuters',
      translationState: 'outdated',
    });
  });
});
