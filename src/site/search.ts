/*
 * Article search, the pure half: checking the request, turning the words typed into a
 * PostgreSQL tsquery text, and turning PostgreSQL's highlighted excerpt into a safe HTML
 * snippet with <mark>. Case folding itself happens in SQL (newsroom_search_fold, see
 * database/migrations/2025.12.01T00.00.00.article-search.js), on the text and on the query alike.
 */
import { escapeHtml } from './blocks-html';

export const SEARCH_DEFAULT_PAGE_SIZE = 10;
export const SEARCH_MAX_PAGE_SIZE = 100;
export const SEARCH_MAX_QUERY_LENGTH = 200;
export const SEARCH_MAX_WORDS = 12;
export const SEARCH_MAX_PAGE = 1000;
/** A one-letter prefix would expand to a large part of the vocabulary: whole words only. */
const MIN_PREFIX_LENGTH = 2;

/** Bad input, with the parameter it is about; the Strapi glue turns it into a 400. */
export class SearchInputError extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown>
  ) {
    super(message);
  }
}

export interface SearchRequest {
  q: string;
  words: string[];
  /** The words as a to_tsquery text: all must match, the last one as a prefix. */
  tsquery: string;
  /** The same terms, any of which is highlighted (a snippet may hold only some of them). */
  highlightTsquery: string;
  sectionSlug: string | null;
  sourceSlug: string | null;
  from: Date | null;
  to: Date | null;
  page: number;
  pageSize: number;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SLUG = /^[\p{L}\p{N}][\p{L}\p{N}_-]{0,199}$/u;

/**
 * Words as PostgreSQL's parser would see them: runs of letters, marks and digits; anything
 * else (quotes, apostrophes, hyphens, operators) separates them, so no input can inject
 * tsquery syntax. The last word is a prefix (search as you type) unless the text ends with a
 * space, i.e. the word is finished.
 */
export function toTsqueryText(q: string): {
  words: string[];
  tsquery: string;
  highlightTsquery: string;
} {
  const words = (q.normalize('NFC').match(WORD) ?? []).slice(0, SEARCH_MAX_WORDS);
  const typing = !/\s$/u.test(q);
  const terms = words.map((word, index) => {
    const prefix = typing && index === words.length - 1 && [...word].length >= MIN_PREFIX_LENGTH;
    return `'${word}'${prefix ? ':*' : ''}`;
  });
  return { words, tsquery: terms.join(' & '), highlightTsquery: terms.join(' | ') };
}

function single(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') {
    throw new SearchInputError(`${name} must be given once, as a string`, { [name]: value });
  }
  return value;
}

function positiveInteger(name: string, value: unknown, fallback: number, max: number): number {
  const text = single(name, value);
  if (text === undefined || text === '') return fallback;
  if (!/^\d{1,7}$/.test(text) || Number(text) < 1 || Number(text) > max) {
    throw new SearchInputError(`${name} must be an integer from 1 to ${max}`, { [name]: text });
  }
  return Number(text);
}

/** An optional slug parameter (`?section=`, `?source=`): null when absent. */
export function optionalSlug(name: string, value: unknown): string | null {
  const text = single(name, value);
  if (text === undefined || text === '') return null;
  if (!SLUG.test(text)) {
    throw new SearchInputError(`${name} must be a slug`, { [name]: text.slice(0, 200) });
  }
  return text;
}

/** `2025-11-24` or a full ISO 8601 date-time; a date alone means its whole day (UTC). */
function dateParam(name: string, value: unknown, endOfDay: boolean): Date | null {
  const text = single(name, value);
  if (text === undefined || text === '') return null;
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
  const parsed = dateOnly
    ? new Date(`${text}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z`)
    : isoDateTime.test(text)
      ? new Date(text)
      : null;
  if (!parsed || Number.isNaN(parsed.getTime())) {
    throw new SearchInputError(`${name} must be a date (YYYY-MM-DD) or an ISO 8601 date-time`, {
      [name]: text.slice(0, 50),
    });
  }
  return parsed;
}

/** Checks a search request's parameters (REST query or GraphQL arguments, as strings). */
export function parseSearchRequest(params: Record<string, unknown>): SearchRequest {
  const q = single('q', params.q) ?? '';
  if ([...q].length > SEARCH_MAX_QUERY_LENGTH) {
    throw new SearchInputError(`q may be at most ${SEARCH_MAX_QUERY_LENGTH} characters`, {
      q: q.slice(0, 50),
    });
  }
  const { words, tsquery, highlightTsquery } = toTsqueryText(q);
  if (words.length === 0) {
    throw new SearchInputError('q must contain at least one word', { q });
  }
  const from = dateParam('from', params.from, false);
  const to = dateParam('to', params.to, true);
  if (from && to && from > to) {
    throw new SearchInputError('from must not be later than to', {
      from: params.from,
      to: params.to,
    });
  }
  return {
    q,
    words,
    tsquery,
    highlightTsquery,
    sectionSlug: optionalSlug('section', params.section),
    sourceSlug: optionalSlug('source', params.source),
    from,
    to,
    page: positiveInteger('page', params.page, 1, SEARCH_MAX_PAGE),
    pageSize: positiveInteger(
      'pageSize',
      params.pageSize,
      SEARCH_DEFAULT_PAGE_SIZE,
      SEARCH_MAX_PAGE_SIZE
    ),
  };
}

/** Markers PostgreSQL's ts_headline is asked to use: characters no article text contains. */
export const HEADLINE_MARKERS = {
  start: '\u0002',
  stop: '\u0003',
  fragments: '\u0001',
} as const;

export const FRAGMENT_JOINER = ' … ';

/**
 * The HTML snippet: PostgreSQL highlighted the folded text (lower-cased, İ/ı folded); folding
 * keeps one character for one, so each fragment found in the folded text is cut from the
 * original at the same offsets, and the original's case is what the reader sees. Escaped; the
 * only markup is <mark>. A fragment that cannot be found is shown as PostgreSQL gave it.
 */
export function snippetHtml(headline: string, original: string, folded: string): string {
  const { start, stop, fragments } = HEADLINE_MARKERS;
  return headline
    .split(fragments)
    .map((fragment) => {
      const marks: [number, number][] = [];
      let plain = '';
      let open = -1;
      for (const char of fragment) {
        if (char === start) open = plain.length;
        else if (char === stop && open >= 0) {
          marks.push([open, plain.length]);
          open = -1;
        } else plain += char;
      }
      const trimmed = plain.trim();
      const lead = plain.length - plain.trimStart().length;
      const at = trimmed ? folded.indexOf(trimmed) : -1;
      const text = at >= 0 ? original.slice(at, at + trimmed.length) : trimmed;
      let html = '';
      let cursor = 0;
      for (const [from, to] of marks) {
        const a = Math.max(0, from - lead);
        const b = Math.min(text.length, to - lead);
        if (b <= a || a < cursor) continue;
        html += `${escapeHtml(text.slice(cursor, a))}<mark>${escapeHtml(text.slice(a, b))}</mark>`;
        cursor = b;
      }
      return (html + escapeHtml(text.slice(cursor))).replace(/\s+/g, ' ').trim();
    })
    .filter(Boolean)
    .join(FRAGMENT_JOINER);
}
