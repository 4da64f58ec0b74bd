import { lowerCase } from './locale';
import { simplifyLatinSpecials, stripDiacritics } from './transliteration';

const COMBINING_DOT_ABOVE = /\u0307/g;
const QUOTES = /[«»‹›“”„‟"'’‘‚`ʼ′]/g;
const DASHES_AND_SPACES = /[\s\-‐‑‒–—_]+/gu;
// 'Коммерсантъ' and 'Коммерсант' are the same paper: a word-final hard sign is old spelling.
const FINAL_HARD_SIGN = /ъ(?=\s|$)/g;
// Arabic and Persian write some letters differently ('ي'/'ی', 'ك'/'ک'), texts mix them, and
// a drawn-out letter (tatweel) or a zero-width non-joiner does not change the word.
const ARABIC_SCRIPT_FOLDS: Readonly<Record<string, string>> = { ي: 'ی', ى: 'ی', ك: 'ک', ة: 'ه' };
const ARABIC_SCRIPT_VARIANTS = /[يىكة]/gu;
const TATWEEL = /\u0640/gu;
const ZERO_WIDTH_NON_JOINER = /\u200c/gu;

/**
 * Case folding for comparing words in one language: 'İSTANBUL', 'Istanbul' and 'istanbul'
 * fold equal in every locale. Keeps diacritics; see matchKey for a looser comparison.
 */
export function foldCase(text: string, locale?: string | null): string {
  return lowerCase(text.normalize('NFC'), locale)
    .replace(COMBINING_DOT_ABOVE, '') // default-locale 'İ' lowers to 'i' + U+0307
    .replace(/ı/g, 'i');
}

/**
 * Aggressive key for matching names and aliases: quotes, case, diacritics, dashes and spacing
 * do not count. 'AzərTAc', '«AZERTAC»' and 'Azertac' share one key.
 */
export function matchKey(name: string): string {
  const folded = foldCase(name.replace(QUOTES, ' '), 'az');
  return stripDiacritics(simplifyLatinSpecials(folded))
    .replace(ARABIC_SCRIPT_VARIANTS, (char) => ARABIC_SCRIPT_FOLDS[char] ?? char)
    .replace(TATWEEL, '')
    .replace(ZERO_WIDTH_NON_JOINER, ' ')
    .replace(FINAL_HARD_SIGN, '')
    .replace(DASHES_AND_SPACES, ' ')
    .trim();
}
