import { foldCase, matchKey } from '../../../src/attribution';

describe('foldCase', () => {
  it.each(['az', 'tr', 'en', 'ru'])(
    'folds İSTANBUL, Istanbul and istanbul to the same text in %p',
    (locale) => {
      const folded = ['İSTANBUL', 'Istanbul', 'istanbul', 'ıstanbul'].map((text) =>
        foldCase(text, locale)
      );
      expect(new Set(folded)).toEqual(new Set(['istanbul']));
    }
  );

  it('lower-cases other scripts and keeps diacritics', () => {
    expect(foldCase('GÖRƏ', 'az')).toBe('görə');
    expect(foldCase('ТАСС', 'ru')).toBe('тасс');
  });

  it('treats composed and decomposed letters alike', () => {
    expect(foldCase('Gu\u0308ven', 'tr')).toBe(foldCase('Güven', 'tr'));
  });

  it('survives a malformed locale tag', () => {
    expect(foldCase('İSTANBUL', 'not a locale')).toBe('istanbul');
  });
});

describe('matchKey', () => {
  it('ignores quotes, case and diacritics', () => {
    expect(matchKey('«AZƏRTAC»')).toBe(matchKey('AzərTAc'));
    expect(matchKey('“Report”')).toBe(matchKey('report'));
    expect(matchKey('Hürriyet')).toBe(matchKey('HURRIYET'));
  });

  it('treats dotted and dotless i as one letter', () => {
    expect(matchKey('Azadlıq Radiosu')).toBe(matchKey('AZADLIQ RADIOSU'));
    expect(matchKey('İRNA')).toBe(matchKey('IRNA'));
  });

  it('collapses spaces and treats hyphens as spaces', () => {
    expect(matchKey('  Agence   France-Presse ')).toBe(matchKey('Agence France Presse'));
  });

  it('ignores a word-final hard sign (old Russian spelling)', () => {
    expect(matchKey('Коммерсантъ')).toBe(matchKey('Коммерсант'));
  });

  it('keeps different names apart', () => {
    expect(matchKey('AP')).not.toBe(matchKey('APA'));
    expect(matchKey('Interfax')).not.toBe(matchKey('Interfax-Ukraine'));
  });
});
