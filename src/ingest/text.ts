import { ArticleParseError } from './errors';

// Spaces that editors paste from word processors and web pages; all count as one plain space.
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Invisible characters with no meaning in running text.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/g;
// C0/C1 controls other than the line breaks and spaces handled above, and the replacement
// character a wrong-encoding decode leaves behind.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFD]/g;
// Above this share of the visible characters, the input is not text in any useful sense.
const MAX_CONTROL_SHARE = 0.1;

const DOUBLE_QUOTES = /[“”„‟«»〝〞＂]/g;
const SINGLE_QUOTES = /[‘’‚‛‹›`]/g;

export interface CleanText {
  /** One entry per line, trimmed, inner runs of spaces collapsed; blank lines are `''`. */
  lines: string[];
  warnings: string[];
}

/**
 * Turns raw input into trimmed lines: BOM, CRLF/CR, odd spaces and invisible characters go,
 * text is NFC. Throws for empty or binary-looking input.
 */
export function cleanLines(raw: string): CleanText {
  const warnings: string[] = [];
  if (raw.includes('\u0000')) {
    throw new ArticleParseError(
      'binary',
      'The file contains NUL bytes: it looks like a binary file, not plain text.'
    );
  }

  const unified = raw
    .replace(/\r\n?|\u0085|\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .normalize('NFC');

  const controls = unified.match(CONTROL)?.length ?? 0;
  if (controls > 0) {
    const visible = unified.replace(/\s/g, '').length;
    if (controls / Math.max(visible, 1) > MAX_CONTROL_SHARE) {
      throw new ArticleParseError(
        'binary',
        `The file is mostly control or undecodable characters (${controls} of ${visible}): ` +
          'it looks binary or is not UTF-8 text.'
      );
    }
    warnings.push(`${controls} control or undecodable character(s) were removed.`);
  }

  const lines = unified
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .split('\n')
    .map((line) => line.replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim());

  if (lines.every((line) => line === '')) {
    throw new ArticleParseError('empty', 'The file is empty or contains only whitespace.');
  }
  return { lines, warnings };
}

/** Text for a content hash: NFC, one kind of each quote, whitespace collapsed. Case is kept. */
export function normalizeForHash(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Text for "is this the same line?" comparisons: as for hashing, but also case-folded, without
 * quotes and without trailing punctuation.
 */
export function normalizeForComparison(text: string): string {
  return (
    normalizeForHash(text)
      .replace(/["']/g, '')
      .toLowerCase()
      // "İ".toLowerCase() is "i" + combining dot, and Azerbaijani/Turkish "I" is "ı": fold both to "i".
      .normalize('NFD')
      .replace(/\u0307/g, '')
      .replace(/ı/g, 'i')
      .normalize('NFC')
      .replace(/[\s.!?…:;,–—-]+$/u, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
