import {
  pointerOf,
  rebuildSourceRefs,
  type StoredSourceRef,
} from '../../../src/attribution/source-refs';

const byPointer = (pointer: { id: number } | { documentId: string }) =>
  'id' in pointer
    ? pointer.id
    : (({ reuters: 1, apa: 2, tass: 3 } as Record<string, number>)[pointer.documentId] ?? null);

const storedRef = (over: Partial<StoredSourceRef>): StoredSourceRef => ({
  id: 10,
  quotedAs: null,
  originalUrl: null,
  originalHeadline: null,
  role: 'origin',
  detected: true,
  source: { id: 1 },
  ...over,
});

describe('a relation value in component data', () => {
  it.each([
    [7, { id: 7 }],
    ['reuters', { documentId: 'reuters' }],
    [{ id: 7 }, { id: 7 }],
    [{ documentId: 'apa' }, { documentId: 'apa' }],
    [{ connect: [{ documentId: 'apa' }] }, { documentId: 'apa' }],
    [{ set: [3, 4] }, { id: 4 }],
    [[], null],
    [null, null],
    [{ disconnect: [1] }, null],
  ])('%j points at %j', (value, expected) => {
    expect(pointerOf(value)).toEqual(expected);
  });
});

describe('rebuilding the sources of a write', () => {
  it('adds what detection found, marked as detected, with the phrase it was found by', () => {
    const rebuilt = rebuildSourceRefs({
      incoming: undefined,
      stored: [],
      detected: [{ sourceId: 1, sourceDocumentId: 'reuters', quotedAs: 'Reuters agentliyinin' }],
      sourceIdOf: byPointer,
    });
    expect(rebuilt.data).toEqual([
      {
        source: 'reuters',
        quotedAs: 'Reuters agentliyinin',
        originalUrl: null,
        originalHeadline: null,
        role: 'origin',
        detected: true,
      },
    ]);
    expect(rebuilt.sourceIds).toEqual([1]);
    expect(rebuilt.entrySourceIds).toEqual([1]);
  });

  it('keeps an editor’s entry as it is and does not add its Source again as detected', () => {
    const editor = { source: { documentId: 'reuters' }, role: 'quoted' as const, detected: false };
    const rebuilt = rebuildSourceRefs({
      incoming: [editor],
      stored: [],
      detected: [
        { sourceId: 1, sourceDocumentId: 'reuters', quotedAs: 'Reuters' },
        { sourceId: 2, sourceDocumentId: 'apa', quotedAs: 'APA' },
      ],
      sourceIdOf: byPointer,
    });
    expect(rebuilt.data[0]).toBe(editor);
    expect(rebuilt.data).toHaveLength(2);
    expect(rebuilt.sourceIds).toEqual([1, 2]);
  });

  it('drops a detected entry the text no longer supports, and keeps an editor’s URL on one it still does', () => {
    const stored = [
      storedRef({ id: 10, source: { id: 1 }, originalUrl: 'https://reuters.example/x' }),
      storedRef({ id: 11, source: { id: 3 } }),
    ];
    const rebuilt = rebuildSourceRefs({
      incoming: undefined,
      stored,
      detected: [{ sourceId: 1, sourceDocumentId: 'reuters', quotedAs: 'Reuters' }],
      sourceIdOf: byPointer,
    });
    expect(rebuilt.data).toEqual([
      expect.objectContaining({
        id: 10,
        source: 'reuters',
        originalUrl: 'https://reuters.example/x',
      }),
    ]);
    expect(rebuilt.sourceIds).toEqual([1]);
  });

  it('lets an entry sent back without its relation keep the stored one', () => {
    const rebuilt = rebuildSourceRefs({
      incoming: [{ id: 10, detected: false, quotedAs: 'edited' }],
      stored: [storedRef({ id: 10, source: { id: 2 }, detected: false })],
      detected: [],
      sourceIdOf: byPointer,
    });
    expect(rebuilt.sourceIds).toEqual([2]);
    expect(rebuilt.entrySourceIds).toEqual([2]);
  });

  it('counts an entry that names no Source (only a URL) as naming none', () => {
    const rebuilt = rebuildSourceRefs({
      incoming: [{ originalUrl: 'https://example.org/story', detected: false }],
      stored: [],
      detected: [],
      sourceIdOf: byPointer,
    });
    expect(rebuilt.sourceIds).toEqual([]);
    expect(rebuilt.entrySourceIds).toEqual([null]);
  });
});
