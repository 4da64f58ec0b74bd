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
  if (language === null)
    return [...turkicStems(word, grammaticalCase), ...russianNominatives(word)];
  return [];
}
