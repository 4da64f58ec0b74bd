import { extractText } from '../attribution/text';

/**
 * The translatable text of one locale of an article, as a translator reads it: what a
 * translation was made from (stored as a snapshot when the translation is saved) and what the
 * origin says now.
 */
export interface OriginText {
  title: string;
  lead: string;
  /** One entry per body block that has text (headings and list items included), trimmed. */
  paragraphs: string[];
  /** The notes of the origin's corrections: adding one makes its translations outdated too. */
  corrections: string[];
}

export interface OriginArticle {
  title?: string | null;
  lead?: string | null;
  body?: unknown;
  corrections?: readonly { note?: string | null }[] | null;
}

/** The translatable text of a stored article version. Malformed bodies yield what text they have. */
export function originTextOf(article: OriginArticle): OriginText {
  const blocks = Array.isArray(article.body) ? article.body : [];
  return {
    title: clean(article.title),
    lead: clean(article.lead),
    paragraphs: blocks
      .map((block) => extractText({ body: [block] }))
      .map(clean)
      .filter((text) => text !== ''),
    corrections: (article.corrections ?? [])
      .map((correction) => clean(correction?.note))
      .filter((note) => note !== ''),
  };
}

export interface FieldChange {
  field: 'title' | 'lead';
  before: string;
  after: string;
}

/**
 * One paragraph-level change, numbered as a translator counts (from 1): `was` is the
 * paragraph's number in the text translated, `now` its number in the origin today.
 */
export type ParagraphChange =
  | { change: 'added'; now: number; after: string }
  | { change: 'removed'; was: number; before: string }
  | { change: 'changed'; was: number; now: number; before: string; after: string };

export interface OriginChanges {
  /** True when nothing translatable differs (e.g. only a correction was removed). */
  unchanged: boolean;
  fields: FieldChange[];
  paragraphs: ParagraphChange[];
  /** Correction notes the origin has now that it did not have. */
  correctionsAdded: string[];
}

/** What changed in the origin between the text a translation was made from and the text now. */
export function diffOrigin(before: OriginText, after: OriginText): OriginChanges {
  const fields: FieldChange[] = [];
  for (const field of ['title', 'lead'] as const) {
    if (before[field] !== after[field]) {
      fields.push({ field, before: before[field], after: after[field] });
    }
  }
  const paragraphs = diffParagraphs(before.paragraphs, after.paragraphs);
  const known = new Set(before.corrections);
  const correctionsAdded = after.corrections.filter((note) => !known.has(note));
  return {
    unchanged: fields.length === 0 && paragraphs.length === 0 && correctionsAdded.length === 0,
    fields,
    paragraphs,
    correctionsAdded,
  };
}

/*
 * A longest-common-subsequence alignment of whole paragraphs (articles have tens of them, so
 * the quadratic table is small). Between two kept paragraphs, removed and added ones are paired
 * in order as "changed": an edited paragraph is one removal plus one addition at the same place.
 * Written here rather than taken from a diff library: it is paragraph-level only, twenty lines,
 * and the project's dependency set is shared by several checkouts.
 */
export function diffParagraphs(
  before: readonly string[],
  after: readonly string[]
): ParagraphChange[] {
  const n = before.length;
  const m = after.length;
  // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..].
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] =
        before[i] === after[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }

  const changes: ParagraphChange[] = [];
  let removed: number[] = [];
  let added: number[] = [];
  const flush = () => {
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++) {
      changes.push({
        change: 'changed',
        was: removed[k] + 1,
        now: added[k] + 1,
        before: before[removed[k]],
        after: after[added[k]],
      });
    }
    for (const i of removed.slice(paired)) {
      changes.push({ change: 'removed', was: i + 1, before: before[i] });
    }
    for (const j of added.slice(paired)) {
      changes.push({ change: 'added', now: j + 1, after: after[j] });
    }
    removed = [];
    added = [];
  };

  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && before[i] === after[j]) {
      flush();
      i++;
      j++;
    } else if (j < m && (i === n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      added.push(j++);
    } else {
      removed.push(i++);
    }
  }
  flush();
  return changes;
}

const clean = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
