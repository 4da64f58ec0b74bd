import { russianNominatives, turkicStems } from '../../../src/attribution/grammar';

describe('turkicStems', () => {
  it.each([
    ['Turanın', 'genitive', 'Turan'],
    ['Reutersin', 'genitive', 'Reuters'],
    ['Trendin', 'genitive', 'Trend'],
    ['Ajansının', 'genitive', 'Ajansı'],
    ['Radiosunun', 'genitive', 'Radiosu'],
    ['Turana', 'dative', 'Turan'],
    ['Reutersə', 'dative', 'Reuters'],
    ['Ajansına', 'dative', 'Ajansı'],
    ['Ajansından', 'ablative', 'Ajansı'],
    ['Trenddən', 'ablative', 'Trend'],
  ] as const)('offers the stem of %p without its %s ending', (word, grammaticalCase, stem) => {
    expect(turkicStems(word, grammaticalCase)).toContain(stem);
  });

  it('offers every reading of an ambiguous word (the caller checks which one it knows)', () => {
    // Turan + ın, or Tura + nın: only a list of known names can tell.
    expect(turkicStems('Turanın', 'genitive')).toEqual(['Tura', 'Turan']);
  });

  it('finds nothing when the word carries no such ending', () => {
    expect(turkicStems('Trend', 'genitive')).toEqual([]);
    expect(turkicStems('Trend', 'dative')).toEqual([]);
  });

  it('leaves an ending written after an apostrophe to the caller', () => {
    expect(turkicStems("Reuters'ın", 'genitive')).toEqual([]);
  });
});

describe('russianNominatives', () => {
  it.each([
    ['Интерфакса', 'Интерфакс'],
    ['Интерфаксу', 'Интерфакс'],
    ['Коммерсанта', 'Коммерсантъ'],
    ['Ведомостей', 'Ведомости'],
    ['Известиям', 'Известия'],
    ['Медузы', 'Медуза'],
    ['Медузой', 'Медуза'],
  ])('offers %p → %p among its candidates', (word, nominative) => {
    expect(russianNominatives(word)).toContain(nominative);
  });

  it('offers nothing for Latin words', () => {
    expect(russianNominatives('Reuters')).toEqual([]);
  });
});
