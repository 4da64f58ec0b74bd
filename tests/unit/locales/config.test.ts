import {
  canonicalLocaleCode,
  readLocaleConfig,
  unknownLocaleCodes,
} from '../../../src/locales/config';

describe('readLocaleConfig', () => {
  it('serves en (default) and az with no configuration', () => {
    expect(readLocaleConfig({})).toEqual({
      defaultLocale: 'en',
      defaultIsConfigured: false,
      locales: ['en', 'az'],
    });
  });

  it('adds CMS_LOCALES without duplicates, trimming spaces', () => {
    expect(readLocaleConfig({ CMS_LOCALES: ' ru, az ,tr,,en' }).locales).toEqual([
      'en',
      'az',
      'ru',
      'tr',
    ]);
  });

  it('puts CMS_DEFAULT_LOCALE first and keeps en and az', () => {
    expect(readLocaleConfig({ CMS_DEFAULT_LOCALE: 'az' })).toEqual({
      defaultLocale: 'az',
      defaultIsConfigured: true,
      locales: ['az', 'en'],
    });
  });
});

describe('locale codes against Strapi’s ISO list', () => {
  const known = ['en', 'az', 'az-Cyrl-AZ', 'pt-BR', 'ru', 'tr'];

  it('finds codes Strapi does not know', () => {
    expect(unknownLocaleCodes(['en', 'xx', 'pt-br', 'klingon'], known)).toEqual(['xx', 'klingon']);
  });

  it('maps a code to Strapi’s spelling, whatever its case', () => {
    expect(canonicalLocaleCode('PT-br', known)).toBe('pt-BR');
    expect(canonicalLocaleCode('nope', known)).toBeNull();
  });
});
