/** The languages whose grammar this module knows; everything else gets generic handling. */
export const KNOWN_LANGUAGES = [
  'az',
  'en',
  'ru',
  'tr',
  'uk',
  'de',
  'fr',
  'es',
  'it',
  'ar',
  'fa',
  'ka',
] as const;

export type KnownLanguage = (typeof KNOWN_LANGUAGES)[number];

/** Primary language subtag of a BCP 47 tag, lower-cased: 'az-Latn-AZ' → 'az', '' → ''. */
export function languageOf(locale: string | null | undefined): string {
  return (locale ?? '').trim().split(/[-_]/)[0].toLowerCase();
}

export function knownLanguageOf(locale: string | null | undefined): KnownLanguage | null {
  const language = languageOf(locale);
  return (KNOWN_LANGUAGES as readonly string[]).includes(language)
    ? (language as KnownLanguage)
    : null;
}

/** Azerbaijani and Turkish share the dotted/dotless i pair, which default case mapping gets wrong. */
export function hasDottedI(locale: string | null | undefined): boolean {
  const language = languageOf(locale);
  return language === 'az' || language === 'tr';
}

// toLocale*Case throws a RangeError on malformed tags; text must never make us throw.
export function lowerCase(text: string, locale?: string | null): string {
  try {
    return text.toLocaleLowerCase(languageOf(locale) || undefined);
  } catch {
    return text.toLowerCase();
  }
}

export function upperCase(text: string, locale?: string | null): string {
  try {
    return text.toLocaleUpperCase(languageOf(locale) || undefined);
  } catch {
    return text.toUpperCase();
  }
}

/**
 * First letter upper-cased with the locale's rules (az/tr 'i' → 'İ'). Georgian is left alone:
 * its capitals (Mtavruli) are for headings in all caps, never a sentence's first letter.
 */
export function capitalize(text: string, locale?: string | null): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const head = String.fromCodePoint(first);
  if (/\p{Script=Georgian}/u.test(head)) return text;
  return upperCase(head, locale) + text.slice(head.length);
}
