import {
  canonicalizeUnknownName,
  createSourceResolver,
  KNOWN_SOURCES,
  matchKey,
  slugify,
} from '../../../src/attribution';

describe('KNOWN_SOURCES', () => {
  it('includes the agencies the newsroom republishes', () => {
    const names = KNOWN_SOURCES.map((source) => source.name);
    for (const name of [
      'Reuters',
      'Associated Press',
      'Agence France-Presse',
      'Deutsche Welle',
      'TASS',
      'Interfax',
      'RIA Novosti',
      'APA',
      'Trend',
      'Report',
      'Anadolu Agency',
      'BBC',
      'Bloomberg',
      'AzərTAc',
      'Turan',
      'Xinhua',
      'RFE/RL',
      'dpa',
    ]) {
      expect(names).toContain(name);
    }
    expect(KNOWN_SOURCES.length).toBeGreaterThanOrEqual(50);
  });

  it('gives every source a slug made from its name', () => {
    for (const source of KNOWN_SOURCES) expect(source.slug).toBe(slugify(source.name));
  });

  it('gives every source a valid kind, https URL and ISO country code', () => {
    const kinds = ['news-agency', 'newspaper', 'broadcaster', 'government', 'other'];
    for (const source of KNOWN_SOURCES) {
      expect(kinds).toContain(source.kind);
      expect(source.url).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}/);
      expect(source.country).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('has unique names and slugs', () => {
    const names = KNOWN_SOURCES.map((source) => matchKey(source.name));
    const slugs = KNOWN_SOURCES.map((source) => source.slug);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it('never gives two sources the same spelling', () => {
    const owners = new Map<string, string>();
    for (const source of KNOWN_SOURCES) {
      for (const spelling of [source.name, ...source.aliases]) {
        const key = matchKey(spelling).replace(/^the /, '');
        const owner = owners.get(key);
        if (owner && owner !== source.name) {
          throw new Error(`"${spelling}" belongs to both ${owner} and ${source.name}`);
        }
        owners.set(key, source.name);
      }
    }
  });
});

describe('createSourceResolver', () => {
  const resolver = createSourceResolver([...KNOWN_SOURCES]);

  it.each([
    ['Reuters', 'en', 'Reuters'],
    ['Рейтер', 'ru', 'Reuters'],
    ['Рейтерс', 'ru', 'Reuters'],
    ['Reyter', 'az', 'Reuters'],
    ['AP', 'en', 'Associated Press'],
    ['the Associated Press', 'en', 'Associated Press'],
    ['Ассошиэйтед Пресс', 'ru', 'Associated Press'],
    ['Франс-Пресс', 'ru', 'Agence France-Presse'],
    ['Франс Пресс', 'ru', 'Agence France-Presse'],
    ['Дойче Велле', 'ru', 'Deutsche Welle'],
    ['ТАСС', 'ru', 'TASS'],
    ['РИА Новости', 'ru', 'RIA Novosti'],
    ['AZERTAC', 'az', 'AzərTAc'],
    ['Azertac', 'az', 'AzərTAc'],
    ['Anadolu Ajansı', 'tr', 'Anadolu Agency'],
    ['Би-би-си', 'ru', 'BBC'],
    ['Guardian', 'en', 'The Guardian'],
    ['Azadlıq Radiosu', 'az', 'RFE/RL'],
    ['Радио Свобода', 'ru', 'RFE/RL'],
  ])('resolves %p (%s) to %p', (raw, locale, canonical) => {
    expect(resolver.resolve(raw, locale)).toBe(canonical);
  });

  it('ignores case, quotes and diacritics', () => {
    expect(resolver.resolve('«REUTERS»', 'ru')).toBe('Reuters');
    expect(resolver.resolve('“report”', 'az')).toBe('Report');
    expect(resolver.resolve('HURRIYET', 'tr')).toBe('Hürriyet');
  });

  it('ignores the grammatical endings a detector may have left on', () => {
    expect(resolver.resolve('Интерфакса', 'ru')).toBe('Interfax');
    expect(resolver.resolve('«Ведомостей»', 'ru')).toBe('Vedomosti');
    expect(resolver.resolve('APA-nın', 'az')).toBe('APA');
    expect(resolver.resolve('Reutersin', 'az')).toBe('Reuters');
    expect(resolver.resolve("Anadolu Ajansı'nın", 'tr')).toBe('Anadolu Agency');
    expect(resolver.resolve('Anadolu Ajansından', 'tr')).toBe('Anadolu Agency');
    expect(resolver.resolve("AA'ya", 'tr')).toBe('Anadolu Agency');
  });

  it('returns null for outlets it does not know', () => {
    expect(resolver.resolve('Kyiv Independent', 'en')).toBeNull();
    expect(resolver.resolve('Медуза', 'ru')).toBeNull();
    expect(resolver.resolve('Caliber.az', 'az')).toBeNull();
    expect(resolver.resolve('', 'az')).toBeNull();
  });

  it('works with any list of sources, such as those in the database', () => {
    const custom = createSourceResolver([
      { name: 'Caliber.az', aliases: ['Caliber', 'Калибр'] },
      { name: 'Reuters', aliases: [] },
    ]);
    expect(custom.resolve('CALIBER', 'en')).toBe('Caliber.az');
    expect(custom.resolve('«Калибра»', 'ru')).toBe('Caliber.az');
    expect(custom.resolve('Рейтер', 'ru')).toBeNull();
  });
});

describe('canonicalizeUnknownName', () => {
  it('removes surrounding quotes and trailing punctuation', () => {
    expect(canonicalizeUnknownName('«Медуза»')).toBe('Медуза');
    expect(canonicalizeUnknownName('  “Caliber.az”.  ')).toBe('Caliber.az');
    expect(canonicalizeUnknownName('"Kyiv Independent",')).toBe('Kyiv Independent');
  });

  it('collapses white space', () => {
    expect(canonicalizeUnknownName(' Kyiv \n  Independent ')).toBe('Kyiv Independent');
  });

  it('keeps dots, slashes and hyphens inside the name', () => {
    expect(canonicalizeUnknownName('Report.az')).toBe('Report.az');
    expect(canonicalizeUnknownName('RFE/RL')).toBe('RFE/RL');
    expect(canonicalizeUnknownName('Interfax-Ukraine')).toBe('Interfax-Ukraine');
  });

  it('returns an empty string for nothing but quotes and spaces', () => {
    expect(canonicalizeUnknownName(' «» ')).toBe('');
  });
});

describe('one outlet, one Source', () => {
  const registry = createSourceResolver([
    { name: 'Фонтанка', aliases: [] },
    { name: 'Meduza', aliases: [] },
    { name: 'Reuters', aliases: [] },
  ]);

  it('finds an unverified Source under its name in another script or case', () => {
    expect(registry.resolve('«Фонтанки»', 'ru')).toBe('Фонтанка');
    expect(registry.resolve('Fontanka', 'en')).toBe('Фонтанка');
    expect(registry.resolve('Медуза', 'ru')).toBe('Meduza');
    expect(registry.resolve('Медузы', 'ru')).toBe('Meduza');
    // Created from '«Ведомостей»' as written, found again in the nominative.
    const created = createSourceResolver([{ name: 'Столичных новостей', aliases: [] }]);
    expect(created.resolve('Столичные новости', 'ru')).toBe('Столичных новостей');
  });

  it('does not join outlets whose names only look alike, nor short names', () => {
    expect(registry.resolve('Fontana', 'en')).toBeNull();
    expect(registry.resolve('Рейтер', 'ru')).toBeNull();
    const short = createSourceResolver([{ name: 'ЕГ', aliases: [] }]);
    expect(short.resolve('EG', 'en')).toBeNull();
  });
});
