import { renderAttributionLine, type AttributionLineInput } from '../../../src/attribution';

const line = (input: Partial<AttributionLineInput> & { locale: string }) =>
  renderAttributionLine({ sourceNames: [], originalReporting: false, ...input });

describe('renderAttributionLine', () => {
  describe('names one source with the label of the language', () => {
    it.each([
      ['az', 'Mənbə: Reuters'],
      ['en', 'Source: Reuters'],
      ['ru', 'Источник: Reuters'],
      ['tr', 'Kaynak: Reuters'],
    ])('%s', (locale, expected) => {
      expect(line({ locale, sourceNames: ['Reuters'] })).toBe(expected);
    });
  });

  describe("lists several sources with a plural label and the language's conjunction", () => {
    it.each([
      ['az', 'Mənbələr: Reuters, AP və AFP'],
      ['en', 'Sources: Reuters, AP, and AFP'],
      ['ru', 'Источники: Reuters, AP и AFP'],
      ['tr', 'Kaynaklar: Reuters, AP ve AFP'],
    ])('%s', (locale, expected) => {
      expect(line({ locale, sourceNames: ['Reuters', 'AP', 'AFP'] })).toBe(expected);
    });
  });

  it('names each source once, however it is spelled', () => {
    expect(line({ locale: 'en', sourceNames: ['Reuters', ' reuters ', '', 'AP'] })).toBe(
      'Sources: Reuters and AP'
    );
  });

  describe('adds a machine translation note naming the original language', () => {
    it.each([
      ['az', 'Mənbə: Reuters. İngilis dilindən maşın tərcüməsi'],
      ['en', 'Source: Reuters. Machine translation from English'],
      ['ru', 'Источник: Reuters. Машинный перевод с английского'],
      ['tr', "Kaynak: Reuters. İngilizce'den makine çevirisi"],
    ])('%s', (locale, expected) => {
      const translation = { method: 'machine' as const, from: 'en' };
      expect(line({ locale, sourceNames: ['Reuters'], translation })).toBe(expected);
    });
  });

  describe('words a reviewed machine translation and a human translation', () => {
    it.each([
      ['az', 'machine-reviewed', 'Rus dilindən maşın tərcüməsi, redaktor tərəfindən yoxlanılıb'],
      ['az', 'human', 'Rus dilindən tərcümə'],
      ['en', 'machine-reviewed', 'Machine translation from Russian, reviewed by an editor'],
      ['en', 'human', 'Translated from Russian'],
      ['ru', 'machine-reviewed', 'Машинный перевод с английского, проверен редактором'],
      ['ru', 'human', 'Перевод с английского'],
      ['tr', 'machine-reviewed', "Rusça'dan makine çevirisi, editör tarafından kontrol edildi"],
      ['tr', 'human', "Rusça'dan çeviri"],
    ] as const)('%s %s', (locale, method, expected) => {
      const from = locale === 'ru' ? 'en' : 'ru';
      expect(line({ locale, translation: { method, from } })).toBe(expected);
    });
  });

  it('puts Russian language names in the genitive, with "со" where Russian needs it', () => {
    const ru = (from: string) => line({ locale: 'ru', translation: { method: 'machine', from } });
    expect(ru('az')).toBe('Машинный перевод с азербайджанского');
    expect(ru('tr')).toBe('Машинный перевод с турецкого');
    expect(ru('sv')).toBe('Машинный перевод со шведского');
    expect(ru('he')).toBe('Машинный перевод с иврита');
    expect(ru('hi')).toBe('Машинный перевод с хинди');
  });

  it('gives the Turkish ablative by vowel harmony and consonant assimilation', () => {
    const tr = (from: string) => line({ locale: 'tr', translation: { method: 'human', from } });
    expect(tr('de')).toBe("Almanca'dan çeviri");
    expect(tr('fr')).toBe("Fransızca'dan çeviri");
    expect(tr('tr')).toBe("Türkçe'den çeviri");
    expect(tr('az')).toBe('Azerbaycan dilinden çeviri');
  });

  it('capitalises with the locale’s rules (az "i" → "İ")', () => {
    expect(line({ locale: 'az', translation: { method: 'human', from: 'en' } })).toBe(
      'İngilis dilindən tərcümə'
    );
  });

  it('names the original language by its base subtag', () => {
    expect(line({ locale: 'en', translation: { method: 'machine', from: 'en-US' } })).toBe(
      'Machine translation from English'
    );
  });

  it('leaves the language out when it is missing or unknown', () => {
    expect(line({ locale: 'en', translation: { method: 'machine', from: null } })).toBe(
      'Machine translation'
    );
    expect(line({ locale: 'az', translation: { method: 'machine', from: 'qq' } })).toBe(
      'Maşın tərcüməsi'
    );
    expect(line({ locale: 'ru', translation: { method: 'human', from: '' } })).toBe('Перевод');
  });

  it('says nothing about translation for an original', () => {
    expect(
      line({ locale: 'en', sourceNames: ['AP'], translation: { method: 'original', from: 'en' } })
    ).toBe('Source: AP');
  });

  describe('marks original reporting', () => {
    it.each([
      ['az', 'Redaksiyanın öz xəbəri', 'Bbabo NET redaksiyasının öz xəbəri'],
      ['en', 'Original reporting', 'Original reporting by Bbabo NET'],
      ['ru', 'Материал редакции', 'Материал редакции Bbabo NET'],
      ['tr', 'Özel haber', 'Bbabo NET özel haberi'],
    ])('%s', (locale, plain, withSite) => {
      expect(line({ locale, originalReporting: true })).toBe(plain);
      expect(line({ locale, originalReporting: true, siteName: 'Bbabo NET' })).toBe(withSite);
    });
  });

  it('joins original reporting, sources and translation with ". "', () => {
    expect(
      line({
        locale: 'en',
        originalReporting: true,
        sourceNames: ['Reuters'],
        translation: { method: 'machine', from: 'az' },
      })
    ).toBe('Original reporting. Source: Reuters. Machine translation from Azerbaijani');
  });

  it('gives a locale without wording a neutral line in its own language, never English', () => {
    expect(
      line({
        locale: 'pl',
        sourceNames: ['dpa', 'AFP'],
        translation: { method: 'machine', from: 'fr' },
      })
    ).toBe('dpa i AFP · francuski → polski');
    expect(line({ locale: 'pl', originalReporting: true, siteName: 'Portal' })).toBe('Portal');
    // ICU has no data for 'xx': codes and commas rather than English words.
    expect(
      line({
        locale: 'xx-nope',
        sourceNames: ['Reuters', 'AP'],
        translation: { method: 'human', from: 'en' },
      })
    ).toBe('Reuters, AP · EN → XX');
  });

  it('reads regional locale tags as their language', () => {
    expect(line({ locale: 'az-Latn-AZ', sourceNames: ['APA'] })).toBe('Mənbə: APA');
  });

  it('returns an empty string when there is nothing to say', () => {
    expect(line({ locale: 'az' })).toBe('');
  });
});
