import { spellingVariants } from '../grammar';
import { acceptName, type AcceptedName, type NameContext } from './name-cleanup';
import { isInstitution } from './name-signals';
import { QUOTED_NAME, spellingAlternation, type NameSyntax } from './name-syntax';
import { escapeRegExp, SPACE } from './regex-kit';

/*
 * Names in scripts without capital letters (Arabic, Persian, Georgian). Capitals are what
 * tells a name in the other languages; here an outlet is recognised by being a known one (in
 * any of its spellings, with the prefixes and case endings the language glues to it), by
 * standing in quotes, or by following an outlet noun ('وكالة', 'خبرگزاری', 'სააგენტო').
 * Latin-script names inside such text ('Reuters-ის') are read as everywhere else.
 */

export type CaselessLanguage = 'ar' | 'fa' | 'ka';

export interface CaselessVocabulary {
  /** Outlet nouns; for Georgian, stems that take case endings. */
  readonly outletNouns: readonly string[];
  /** Words that end an unknown name ('أن', 'که', 'რომ'): function words, dates, verbs. */
  readonly stopWords: readonly string[];
  /** Words no outlet's name is made of: ministries, governments, police, countries' 'state'. */
  readonly neverInNames: readonly string[];
}

const LETTER = '[\\p{L}\\p{M}\\u200c]';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}\\u200c])';
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}\\u200c])';
const MAX_UNKNOWN_WORDS = 3;

// Letters that Arabic and Persian write differently, and that texts mix.
const ARABIC_SCRIPT_VARIANTS: Readonly<Record<string, string>> = {
  ي: '[يیى]',
  ی: '[يیى]',
  ى: '[يیى]',
  ك: '[كک]',
  ک: '[كک]',
  ه: '[هة]',
  ة: '[هة]',
  ا: '[اأإآ]',
  أ: '[اأإآ]',
  إ: '[اأإآ]',
  آ: '[اأإآ]',
};

function arabicScriptAlias(alias: string): string[] {
  const body = [...alias]
    .map((char) =>
      /[\s\u200c]/u.test(char)
        ? '[\\s\\u200c]?'
        : (ARABIC_SCRIPT_VARIANTS[char] ?? escapeRegExp(char))
    )
    .join('');
  // ل + ال is written لل: 'للجزيرة' is 'ل' + 'لجزيرة'.
  return alias.startsWith('ال') ? [body, body.replace(/^\[اأإآ\]/u, '')] : [body];
}

// Georgian case endings and postpositions glued to a stem (see georgianNominatives).
const GEORGIAN_CONSONANT_ENDINGS = '(?:ისთვის|ისგან|ისკენ|იდან|ისა|ის|ით|ად|ი|თან|ში|ზე|მა|ს|ო)?';
const GEORGIAN_VOWEL_ENDINGS = '(?:სთვის|სგან|დან|ს|მ|თან|ში|ზე)?';

function georgianAlias(alias: string): string[] {
  const words = alias.split(' ').map(escapeRegExp);
  const last = words.pop() as string;
  const head = words.length ? `${words.join(`${SPACE}+`)}${SPACE}+` : '';
  if (/ი$/u.test(last)) return [`${head}${last.slice(0, -1)}${GEORGIAN_CONSONANT_ENDINGS}`];
  if (/[აეოუ]$/u.test(last))
    return [
      `${head}${last}${GEORGIAN_VOWEL_ENDINGS}`,
      `${head}${last.slice(0, -1)}(?:ის|ით|იდან|ისთვის)`,
    ];
  return [`${head}${last}(?:[-‐‑]?(?:ის|ს|მა|ით|თან|ში))?`]; // 'რუსთავი 2-ის'
}

const SCRIPT_OF: Readonly<Record<CaselessLanguage, RegExp>> = {
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  ka: /\p{Script=Georgian}/u,
};

/** Known outlets' spellings in the language's script, as regex source, longest first. */
function knownAlternatives(language: CaselessLanguage, spellings: readonly string[]): string {
  const alternatives = spellings
    .filter((spelling) => SCRIPT_OF[language].test(spelling))
    .flatMap((spelling) =>
      language === 'ka' ? georgianAlias(spelling) : arabicScriptAlias(spelling)
    );
  return spellingAlternation(alternatives);
}

// Arabic glues 'and', 'so', 'by', 'to', 'like' to the next word; 'لـ' may be drawn out.
const ARABIC_PREFIX = `(?:[وف]?[بلك](?:ـ+${SPACE}*)?|[وف])?`;

