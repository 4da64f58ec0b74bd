import {
  parseSearchRequest,
  snippetHtml,
  SearchInputError,
  toTsqueryText,
} from '../../../src/site/search';

describe('toTsqueryText', () => {
  it('needs every word and treats the last one as a prefix while it is being typed', () => {
    expect(toTsqueryText('İlham Əliy').tsquery).toBe("'İlham' & 'Əliy':*");
    expect(toTsqueryText('İlham Əliyev ').tsquery).toBe("'İlham' & 'Əliyev'");
  });

  it('does not expand a one-letter prefix', () => {
    expect(toTsqueryText('Bakı a').tsquery).toBe("'Bakı' & 'a'");
  });

  it('keeps tsquery operators and quotes out of the words', () => {
    const { tsquery, words } = toTsqueryText("x' | !y:* & (z) <-> Anadolu'nun");
    expect(words).toEqual(['x', 'y', 'z', 'Anadolu', 'nun']);
    expect(tsquery).toBe("'x' & 'y' & 'z' & 'Anadolu' & 'nun':*");
  });

  it('offers the same terms joined by OR for highlighting', () => {
    expect(toTsqueryText('a bc').highlightTsquery).toBe("'a' | 'bc':*");
  });
});

describe('parseSearchRequest', () => {
  it('defaults to the first page of 10', () => {
    expect(parseSearchRequest({ q: 'Bakı' })).toMatchObject({
      page: 1,
      pageSize: 10,
      from: null,
      to: null,
    });
  });

  it('reads a date as its whole day', () => {
    const request = parseSearchRequest({ q: 'x', from: '2025-11-24', to: '2025-11-24' });
    expect(request.from?.toISOString()).toBe('2025-11-24T00:00:00.000Z');
    expect(request.to?.toISOString()).toBe('2025-11-24T23:59:59.999Z');
  });

  it.each([
    [{}, 'q must contain at least one word'],
    [{ q: ['a', 'b'] }, 'q must be given once'],
    [{ q: 'x', page: '-1' }, 'page must be an integer'],
    [{ q: 'x', pageSize: '1e3' }, 'pageSize must be an integer'],
    [{ q: 'x', to: '2025-13-45' }, 'to must be a date'],
    [{ q: 'x', section: '../etc' }, 'section must be a slug'],
  ])('%j is refused: %s', (params, message) => {
    expect(() => parseSearchRequest(params)).toThrow(SearchInputError);
    expect(() => parseSearchRequest(params)).toThrow(message);
  });
});

describe('snippetHtml', () => {
  const original = 'İLHAM Əliyev <b> & İstanbul';
  // What PostgreSQL folds it to: one character for each.
  const folded = 'ilham eliyev ‹b› ＆ istanbul';

  it('cuts the fragment from the original text and marks the same characters', () => {
    const headline = '\u0002ilham\u0003 eliyev ‹b› ＆ \u0002istanbul\u0003';
    expect(snippetHtml(headline, original, folded)).toBe(
      '<mark>İLHAM</mark> Əliyev &lt;b&gt; &amp; <mark>İstanbul</mark>'
    );
  });

  it('joins fragments and escapes a fragment it cannot find in the text', () => {
    const headline = '\u0002ilham\u0003\u0001not <in> text';
    expect(snippetHtml(headline, original, folded)).toBe(
      '<mark>İLHAM</mark> … not &lt;in&gt; text'
    );
  });
});
