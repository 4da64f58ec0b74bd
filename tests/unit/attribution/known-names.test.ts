import {
  createKnownNames,
  createSourceResolver,
  defaultKnownNames,
  detectAttributions,
  KNOWN_SOURCES,
  reusingKnownNames,
  type KnownNames,
  type NamedSource,
} from '../../../src/attribution';

/*
 * Detection is told who the known outlets are: the app hands it the database's verified
 * Sources (src/hooks/source-registry.ts), so an outlet or alias an editor adds counts in the
 * phrases where only a known outlet counts (weak phrases, scripts without capitals, locales
 * without a grammar here). 'Kaspi Xəbər Agentliyi' is invented: no list in the code knows it.
 */
const KASPI: NamedSource = {
  name: 'Kaspi Xəbər Agentliyi',
  aliases: ['KXA', 'كاسبي', 'კასპი'],
};
const withKaspi = createKnownNames([...KNOWN_SOURCES, KASPI]);
const resolver = createSourceResolver([...KNOWN_SOURCES, KASPI]);

const namesIn = (text: string, locale: string, known?: KnownNames) =>
  detectAttributions(text, locale, known).map((detection) => detection.name);

describe('detection with the registry it is given', () => {
  it.each([
    ['az', 'Körpü açılıb, KXA yazır.'],
    ['az', 'Bu barədə KXA-ya nazirlikdən bildiriblər.'],
    ['en', 'The bridge reopened on Monday, citing KXA.'],
    ['en', 'The bridge will reopen, the minister told KXA.'],
    ['tr', "KXA'ya göre köprü yeniden açıldı."],
    ['ar', 'ذكرت كاسبي أن الجسر افتتح.'],
    ['ka', 'კასპის ცნობით, ხიდი გაიხსნა.'],
    // A locale without a grammar here: only known outlets count, in any known language's phrase.
    ['pl', 'Most otwarto ponownie. KXA xəbər verir.'],
  ])(
    'finds an outlet only the given registry knows, where only known outlets count (%s): %s',
    (locale, sentence) => {
      expect(namesIn(sentence, locale)).toEqual([]);
      const found = namesIn(sentence, locale, withKaspi);
      expect(found).toHaveLength(1);
      expect(resolver.resolve(found[0], locale)).toBe('Kaspi Xəbər Agentliyi');
    }
  );

  it.each([
    ['az', 'Kaspi Xəbər Agentliyinin məlumatına görə, körpü açılıb.', 'Kaspi Xəbər Agentliyi'],
    ['az', 'KXA-nın verdiyi məlumata görə, körpü açılıb.', 'KXA'],
    ['en', 'According to Kaspi Xəbər Agentliyi, the bridge reopened.', 'Kaspi Xəbər Agentliyi'],
    ['en', 'The bridge reopened, KXA reported.', 'KXA'],
  ])(
    'reads it in the usual reporting constructions as it reads a seeded outlet (%s): %s',
    (locale, sentence, name) => {
      expect(namesIn(sentence, locale, withKaspi)).toEqual([name]);
    }
  );

  it('keeps the seeded outlets known alongside it', () => {
    expect(
      namesIn('Körpü açılıb, KXA yazır. Trend yazır ki, yol da açılıb.', 'az', withKaspi)
    ).toEqual(['KXA', 'Trend']);
  });

  it.each([
    ['az', 'KXA-nın binası təmir olunub.'],
    ['az', 'Körpü açılıb, Kaspi yazır.'],
    ['az', 'Kaspi dənizində fırtına var, nazirlik bildirir.'],
    ['en', 'The minister visited KXA headquarters on Monday.'],
    ['en', 'The bridge will reopen, the minister told Kaspi.'],
  ])(
    'does not take a mention, or a part of the name, for an attribution (%s): %s',
    (locale, sentence) => {
      expect(namesIn(sentence, locale, withKaspi)).toEqual([]);
    }
  );
});

describe('createKnownNames', () => {
  it('lets no generic noun, sentence word or single letter an editor added become known', () => {
    const careless = createKnownNames([
      ...KNOWN_SOURCES,
      { name: 'Kaspi Xəbər Agentliyi', aliases: ['Agentlik', 'the agency', 'Qəzet', 'Today', 'K'] },
    ]);
    for (const [locale, sentence] of [
      ['az', 'Agentlik yazır ki, körpü açılıb.'],
      ['az', 'Qəzet yazır ki, körpü açılıb.'],
      ['en', 'The bridge reopened, citing the agency.'],
      ['en', 'The bridge reopened, citing Today.'],
      ['en', 'The bridge reopened, citing K.'],
    ]) {
      expect(namesIn(sentence, locale, careless)).toEqual([]);
    }
    expect(careless.isKnownSpelling('Kaspi Xəbər Agentliyi')).toBe(true);
    expect(careless.isKnownSpelling('the agency')).toBe(false);
  });

  it('knows an outlet under its case forms', () => {
    expect(withKaspi.knownSpelling('Kaspi Xəbər Agentliyinin', 'az', 'genitive')).toBe(
      'Kaspi Xəbər Agentliyi'
    );
    expect(withKaspi.knownSpelling('Kaspi', 'az')).toBeNull();
  });

  it('by default knows the compiled registry, and nothing an editor added', () => {
    expect(defaultKnownNames().isKnownSpelling('Reuters')).toBe(true);
    expect(defaultKnownNames().isKnownSpelling('KXA')).toBe(false);
  });
});

describe('reusingKnownNames', () => {
  it('hands back what it built while the names and aliases are the same, and rebuilds when they change', () => {
    const knownNamesOf = reusingKnownNames();
    const first = knownNamesOf([{ name: 'Reuters', aliases: ['Рейтер'] }]);
    expect(knownNamesOf([{ name: 'Reuters', aliases: ['Рейтер'] }])).toBe(first);
    const changed = knownNamesOf([{ name: 'Reuters', aliases: ['Рейтер', 'Reyter'] }]);
    expect(changed).not.toBe(first);
    expect(changed.isKnownSpelling('Reyter')).toBe(true);
    expect(first.isKnownSpelling('Reyter')).toBe(false);
  });
});
