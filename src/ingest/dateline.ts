/** A dateline found at the start of a first paragraph. */
export interface Dateline {
  /** Place name as written: `Vaşinqton`, `NEW ORLEANS`, `МОСКВА`. */
  place: string;
  /** Date part when there is one: `24 noyabr.`, `Nov 24`, `24 ноября.`. */
  date?: string;
  /** Agency credit without its brackets: `Reuters`, `AP`, `ТАСС`, `AA`. */
  credit?: string;
  /**
   * The paragraph without the dateline. With a credit it starts at the credit (`(Reuters) - …`,
   * `/ТАСС/. …`), so attribution detection downstream still sees it.
   */
  rest: string;
}

const DASH = String.raw`(?:--|[-‐‑‒–—―])`;
// Up to four words, the first capitalised: "Vaşinqton", "NEW ORLEANS", "Rio de Janeiro".
const PLACE = String.raw`\p{Lu}[\p{L}\p{M}'’.-]*(?:[ ][\p{L}][\p{L}\p{M}'’.-]*){0,3}`;
// Words, numbers, dots and commas: "24 noyabr.", "Nov 24", "Azərbaycan, 24 noyabr 2025".
const DATE = String.raw`[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N} .,/]{0,39}?`;
// An agency name as credited: "Reuters", "AP", "ТАСС", "Trend", "AA", "İHA".
const CREDIT = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N} .&'’-]{0,29}`;

const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE})` +
    String.raw`(?<comma>[ ]?,[ ]?(?<date>${DATE})?)?[ ]?` +
    '(?:' +
    String.raw`(?<paren>\((?<parenCredit>${CREDIT})\)[ ]?[.,]?[ ]?${DASH})` +
    String.raw`|(?<slash>/(?<slashCredit>${CREDIT})/\.?)` +
    String.raw`|(?<dash>${DASH})` +
    ')' +
    '(?:[ ]+|$)',
  'u'
);

const HAS_LOWERCASE = /\p{Ll}/u;
const HAS_DIGIT = /\p{N}/u;

/**
 * Finds a dateline at the start of `paragraph` (already whitespace-collapsed):
 * `Vaşinqton, -`, `Bakı, 24 noyabr. –`, `LONDON, Nov 24 (Reuters) -`, `NEW ORLEANS (AP) —`,
 * `МОСКВА, 24 ноября. /ТАСС/.`, `ANKARA (AA) -`, `İstanbul, 24 Kasım (AA) -`.
 * Returns `undefined` when the paragraph does not open with one.
 */
export function extractDateline(paragraph: string): Dateline | undefined {
  const match = DATELINE.exec(paragraph);
  const groups = match?.groups;
  if (!match || !groups) return undefined;

  const place = groups.place.trim();
  const date = groups.date?.trim() || undefined;
  const credit = (groups.parenCredit ?? groups.slashCredit)?.trim();

  if (!isPlaceName(place)) return undefined;
  // A date without a digit is more likely a list ("Rusiya, Ukrayna və Belarus -") than a date.
  if (date && !HAS_DIGIT.test(date)) return undefined;
  // "Rusiya - Ukrayna…" and "NATO – Rusiya…" are sentences; a bare dateline is the US style,
  // capitals and an em dash: "WASHINGTON —".
  if (!credit && groups.comma === undefined) {
    const letters = place.replace(/[^\p{L}]/gu, '');
    const emDash = groups.dash === '—' || groups.dash === '--';
    if (!emDash || HAS_LOWERCASE.test(place) || letters.length < 3) return undefined;
  }

  let rest: string;
  if (groups.paren !== undefined) {
    rest = paragraph.slice(paragraph.indexOf(groups.paren, groups.place.length));
  } else if (groups.slash !== undefined) {
    rest = paragraph.slice(paragraph.indexOf(groups.slash, groups.place.length));
  } else {
    rest = paragraph.slice(match[0].length);
  }
  return { place, date, credit, rest: rest.trim() };
}

// Lower-case words allowed inside a place name: "Rio de Janeiro", "Frankfurt am Main".
const CONNECTOR = /^[\p{Ll}]{1,3}$/u;
const ALL_CAPS = /^[^\p{Ll}]+$/u;

/**
 * "NEW ORLEANS", "New Orleans", "Rio de Janeiro"; not "Storm hits Britain LONDON" (a headline
 * run into its dateline) nor "Blinken said".
 */
function isPlaceName(place: string): boolean {
  const words = place.split(' ');
  const named = words.filter((word) => !CONNECTOR.test(word));
  if (named.some((word) => !/^\p{Lu}/u.test(word))) return false;
  // Either every word in capitals (news-agency style) or none.
  const capitals = named.filter((word) => ALL_CAPS.test(word)).length;
  return words.length === 1 || capitals === 0 || capitals === named.length;
}
