import { buildNewsArticleJsonLd, type JsonLdInput } from '../../../src/site/jsonld';

const input = (overrides: Partial<JsonLdInput> = {}): JsonLdInput => ({
  documentId: 'doc1',
  locale: 'az',
  title: 'Bərələr işləyir',
  sources: [{ name: 'Reuters', kind: 'news-agency' }],
  alternates: [],
  publisher: { name: 'Newsroom' },
  publishedAt: '2026-11-30T10:00:00.000Z',
  ...overrides,
});

describe('JSON-LD corrections', () => {
  it('states each correction as a schema.org CorrectionComment with its date', () => {
    const jsonld = buildNewsArticleJsonLd(
      input({
        corrections: [
          { note: 'An earlier version gave the wrong date.', correctedAt: '2026-12-01T08:00:00Z' },
          { note: 'The minister was misnamed.', correctedAt: '2026-12-01T09:30:00Z' },
        ],
      })
    );
    expect(jsonld.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version gave the wrong date.',
        datePublished: '2026-12-01T08:00:00Z',
      },
      {
        '@type': 'CorrectionComment',
        text: 'The minister was misnamed.',
        datePublished: '2026-12-01T09:30:00Z',
      },
    ]);
  });

  it('has no correction property for an article never corrected, nor for blank notes', () => {
    expect(buildNewsArticleJsonLd(input())).not.toHaveProperty('correction');
    expect(buildNewsArticleJsonLd(input({ corrections: [{ note: '  ' }] }))).not.toHaveProperty(
      'correction'
    );
  });
});
