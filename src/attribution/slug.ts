import anyAscii from 'any-ascii';
import { lowerCase } from './locale';
import { transliterateLowerCase } from './transliteration';

export const MAX_SLUG_LENGTH = 120;

// A Chinese character is a syllable: 北京 → 'bei jing', not 'beijing' run together.
const HAN = /(\p{Script=Han})/gu;
// any-ascii writes hamza and ayn as ' and `: inside a word they are letters, not separators.
const WORD_INNER_MARKS = /(?<=[a-z0-9])['`]+(?=[a-z0-9])/g;

/**
 * URL slug from any text, ASCII only (Strapi's uid rule: /^[A-Za-z0-9-_.~]*$/):
 * 'Sübut İstəyir' → 'subut-isteyir', 'Москва' → 'moskva', 'ახალი ამბები' → 'akhali-ambebi',
 * '北京' → 'bei-jing'. Azerbaijani and Cyrillic letters keep this project's own spellings
 * (ə → e, ı → i, щ → shch); every other script goes through any-ascii. Returns '' when
 * nothing usable is left; the caller decides what then.
 */
export function slugify(text: string, locale?: string): string {
  // Locale rules first: in az/tr 'I' lowers to 'ı', elsewhere 'İ' lowers to 'i' + a combining dot.
  const lowered = lowerCase(typeof text === 'string' ? text : '', locale);
  // Not NFKD before any-ascii: that would strip Devanagari vowel signs and Japanese dakuten.
  const local = transliterateLowerCase(lowered).normalize('NFC');
  const latin = anyAscii(local.replace(HAN, ' $1 ')).toLowerCase().replace(WORD_INNER_MARKS, '');
  const hyphenated = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return truncateAtHyphen(hyphenated, MAX_SLUG_LENGTH);
}

/** 'base' with a numeric suffix for uniqueness ('base-2'), still within the length limit. */
export function slugWithSuffix(base: string, n: number): string {
  if (!Number.isInteger(n) || n < 2) return truncateAtHyphen(base, MAX_SLUG_LENGTH);
  const suffix = `-${n}`;
  const head = truncateAtHyphen(base, MAX_SLUG_LENGTH - suffix.length);
  return head ? head + suffix : String(n);
}

/** Cuts to maxLength, preferring a word (hyphen) boundary so no word is left half-written. */
function truncateAtHyphen(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  if (slug[maxLength] === '-') return slug.slice(0, maxLength).replace(/-+$/, '');
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf('-');
  // One giant word: a hard cut is better than an empty slug.
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}
