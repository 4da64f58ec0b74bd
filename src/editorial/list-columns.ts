/*
 * The two Article attributes that exist only for the content manager's list view: the
 * components they summarize (`sources`, `translation`) cannot be list columns or list filters
 * in Strapi, so each row carries a copy, written by the write pipeline (attribute-sources,
 * mark-outdated) and backfilled at boot (list-columns-sync.ts). Both are private (never in
 * REST or GraphQL output) and not writable (REST and GraphQL input refuse them; the admin drops
 * them). Pure: values in, values out.
 *
 * A locale that does not exist has no row to carry "missing": the list's "Available in" column
 * (Strapi's i18n) shows which locales a document has, and the translator's page lists the
 * missing ones.
 */

export const TRANSLATION_STATES = ['original', 'current', 'outdated'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

export interface ListColumns {
  /**
   * The names of the Sources this locale credits, e.g. "Reuters, AP"; "Original reporting"
   * for the newsroom's own story that credits none; null: unattributed, so the list filter
   * "Sources is null" finds exactly the stories that cannot be published for want of a source.
   */
  sourceNames: string | null;
  translationState: TranslationState;
}

/** The Sources cell of a story the newsroom reported itself and that credits no Source. */
export const ORIGINAL_REPORTING_CELL = 'Original reporting';

/** The separator of `sourceNames`: the list filter "contains Reuters" then reads naturally. */
const SEPARATOR = ', ';

/** The Source names as one list cell, each once, in the order the article credits them. */
export function sourceNamesCell(names: readonly (string | null | undefined)[]): string | null {
  const unique = [...new Set(names.map((name) => name?.trim()).filter((name) => !!name))];
  return unique.length > 0 ? unique.join(SEPARATOR) : null;
}

/**
 * original: written in this locale (or nothing says otherwise); outdated: the locale it was
 * translated from changed since; current: a translation that is up to date.
 */
export function translationStateOf(
  translation: { method?: string | null; status?: string | null } | null | undefined
): TranslationState {
  if (!translation?.method || translation.method === 'original') return 'original';
  return translation.status === 'outdated' ? 'outdated' : 'current';
}

/** The Sources cell of a row: its Sources' names, else "Original reporting", else nothing. */
export function sourcesCell(
  names: readonly (string | null | undefined)[],
  originalReporting: boolean
): string | null {
  return sourceNamesCell(names) ?? (originalReporting ? ORIGINAL_REPORTING_CELL : null);
}

export function listColumns(
  names: readonly (string | null | undefined)[],
  translation: { method?: string | null; status?: string | null } | null | undefined,
  originalReporting: boolean
): ListColumns {
  return {
    sourceNames: sourcesCell(names, originalReporting),
    translationState: translationStateOf(translation),
  };
}
