/** The grammatical cases in which attribution phrases put an agency's name. */
export type GrammaticalCase = 'genitive' | 'dative' | 'ablative';

interface SuffixRule {
  readonly suffix: RegExp;
  /** What the stem must end with for the suffix to be grammatical there. */
  readonly after: 'vowel' | 'consonant' | 'any';
}

const TURKIC_VOWELS = new Set('aəeıioöuüAƏEIİOÖUÜ');

// Azerbaijani and Turkish case endings, with the buffer consonants they take after a vowel.
const TURKIC_SUFFIXES: Readonly<Record<GrammaticalCase, readonly SuffixRule[]>> = {
  genitive: [
    { suffix: /n[ıiuü]n$/u, after: 'vowel' }, // APA-nın, Ajansının
    { suffix: /[ıiuü]n$/u, after: 'consonant' }, // Reutersin, Turanın
  ],
  dative: [
    { suffix: /y[aəe]$/u, after: 'vowel' }, // APA-ya
    { suffix: /n[aəe]$/u, after: 'vowel' }, // Ajansına (after the possessive -ı)
    { suffix: /[aəe]$/u, after: 'consonant' }, // Reutersə, Turana
  ],
  ablative: [
    { suffix: /nd[aəe]n$/u, after: 'vowel' }, // Ajansından
    { suffix: /[dt][aəe]n$/u, after: 'any' }, // Reuters'ten, Trenddən
  ],
};

const ALL_CASES: readonly GrammaticalCase[] = ['genitive', 'dative', 'ablative'];

/**
 * Possible nominative stems of an Azerbaijani/Turkish word carrying a case ending:
 * 'Turanın' → ['Turan'], 'Ajansından' → ['Ajansı'], best guess first.
 */
export function turkicStems(word: string, grammaticalCase?: GrammaticalCase): string[] {
  const cases = grammaticalCase ? [grammaticalCase] : ALL_CASES;
  const stems: string[] = [];
  for (const currentCase of cases) {
    for (const rule of TURKIC_SUFFIXES[currentCase]) {
      const found = rule.suffix.exec(word);
      if (!found) continue;
      const stem = word.slice(0, found.index);
      if (stem.length < 2 || !fitsBefore(stem, rule.after)) continue;
      if (!stems.includes(stem)) stems.push(stem);
    }
  }
  return stems;
}

function fitsBefore(stem: string, after: SuffixRule['after']): boolean {
  if (!/\p{L}$/u.test(stem)) return false; // "Reuters'ın" is a written suffix, not a glued one
  if (after === 'any') return true;
  const endsWithVowel = TURKIC_VOWELS.has(stem[stem.length - 1]);
  return after === 'vowel' ? endsWithVowel : !endsWithVowel;
}

// Oblique-case ending → nominative endings it may come from (masculine, feminine, plural).
const RUSSIAN_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ами', ['а', 'ы', 'и']],
  ['ями', ['я', 'и']],
  ['ом', ['', 'ъ']],
  ['ой', ['а']],
  ['ей', ['и', 'ь']],
  ['ий', ['ия']],
  ['ям', ['и', 'я']],
  ['ам', ['ы', 'а']],
  ['ах', ['ы', 'а']],
  ['ях', ['и', 'я']],
  ['а', ['', 'ъ']],
  ['я', ['ь', 'й']],
  ['у', ['', 'ъ', 'а']],
  ['ю', ['ь', 'й', 'я']],
  ['е', ['', 'ъ', 'а', 'я']],
  ['ы', ['а']],
  ['и', ['а', 'я', 'ь']],
];

/**
 * Possible nominative forms of a Russian word in an oblique case: 'Интерфакса' →
 * ['Интерфакс', 'Интерфаксъ'], 'Ведомостей' → ['Ведомости', ...]. The caller picks the one it knows.
 */
export function russianNominatives(word: string): string[] {
  if (!/\p{Script=Cyrillic}/u.test(word)) return [];
  const candidates: string[] = [];
  for (const [ending, nominativeEndings] of RUSSIAN_ENDINGS) {
    if (!word.toLowerCase().endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, word.length - ending.length);
    for (const nominativeEnding of nominativeEndings) {
      const candidate = stem + nominativeEnding;
      if (!candidates.includes(candidate)) candidates.push(candidate);
    }
  }
  return candidates;
}

