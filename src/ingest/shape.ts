// Shape tests that tell header lines (site, section, headline) from body paragraphs.

/** Longest site or section line, and most words in one. */
const LABEL_MAX_LENGTH = 60;
const LABEL_MAX_WORDS = 6;
/** A block ending in `!`, `?`, `…` or a closing quote is a paragraph only when at least this long. */
const LONG_TEXT = 120;
/** Nothing longer can be a headline. */
export const HEADLINE_MAX_LENGTH = 300;

const OPENING = `"“„«‘‚'(`;
const CLOSING = `"”»’')`;
// Words whose trailing dot does not end a sentence ("Nov. 24", "Gen. Smith", "100 mln. ABŞ").
const ABBREVIATIONS = new Set(
  'mrs gen sen rep gov col sgt inc corp ltd prof rev dept jan feb mar apr jun jul aug sep sept oct nov dec est approx mln mlrd min млн млрд тыс руб долл проф milyon'.split(
    ' '
  )
);

function stripEdges(token: string): string {
  let start = 0;
  let end = token.length;
  while (start < end && OPENING.includes(token[start])) start++;
  while (end > start && (CLOSING.includes(token[end - 1]) || '.!?…,;:'.includes(token[end - 1])))
    end--;
  return token.slice(start, end);
}

function startsWithCapitalOrDigit(text: string): boolean {
  const first = [...text].find((ch) => !OPENING.includes(ch));
  return first !== undefined && /[\p{Lu}\p{N}]/u.test(first);
}

/** True when `text` ends a sentence: `.`, `!`, `?` or `…`, possibly inside closing quotes. */
export function endsWithSentencePunctuation(text: string): boolean {
  return /[.!?…]["”»’')\]]*$/u.test(text);
}

/** Counts sentence breaks (". Next", "?» Next"), ignoring initials and common abbreviations. */
export function countSentenceBreaks(text: string): number {
  const tokens = text.split(' ');
  let breaks = 0;
  for (let i = 0; i < tokens.length - 1; i++) {
    const token = tokens[i];
    if (!/[.!?…]["”»’')]*$/u.test(token)) continue;
    if (!startsWithCapitalOrDigit(tokens[i + 1])) continue;
    const core = stripEdges(token);
    if (/[.]/.test(core)) continue; // "U.S.", "т.е."
    const isNumber = /^\p{N}+$/u.test(core);
    if (!isNumber && (core.length < 3 || ABBREVIATIONS.has(core.toLowerCase()))) continue;
    breaks++;
  }
  return breaks;
}

/** A site name or section line: short, few words, no sentence punctuation. */
export function looksLikeLabel(text: string): boolean {
  return (
    text.length <= LABEL_MAX_LENGTH &&
    text.split(' ').length <= LABEL_MAX_WORDS &&
    !/[.!?…:;,]["”»’')]*$/u.test(text) &&
    countSentenceBreaks(text) === 0
  );
}

/**
 * How surely a block is body text rather than a headline: `certain` for several sentences, a
 * final full stop or more text than any headline holds; `likely` for a final `!`, `?`, `…` or
 * closing quote after long text (a long headline can end so too).
 */
export function paragraphLikelihood(text: string): 'certain' | 'likely' | undefined {
  if (text.length > HEADLINE_MAX_LENGTH) return 'certain';
  if (countSentenceBreaks(text) > 0) return 'certain';
  const words = text.split(' ').length;
  if (/[^.]\.["”»’')\]]*$/u.test(text) && words >= 3) return 'certain';
  if (text.length >= LONG_TEXT && /[.!?…"”»’')]$/u.test(text)) return 'likely';
  return undefined;
}

export function looksLikeParagraph(text: string): boolean {
  return paragraphLikelihood(text) !== undefined;
}

/** A line that can start a new header field: begins with a capital letter or a digit. */
export function startsLikeNewLine(text: string): boolean {
  return startsWithCapitalOrDigit(text);
}

const SITE_WORDS =
  /\b(?:net|news|tv|times|post|daily|online|media|press|portal|today|gazete(?:si)?|herald|journal|tribune|info)\b/iu;
const DOMAIN = /\p{L}\.(?:az|com|net|org|ru|tr|uk|info|news|tv|media|io)\b/iu;

/** With only one line before the headline: is it a site name (`Bbabo NET`, `Report.az`)? */
export function looksLikeSiteName(text: string): boolean {
  return DOMAIN.test(text) || SITE_WORDS.test(text);
}