function words(list: readonly string[]): string {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((word) => escapeRegExp(word).replace(/ /g, `${SPACE}+`)).join('|')})`;
}

/** Outlet nouns as regex source, with the language's glued prefixes or endings. */
export function caselessOutletNoun(
  language: CaselessLanguage,
  vocabulary: CaselessVocabulary
): string {
  const nouns = words(vocabulary.outletNouns);
  if (language === 'ka')
    return `${NOT_LETTER_BEFORE}${nouns}${GEORGIAN_CONSONANT_ENDINGS}${NOT_LETTER_AFTER}`;
  const prefix = language === 'ar' ? ARABIC_PREFIX : '';
  return `${NOT_LETTER_BEFORE}${prefix}${nouns}${NOT_LETTER_AFTER}`;
}

/**
 * One name as regex source: a known outlet, a quoted name, a capitalised Latin or Cyrillic
 * name, or (checked later: only after an outlet noun) up to three words that are not stop words.
 */
export function caselessNameItem(
  language: CaselessLanguage,
  vocabulary: CaselessVocabulary,
  names: NameSyntax
): string {
  const prefix = language === 'ar' ? ARABIC_PREFIX : '';
  const stop = `(?!${words(vocabulary.stopWords)}${NOT_LETTER_AFTER})`;
  const word = `${stop}${LETTER}+`;
  const unknown = `${word}(?:${SPACE}+${word}){0,${MAX_UNKNOWN_WORDS - 1}}`;
  const quotedEnding = language === 'ka' ? `(?:[-‐‑]?${LETTER}+)?` : '';
  return (
    `${NOT_LETTER_BEFORE}${prefix}(?:${knownAlternatives(language, names.spellings)}${NOT_LETTER_AFTER}` +
    `|${QUOTED_NAME}${quotedEnding}|${names.item}|${unknown}${NOT_LETTER_AFTER})`
  );
}

const QUOTES = /^[«»“”„"‘’]+|[«»“”„"‘’]+$/gu;

/**
 * A matched caseless item as an outlet name, or null. The outlet noun may be part of a
 * known name ('وكالة الأنباء الفرنسية' is AFP): the noun and the name are tried together first.
 */
export function acceptCaselessName(
  item: { text: string; start: number },
  context: NameContext & { descriptorText: string | null },
  language: CaselessLanguage,
  vocabulary: CaselessVocabulary
): AcceptedName | null {
  const text = item.text.trim();
  if (!text) return null;
  const whole = { name: '', start: item.start, end: item.start + item.text.length };
  const result = (name: string): AcceptedName => ({
    ...whole,
    name,
    trimmedStart: false,
    trimmedEnd: false,
  });
  const firstLetter = text.replace(QUOTES, '')[0] ?? '';
  if (/[\p{Lu}\p{Lt}\p{N}]/u.test(firstLetter)) return acceptName(item, context);

  // Quotes around the name, maybe a Georgian ending after them: „ინტერპრესნიუსი“-ს.
  const quoted = /^([«»“”„"‘’])(.+?)([«»“”„"‘’])[-‐‑]?(\p{L}*)$/u.exec(text);
  const bare = quoted ? quoted[2].trim() + (quoted[4] ?? '') : text;
  const candidates = context.descriptorText ? [`${context.descriptorText} ${bare}`, bare] : [bare];
  for (const candidate of candidates) {
    const spelling = context.known.knownSpelling(candidate, language);
    if (spelling) return result(spelling);
  }
  if (!context.hasDescriptor) return null; // an unknown name needs its outlet noun
  if (isInstitution(bare)) return null;

  const kept = bare.split(/\s+/u);
  // 'صحيفة النهار اللبنانية' (the Lebanese paper an-Nahar): a feminine adjective agrees with the
  // feminine outlet noun (صحيفة, وكالة, قناة), not with the name ('القدس العربي' keeps its 'العربي').
  while (language === 'ar' && kept.length > 1 && /^ال.+ية$/u.test(kept[kept.length - 1]))
    kept.pop();
  if (kept.length > MAX_UNKNOWN_WORDS) return null;
  const never = new Set(vocabulary.neverInNames);
  if (kept.some((word) => never.has(word))) return null;
  // 'وكالة الأنباء الرسمية' (the official news agency): adjectives alone name nobody.
  if (language === 'ar' && kept.every((word) => /^ال.+(?:ية|ي)$/u.test(word))) return null;
  if (language === 'fa' && kept.every((word) => /ی$/u.test(word)) && kept.length === 1) return null;
  const last = kept[kept.length - 1];
  const nominative = language === 'ka' ? (spellingVariants(last, 'ka')[0] ?? last) : last;
  return result([...kept.slice(0, -1), nominative].join(' '));
}