/** Nominative candidates for a word in the grammar of the given language (null: every grammar). */
export function nominativeCandidates(
  word: string,
  language: string | null,
  grammaticalCase?: GrammaticalCase
): string[] {
  if (language === 'az' || language === 'tr') return turkicStems(word, grammaticalCase);
  if (language === 'ru') return russianNominatives(word);
  if (language === 'uk') return ukrainianNominatives(word);
  if (language === 'ka') return georgianNominatives(word);
  if (language === 'ar' || language === 'fa') return arabicUnprefixed(word);
  if (language === null)
    return [
      ...turkicStems(word, grammaticalCase),
      ...russianNominatives(word),
      ...ukrainianNominatives(word),
      ...georgianNominatives(word),
      ...arabicUnprefixed(word),
    ];
  return [];
}

// Ukrainian oblique endings → nominative endings (nouns), as for Russian above.
const UKRAINIAN_NOUN_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ові', ['']],
  ['еві', ['ь']],
  ['ом', ['']],
  ['ем', ['ь']],
  ['ою', ['а']],
  ['ею', ['я']],
  ['у', ['', 'а']],
  ['ю', ['ь', 'я']],
  ['а', ['']],
  ['я', ['ь']],
  ['и', ['а']],
  ['і', ['а', 'я', '']],
  ['ї', ['я']],
];
// Adjectives before the noun: 'Української правди' → 'Українська правда'.
const SLAVIC_ADJECTIVE_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  ['ої', ['а']],
  ['ій', ['а']],
  ['ою', ['а']],
  ['ого', ['ий', 'ый', 'ой', 'е', 'ое']],
  ['ому', ['ий', 'ый', 'е', 'ое']],
  ['ім', ['ий', 'е']],
  ['ой', ['ая', 'ый']],
  ['ую', ['ая']],
  ['ом', ['ый', 'ое']],
  ['ых', ['ые']],
  ['их', ['ие', 'і']],
];

function byEndings(
  word: string,
  endings: readonly (readonly [string, readonly string[]])[]
): string[] {
  const candidates: string[] = [];
  const lower = word.toLowerCase();
  for (const [ending, nominativeEndings] of endings) {
    if (!lower.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, word.length - ending.length);
    for (const nominativeEnding of nominativeEndings) {
      const candidate = stem + nominativeEnding;
      if (!candidates.includes(candidate)) candidates.push(candidate);
    }
  }
  return candidates;
}

export function ukrainianNominatives(word: string): string[] {
  if (!/\p{Script=Cyrillic}/u.test(word)) return [];
  return byEndings(word, UKRAINIAN_NOUN_ENDINGS);
}

/*
 * Georgian declines by endings on a stem that drops the nominative -ი (consonant stems) or
 * keeps -ა/-ე/-ო (vowel stems): ინტერპრესნიუსი → ინტერპრესნიუსის (genitive),
 * ინტერპრესნიუსს (dative), ინტერპრესნიუსმა (ergative), ინტერპრესნიუსით (instrumental),
 * ინტერპრესნიუსთან ('with', a postposition on the dative). Longest ending first.
 */
const GEORGIAN_ENDINGS = [
  'ისთვის',
  'ისგან',
  'ისკენ',
  'იდან',
  'ისა',
  'ის',
  'ით',
  'ად',
  'თან',
  'ში',
  'ზე',
  'მა',
  'ს',
  'მ',
];

export function georgianNominatives(word: string): string[] {
  if (!/\p{Script=Georgian}/u.test(word)) return [];
  const candidates: string[] = [];
  // The enclitics -ც ('also') and -ვე ('the same') follow any case: 'იმედიც' is 'იმედი' too.
  const bare = word.replace(/(?:ც|ვე)$/u, '');
  if (bare !== word && bare.length >= 2) {
    candidates.push(bare, ...georgianNominatives(bare).filter((form) => form !== bare));
  }
  for (const ending of GEORGIAN_ENDINGS) {
    if (!word.endsWith(ending) || word.length - ending.length < 2) continue;
    const stem = word.slice(0, word.length - ending.length).replace(/[-‐‑]$/u, ''); // 'რუსთავი 2-ის'
    const vowelStem = /[აეოუ]$/u.test(stem) || !/\p{Script=Georgian}$/u.test(stem);
    for (const candidate of vowelStem ? [stem] : [stem + 'ი', stem + 'ა', stem]) {
      if (!candidates.includes(candidate)) candidates.push(candidate);
    }
  }
  return candidates;
}

/*
 * Arabic glues conjunctions and prepositions to the next word: و (and), ف (so), ب (by),
 * ل (to, for), ك (like); ل + ال is written لل. 'لرويترز' → 'رويترز', 'للجزيرة' → 'الجزيرة',
 * 'ووكالة' → 'وكالة'. Only one or two such letters ever stand before a word.
 */
