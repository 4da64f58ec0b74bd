import { lowerCase, upperCase } from '../locale';

/** Horizontal white space: names and phrases never run across a paragraph break. */
export const SPACE = '[^\\S\\n]';
/** White space between words of a phrase: at most one line break (wrapped lines). */
export const GAP = `(?:${SPACE}+\\n?${SPACE}*|\\n${SPACE}*)`;
// JavaScript's \b only knows ASCII letters; these work for ə, ş, Cyrillic, etc.
// (Few Unicode property classes: each one makes compiling the regex noticeably slower.)
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';
/** The rest of an inflected word: 'agentli' + LETTERS matches agentliyinin, agentliyinə, … */
export const LETTERS = '\\p{L}*';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * A case-insensitive regex for a keyword phrase, using the locale's case rules
 * ('göre' also matches 'GÖRE', 'istinadən' also 'İstinadən'). Spaces match any gap,
 * apostrophes and hyphens any of their typographic variants; a trailing '*' on a word
 * stands for any inflectional ending.
 */
export function keyword(phrase: string, locale: string): string {
  return anyKeyword([phrase], locale);
}

/** Alternation of keyword phrases, longest first so the regex prefers the fullest phrase. */
export function anyKeyword(phrases: readonly string[], locale: string): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return wholeWords(sorted.map((phrase) => caseInsensitivePhrase(phrase, locale)));
}

function caseInsensitivePhrase(phrase: string, locale: string): string {
  return phrase
    .trim()
    .split(/\s+/)
    .map((word) => {
      const open = word.endsWith('*');
      const stem = open ? word.slice(0, -1) : word;
      return (
        [...stem].map((char) => caseInsensitiveChar(char, locale)).join('') + (open ? LETTERS : '')
      );
    })
    .join(GAP);
}

function wholeWords(alternatives: readonly string[]): string {
  return `${WORD_START}(?:${alternatives.join('|')})${WORD_END}`;
}

/** Alternation of lower-case words matched exactly as written (capitalised, they start names). */
export function anyLowerCaseWord(phrases: readonly string[]): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return wholeWords(
    sorted.map((phrase) =>
      phrase
        .trim()
        .split(/\s+/)
        .map((word) =>
          (word.endsWith('*')
            ? escapeRegExp(word.slice(0, -1)) + LETTERS
            : escapeRegExp(word)
          ).replace(/['’ʼ]/g, "['’ʼ]")
        )
        .join(GAP)
    )
  );
}

function caseInsensitiveChar(char: string, locale: string): string {
  if (/['’ʼ]/.test(char)) return "['’ʼ]";
  if (/[-‐‑]/.test(char)) return '[-‐‑]';
  if (!/\p{L}/u.test(char)) return escapeRegExp(char);
  const variants = new Set([
    char,
    lowerCase(char, locale),
    upperCase(char, locale),
    char.toLowerCase(),
    char.toUpperCase(),
  ]);
  // Keep only one-character variants: 'İ'.toLowerCase() is 'i' + a combining dot.
  const single = [...variants].filter((variant) => [...variant].length === 1);
  return single.length === 1 ? single[0] : `[${single.join('')}]`;
}
