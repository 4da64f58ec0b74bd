import { lowerCase } from './locale';
import { stripDiacritics, transliterateLowerCase } from './transliteration';

export const MAX_SLUG_LENGTH = 120;

/**
 * URL slug from any text, Azerbaijani-aware: 'Sübut İstəyir' → 'subut-isteyir',
 * 'Москва' → 'moskva'. Returns '' when nothing usable is left; the caller decides what then.
 */
export function slugify(text: string, locale?: string): string {
  // Locale rules first: in az/tr 'I' lowers to 'ı', elsewhere 'İ' lowers to 'i' + a combining dot.
  const lowered = lowerCase(text, locale);
  const latin = stripDiacritics(transliterateLowerCase(lowered)).toLowerCase();
  const hyphenated = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  // A script with no Latin transliteration here (Georgian, Arabic, Chinese…) keeps its own
  // letters rather than vanishing: browsers show such URLs as written.
  const unicode = lowered
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const lettersLost = countLetters(hyphenated) < countLetters(unicode) / 2;
  return truncateAtHyphen(lettersLost ? unicode : hyphenated, MAX_SLUG_LENGTH);
}

function countLetters(text: string): number {
  return (text.match(/[\p{L}\p{N}]/gu) ?? []).length;
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
