import { correctionsAdded, datedCorrections } from '../../../src/write-pipeline/mark-outdated';

describe('correctionsAdded', () => {
  const stored = [{ note: 'The date was wrong.', correctedAt: '2026-12-01T08:00:00Z' }];

  it('is true when a save brings a note the stored locale does not have', () => {
    expect(correctionsAdded(stored, [...stored, { note: 'The name was wrong.' }])).toBe(true);
    expect(correctionsAdded(undefined, [{ note: 'First correction.' }])).toBe(true);
  });

  it('is true when a note is rewritten', () => {
    expect(correctionsAdded(stored, [{ note: 'The date and the place were wrong.' }])).toBe(true);
  });

  it('is false when the notes are the same (whitespace aside), removed, or not sent', () => {
    expect(correctionsAdded(stored, [{ id: 4, note: ' The date was wrong. ' }])).toBe(false);
    expect(correctionsAdded(stored, [])).toBe(false);
    expect(correctionsAdded(stored, undefined)).toBe(false);
    expect(correctionsAdded(stored, [{ note: '' }])).toBe(false);
  });
});

describe('datedCorrections', () => {
  it('dates an undated correction now and keeps given dates', () => {
    const now = new Date('2026-12-01T10:00:00.000Z');
    expect(
      datedCorrections([{ note: 'a' }, { note: 'b', correctedAt: '2026-11-30T00:00:00Z' }], now)
    ).toEqual([
      { note: 'a', correctedAt: '2026-12-01T10:00:00.000Z' },
      { note: 'b', correctedAt: '2026-11-30T00:00:00Z' },
    ]);
  });
});