export function arabicUnprefixed(word: string): string[] {
  if (!/\p{Script=Arabic}/u.test(word)) return [];
  const candidates: string[] = [];
  const add = (candidate: string) => {
    if (candidate.length >= 2 && candidate !== word && !candidates.includes(candidate))
      candidates.push(candidate);
  };
  for (const prefix of ['وب', 'ول', 'فب', 'فل', 'وك', 'و', 'ف', 'ب', 'ل', 'ك']) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (rest.startsWith('ل') && prefix.endsWith('ل')) add('ا' + rest); // لل → ال
    add(rest);
  }
  return candidates;
}

/*
 * Articles that belong to a title ('Le Monde', 'El País', 'Die Zeit') but are replaced by a
 * contraction in running text: 'du Monde', 'del País', 'der Zeit', 'al Corriere'.
 */
const TITLE_ARTICLES: Readonly<Record<string, readonly string[]>> = {
  fr: ['Le ', 'La ', 'Les ', "L'", 'L’'],
  es: ['El ', 'La ', 'Los ', 'Las '],
  it: ['Il ', 'La ', 'la ', 'Lo ', "L'", 'I ', 'Gli ', 'Le '],
  de: ['Der ', 'Die ', 'Das '],
  en: ['The '],
};

/** German declension of a title: 'Süddeutschen Zeitung' → 'Süddeutsche Zeitung', 'Spiegels' → 'Spiegel'. */
function germanVariants(words: readonly string[]): string[][] {
  const adjectives = words
    .slice(0, -1)
    .map((word) => (/en$/u.test(word) ? word.slice(0, -1) : word));
  const last = words[words.length - 1];
  const lasts = [last];
  if (/[^s]s$/u.test(last)) lasts.push(last.slice(0, -1));
  if (/[^e]es$/u.test(last)) lasts.push(last.slice(0, -2));
  if (/en$/u.test(last)) lasts.push(last.slice(0, -1));
  return lasts.flatMap((form) => [
    [...words.slice(0, -1), form],
    [...adjectives, form],
  ]);
}

const MAX_VARIANTS = 48;

/**
 * Spellings a written name may have in its nominative, dictionary form, best guess first
 * (the name itself not included): case endings, glued prefixes, contracted articles.
 * Null language: the grammars of every language (locales this module does not know).
 */
export function spellingVariants(
  name: string,
  language: string | null,
  grammaticalCase?: GrammaticalCase
): string[] {
  const words = name.split(' ');
  const variants: string[] = [];
  const add = (candidate: string) => {
    if (candidate && candidate !== name && !variants.includes(candidate)) variants.push(candidate);
  };
  const lastWord = words[words.length - 1];
  const head = words.slice(0, -1);
  // 'INTERFAX.RU', 'Trend.az': a site named by its domain is its outlet.
  const domain = /^(.{2,})\.\p{L}{2,4}$/u.exec(name);
  if (domain) add(domain[1]);
  for (const stem of nominativeCandidates(lastWord, language, grammaticalCase))
    add([...head, stem].join(' '));

  const slavic = language === 'uk' || language === 'ru' || language === null;
  // A name that is an adjective: 'Суспільного' → 'Суспільне', 'Громадського' → 'Громадське'.
  if (slavic && words.length === 1)
    for (const form of byEndings(name, SLAVIC_ADJECTIVE_ENDINGS)) add(form);
  if (slavic && words.length > 1 && words.length <= 4) {
    // Every word may be declined: try each word's forms together.
    const nouns = (word: string) =>
      language === 'ru' ? russianNominatives(word) : ukrainianNominatives(word);
    const forms = words.map((word, index) => [
      word,
      ...byEndings(word, SLAVIC_ADJECTIVE_ENDINGS),
      ...(index === words.length - 1 ? nouns(word) : []),
    ]);
    for (const combination of product(forms)) {
      if (variants.length >= MAX_VARIANTS) break;
      add(combination.join(' '));
    }
  }
  if (language === 'de' || language === null) {
    for (const form of germanVariants(words)) add(form.join(' '));
  }
  if (language === 'ar' || language === 'fa' || language === null) {
    for (const form of arabicUnprefixed(words[0])) add([form, ...words.slice(1)].join(' '));
  }
  const articles =
    language === null ? Object.values(TITLE_ARTICLES).flat() : TITLE_ARTICLES[language];
  for (const article of articles ?? []) {
    for (const base of [name, ...variants.slice()]) {
      if (variants.length >= MAX_VARIANTS) break;
      add(article + base);
    }
  }
  return variants.slice(0, MAX_VARIANTS);
}

function product(lists: readonly (readonly string[])[]): string[][] {
  let result: string[][] = [[]];
  for (const list of lists) {
    const next: string[][] = [];
    for (const prefix of result) for (const item of list) next.push([...prefix, item]);
    result = next.slice(0, MAX_VARIANTS * 2);
  }
  return result;
}
