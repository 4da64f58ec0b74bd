import {
  diffOrigin,
  diffParagraphs,
  originTextOf,
  type OriginText,
} from '../../../src/translators/origin-diff';

const paragraph = (text: string) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

const text = (overrides: Partial<OriginText> = {}): OriginText => ({
  title: 'Ceasefire talks resume',
  lead: 'Delegations met in Geneva.',
  paragraphs: ['First.', 'Second.', 'Third.'],
  corrections: [],
  ...overrides,
});

describe('originTextOf: the translatable text of a stored version', () => {
  it('takes title, lead, one paragraph per body block with text, and the correction notes', () => {
    expect(
      originTextOf({
        title: ' Talks resume ',
        lead: 'In Geneva.',
        body: [
          paragraph('First paragraph.'),
          paragraph('   '),
          { type: 'heading', level: 2, children: [{ type: 'text', text: 'A heading' }] },
          {
            type: 'list',
            format: 'unordered',
            children: [
              { type: 'list-item', children: [{ type: 'text', text: 'one' }] },
              { type: 'list-item', children: [{ type: 'text', text: 'two' }] },
            ],
          },
        ],
        corrections: [{ note: 'The date was wrong.' }, { note: null }],
      })
    ).toEqual({
      title: 'Talks resume',
      lead: 'In Geneva.',
      paragraphs: ['First paragraph.', 'A heading', 'one\ntwo'],
      corrections: ['The date was wrong.'],
    });
  });

  it('reads a missing or malformed body and missing fields as empty, without throwing', () => {
    expect(originTextOf({ title: null, body: 'not blocks' })).toEqual({
      title: '',
      lead: '',
      paragraphs: [],
      corrections: [],
    });
    expect(originTextOf({ title: 'T', body: [null, 7, { children: 'x' }] }).paragraphs).toEqual([]);
  });
});

describe('diffOrigin: what changed in the origin since the translation', () => {
  it('reports nothing for the same text', () => {
    expect(diffOrigin(text(), text())).toEqual({
      unchanged: true,
      fields: [],
      paragraphs: [],
      correctionsAdded: [],
    });
  });

  it('names the changed fields with their old and new text', () => {
    const changes = diffOrigin(text(), text({ lead: 'Delegations met in Vienna.' }));
    expect(changes.unchanged).toBe(false);
    expect(changes.fields).toEqual([
      { field: 'lead', before: 'Delegations met in Geneva.', after: 'Delegations met in Vienna.' },
    ]);
    expect(changes.paragraphs).toEqual([]);
  });

  it('reports an edited paragraph as changed, with its number before and now', () => {
    const changes = diffOrigin(
      text(),
      text({ paragraphs: ['First.', 'Second, edited.', 'Third.'] })
    );
    expect(changes.fields).toEqual([]);
    expect(changes.paragraphs).toEqual([
      { change: 'changed', was: 2, now: 2, before: 'Second.', after: 'Second, edited.' },
    ]);
  });

  it('lists the correction notes added since', () => {
    const before = text({ corrections: ['Old note.'] });
    const after = text({ corrections: ['Old note.', 'The minister was misnamed.'] });
    expect(diffOrigin(before, after)).toMatchObject({
      unchanged: false,
      correctionsAdded: ['The minister was misnamed.'],
    });
    expect(diffOrigin(after, before).unchanged).toBe(true);
  });
});

describe('diffParagraphs', () => {
  it('finds a paragraph inserted between kept ones, numbered in the new text', () => {
    expect(diffParagraphs(['A', 'B', 'C'], ['A', 'New', 'B', 'C'])).toEqual([
      { change: 'added', now: 2, after: 'New' },
    ]);
  });

  it('finds a removed paragraph, numbered in the old text', () => {
    expect(diffParagraphs(['A', 'B', 'C'], ['A', 'C'])).toEqual([
      { change: 'removed', was: 2, before: 'B' },
    ]);
  });

  it('finds paragraphs appended at the end and one removed at the start', () => {
    expect(diffParagraphs(['A', 'B'], ['B', 'C', 'D'])).toEqual([
      { change: 'removed', was: 1, before: 'A' },
      { change: 'added', now: 2, after: 'C' },
      { change: 'added', now: 3, after: 'D' },
    ]);
  });

  it('pairs removals and additions at the same place as changes, the rest as added or removed', () => {
    expect(diffParagraphs(['A', 'B', 'C', 'D'], ['A', 'B2', 'C2', 'X', 'D'])).toEqual([
      { change: 'changed', was: 2, now: 2, before: 'B', after: 'B2' },
      { change: 'changed', was: 3, now: 3, before: 'C', after: 'C2' },
      { change: 'added', now: 4, after: 'X' },
    ]);
  });

  it('handles empty texts on either side', () => {
    expect(diffParagraphs([], [])).toEqual([]);
    expect(diffParagraphs([], ['A'])).toEqual([{ change: 'added', now: 1, after: 'A' }]);
    expect(diffParagraphs(['A'], [])).toEqual([{ change: 'removed', was: 1, before: 'A' }]);
  });

  it('keeps the moved paragraph aligned and reports the move as a removal plus an addition', () => {
    const changes = diffParagraphs(['A', 'B', 'C'], ['B', 'C', 'A']);
    expect(changes).toEqual([
      { change: 'removed', was: 1, before: 'A' },
      { change: 'added', now: 3, after: 'A' },
    ]);
  });
});
