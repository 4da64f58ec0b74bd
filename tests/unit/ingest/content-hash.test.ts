import { contentHash, parseArticleText } from '../../../src/ingest';
import type { ParsedArticle } from '../../../src/ingest';
import { formattingVariants, readSample } from './helpers';

const SEED = readSample('az-000-seed.txt');
const seed = parseArticleText(SEED);

function withChange(change: Partial<ParsedArticle>): ParsedArticle {
  return { ...seed, ...change };
}

describe('contentHash', () => {
  it('is a SHA-256 in lower-case hex', () => {
    expect(contentHash(seed)).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is stable for the seed article, so hashes stored in the database stay valid', () => {
    expect(contentHash(seed)).toBe(
      'b29eb039816792339b6db84db36290194084c57c3becaf22ec40223cb11ca4f2'
    );
  });

  it.each(Object.entries(formattingVariants(SEED)))(
    'is the same when the file has %s',
    (_name, text) => {
      expect(contentHash(parseArticleText(text))).toBe(contentHash(seed));
    }
  );

  it('is the same for curly and straight quotes', () => {
    const straight = withChange({
      paragraphs: seed.paragraphs.map((p) => p.replace(/[“”]/g, '"')),
    });
    expect(straight.paragraphs).not.toEqual(seed.paragraphs);
    expect(contentHash(straight)).toBe(contentHash(seed));
  });

  it('is the same for composed and decomposed Unicode', () => {
    const decomposed = withChange({
      headline: seed.headline.normalize('NFD'),
      paragraphs: seed.paragraphs.map((p) => p.normalize('NFD')),
    });
    expect(contentHash(decomposed)).toBe(contentHash(seed));
  });

  it('ignores the site, the section and the warnings, which are not article text', () => {
    const elsewhere = withChange({ site: 'Other', section: 'Dünya', warnings: [] });
    delete elsewhere.site;
    expect(contentHash(elsewhere)).toBe(contentHash(seed));
  });

  it.each<[string, Partial<ParsedArticle>]>([
    ['one word of the headline', { headline: seed.headline.replace('Blinken', 'Blinkin') }],
    ['the case of one letter', { headline: seed.headline.replace('Ukraynaya', 'ukraynaya') }],
    ['the dateline', { dateline: 'Bakı' }],
    [
      'one word of a paragraph',
      {
        paragraphs: seed.paragraphs.map((p, i) =>
          i === 5 ? p.replace('100 mindən', '101 mindən') : p
        ),
      },
    ],
    [
      'punctuation in a paragraph',
      { paragraphs: seed.paragraphs.map((p, i) => (i === 0 ? p.replace(/\.$/, '!') : p)) },
    ],
    [
      'the order of paragraphs',
      { paragraphs: [seed.paragraphs[1], seed.paragraphs[0], ...seed.paragraphs.slice(2)] },
    ],
    [
      'where a paragraph breaks',
      { paragraphs: [`${seed.paragraphs[0]} ${seed.paragraphs[1]}`, ...seed.paragraphs.slice(2)] },
    ],
    ['a dropped paragraph', { paragraphs: seed.paragraphs.slice(0, -1) }],
  ])('changes when %s changes', (_what, change) => {
    const changed = withChange(change);
    expect(changed).not.toEqual(seed);
    expect(contentHash(changed)).not.toBe(contentHash(seed));
  });
});
