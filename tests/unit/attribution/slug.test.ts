import { MAX_SLUG_LENGTH, slugify, slugWithSuffix } from '../../../src/attribution';

describe('slugify', () => {
  it('turns an Azerbaijani headline into a Latin slug', () => {
    expect(slugify('Ukraynaya hücum etmədiyinə dair sübut İstəyir', 'az')).toBe(
      'ukraynaya-hucum-etmediyine-dair-subut-isteyir'
    );
  });

  it.each([
    ['Şəki', 'seki'],
    ['Gəncə', 'gence'],
    ['Çərşənbə', 'cersenbe'],
    ['Ağdam', 'agdam'],
    ['Qırmızı Körpü', 'qirmizi-korpu'],
    ['Ölkə Üzrə', 'olke-uzre'],
    ['ƏLİYEV', 'eliyev'],
  ])('transliterates the Azerbaijani letters of %p', (text, slug) => {
    expect(slugify(text, 'az')).toBe(slug);
  });

  it('ends both dotted and dotless capital I as "i", whatever the locale', () => {
    for (const locale of ['az', 'tr', 'en', undefined]) {
      expect(slugify('ISTANBUL İzmir', locale)).toBe('istanbul-izmir');
    }
  });

  it.each([
    ['Москва', 'moskva'],
    ['ТАСС', 'tass'],
    ['Щёлково', 'shchyolkovo'],
    ['Объём подъезда', 'obyom-podezda'],
    ['Коммерсантъ', 'kommersant'],
    ['Известия', 'izvestiya'],
    ['Київ і Львів', 'kiyiv-i-lviv'],
  ])('transliterates Cyrillic %p', (text, slug) => {
    expect(slugify(text, 'ru')).toBe(slug);
  });

  it('strips the accents of other Latin letters', () => {
    expect(slugify('Crème brûlée à São Paulo, Straße in Łódź')).toBe(
      'creme-brulee-a-sao-paulo-strasse-in-lodz'
    );
  });

  it('turns every run of other characters into one hyphen, trimmed at both ends', () => {
    expect(slugify('  «Reuters»: oil — up 5%!!  ')).toBe('reuters-oil-up-5');
    expect(slugify('RFE/RL & AP')).toBe('rfe-rl-ap');
  });

  it('returns an empty string when nothing usable is left', () => {
    expect(slugify('')).toBe('');
    expect(slugify('!!! ??? —')).toBe('');
  });

  it('keeps slugs within 120 characters, cut at a word boundary', () => {
    const slug = slugify('word '.repeat(60));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('word')).toBe(true);
    expect(slug).not.toMatch(/-$/);
  });

  it('cuts a single giant word hard rather than returning nothing', () => {
    expect(slugify('x'.repeat(200))).toBe('x'.repeat(MAX_SLUG_LENGTH));
  });

  it('survives a malformed locale tag', () => {
    expect(slugify('İstanbul', 'not a locale')).toBe('istanbul');
  });
});

describe('slugWithSuffix', () => {
  it('appends the number after a hyphen', () => {
    expect(slugWithSuffix('reuters', 2)).toBe('reuters-2');
    expect(slugWithSuffix('reuters', 15)).toBe('reuters-15');
  });

  it('keeps the result within 120 characters by shortening the base at a word boundary', () => {
    const base = slugify('word '.repeat(60));
    const slug = slugWithSuffix(base, 12);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(/^(word-)+word-12$/);
  });

  it('returns the base itself for the first of its kind', () => {
    expect(slugWithSuffix('reuters', 1)).toBe('reuters');
  });

  it('falls back to the number alone for an empty base', () => {
    expect(slugWithSuffix('', 3)).toBe('3');
  });
});

describe('slugify for every script', () => {
  // Strapi's uid attribute accepts exactly these characters.
  const UID_RULE = /^[A-Za-z0-9-_.~]*$/;

  it.each([
    ['ka', 'ქარიშხალმა არვენმა სახლი დატოვა', 'karishkhalma-arvenma-sakhli-datova'],
    ['ar', 'أخبار العالم اليوم', 'khbr-llm-lywm'],
    ['fa', 'اخبار فوری از تهران', 'khbr-fwry-z-thrn'],
    ['zh', '北京举行新闻发布会', 'bei-jing-ju-xing-xin-wen-fa-bu-hui'],
    ['ja', '東京で地震', 'dong-jing-de-de-zhen'],
    ['ko', '서울 뉴스', 'seoul-nyuseu'],
    ['el', 'Ειδήσεις από την Αθήνα', 'eidiseis-apo-tin-athina'],
    ['he', 'חדשות ירושלים', 'hdsvt-yrvslym'],
    ['hy', 'Հայաստանի լուրեր', 'hayastani-lowrer'],
    ['hi', 'नई दिल्ली समाचार', 'ni-dilli-smacar'],
  ])('%s: a readable ASCII slug that the uid rule accepts (%s)', (locale, title, slug) => {
    expect(slugify(title, locale)).toBe(slug);
    expect(slug).toMatch(UID_RULE);
  });

  it('keeps the Azerbaijani and Cyrillic spellings of its own tables', () => {
    expect(slugify('Ərəb dünyasından xəbərlər', 'az')).toBe('ereb-dunyasindan-xeberler');
    expect(slugify('Щёлково', 'ru')).toBe('shchyolkovo');
  });

  it('gives ASCII for mixed scripts, symbols and emoji, or nothing at all', () => {
    for (const title of ['Тбилиси: ქარიშხალი 🌪️ ☂', '«北京» — Reuters', '✓✓✓', '🙂']) {
      expect(slugify(title)).toMatch(UID_RULE);
    }
    expect(slugify('Москва: итоги дня', 'ru')).toBe('moskva-itogi-dnya');
  });
});
