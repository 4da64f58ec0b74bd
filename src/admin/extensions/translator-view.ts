/*
 * What the translator's page shows, apart from its markup: the answer of
 * GET /translators/worklist (src/translators/worklist.ts), the edit-view links, and the
 * changes in a translator's words. Plain functions, so they are unit-tested without a browser.
 */

// Types only (erased from the admin bundle): the server's answer, described once.
import type { OriginChanges, ParagraphChange } from '../../translators/origin-diff';
import type { WorklistMissing, WorklistOutdated } from '../../translators/worklist';

export type { OriginChanges, ParagraphChange };

export interface WorklistAnswer {
  data: {
    locale: string;
    locales: string[];
    total: number;
    translated: number;
    missing: WorklistMissing[];
    outdated: WorklistOutdated[];
  };
  meta: {
    pagination: {
      page: number;
      pageSize: number;
      pageCount: number;
      missing: { total: number; pageCount: number };
      outdated: { total: number; pageCount: number };
    };
  };
}

/** The answer of GET /translators/origin/:documentId (src/translators/worklist.ts). */
export interface OriginView {
  locale: string;
  exists: boolean;
  status: 'current' | 'outdated' | null;
  origin: {
    locale: string;
    title: string;
    lead: string;
    paragraphs: string[];
    corrections: string[];
  } | null;
  changes: OriginChanges | null;
  unknownBecause: string | null;
}

const ARTICLE_EDIT_VIEW = '/content-manager/collection-types/api::article.article';

/**
 * The content manager's edit view of one locale of an article, as a path inside the admin
 * panel (the browser shows it under /admin). For a locale the article does not have yet, the
 * same address opens the content manager's create-locale form, where "Fill in from another
 * locale" copies the origin in.
 */
export function editViewPath(documentId: string, locale: string): string {
  return `${ARTICLE_EDIT_VIEW}/${encodeURIComponent(documentId)}?plugins[i18n][locale]=${encodeURIComponent(locale)}`;
}

const FIELD_LABELS = { title: 'Title', lead: 'Lead' } as const;

/** One line per change, as a translator reads them: "Lead changed", "Paragraph 4 added". */
export function changeSummary(changes: OriginChanges): string[] {
  const lines = changes.fields.map((change) => `${FIELD_LABELS[change.field]} changed`);
  for (const change of changes.paragraphs) {
    if (change.change === 'added') lines.push(`Paragraph ${change.now} added`);
    else if (change.change === 'removed') lines.push(`Paragraph ${change.was} removed`);
    else if (change.was === change.now) lines.push(`Paragraph ${change.now} changed`);
    else lines.push(`Paragraph ${change.was} changed (now paragraph ${change.now})`);
  }
  const corrections = changes.correctionsAdded.length;
  if (corrections > 0)
    lines.push(corrections === 1 ? 'A correction added' : `${corrections} corrections added`);
  if (lines.length === 0) lines.push('No difference left: the origin was changed back');
  return lines;
}
