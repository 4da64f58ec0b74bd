/*
 * The database rows the Document Service writes for one benchmark article, computed without
 * it: per locale a draft and a published row in `articles`, each with its own `sources`
 * components (one per detected agency, linked to the Source) and `translation` component,
 * the component links in `articles_cmps`, and the section link. The derived fields come from
 * the same pure functions the attribution hooks call (detect, resolve, translation defaults,
 * attribution line), so a seeded article reads exactly like one written through Strapi;
 * `npm run bench` checks that on a twin written both ways before it measures anything.
 */
import {
  createSourceResolver,
  detectAttributions,
  extractText,
  renderAttributionLine,
} from '../../src/attribution';
import { chooseTranslation, type TranslationInput } from '../../src/attribution/translation-choice';
import type { StoredTranslation } from '../../src/write-pipeline/stored-versions';
import type { ParagraphBlock } from '../../src/attribution';
import { listColumns } from '../../src/editorial/list-columns';

/** One locale of a seeded article (ArticleSpec of seed-data.ts, or the search corpus's). */
export interface SeedVersion {
  locale: string;
  title: string;
  slug: string;
  lead: string;
  dateline: string;
  body: ParagraphBlock[];
}

/** A seeded article: its original first, then its translations. */
export interface SeedArticle {
  index: number;
  /** Index of its section among the sections seeded. */
  section: number;
  originalLanguage: string;
  originalPublishedAt: Date;
  createdAt: Date;
  versions: SeedVersion[];
}

export interface SourceRow {
  id: number;
  name: string;
  aliases: unknown;
}

export interface ArticleRow {
  id: number;
  document_id: string;
  title: string;
  slug: string;
  lead: string;
  body: string;
  dateline: string;
  original_reporting: boolean;
  attribution_line: string;
  original_language: string;
  original_published_at: Date;
  created_at: Date;
  updated_at: Date;
  published_at: Date | null;
  locale: string;
  publish_on_embargo_lift: boolean;
  source_names: string | null;
  translation_state: string;
}

export interface SourceRefRow {
  id: number;
  quoted_as: string;
  role: 'origin';
  detected: true;
}

export interface SourceLinkRow {
  id: number;
  source_ref_id: number;
  source_id: number;
}

export interface TranslationRow {
  id: number;
  method: string;
  from: string | null;
  translator: string | null;
  engine: string | null;
  translated_at: Date | null;
  status: string;
  source_changed_at: Date | null;
}

export interface ComponentLinkRow {
  id: number;
  entity_id: number;
  cmp_id: number;
  component_type: 'attribution.source-ref' | 'attribution.translation';
  field: 'sources' | 'translation';
  order: number | null;
}

export interface SectionLinkRow {
  id: number;
  article_id: number;
  section_id: number;
  article_ord: number;
}

export interface SeedRows {
  articles: ArticleRow[];
  sourceRefs: SourceRefRow[];
  sourceLinks: SourceLinkRow[];
  translations: TranslationRow[];
  componentLinks: ComponentLinkRow[];
  sectionLinks: SectionLinkRow[];
}

/** The next free id of each table; advanced as rows are made. */
export type IdCursor = Record<keyof SeedRows, number>;

export const emptyRows = (): SeedRows => ({
  articles: [],
  sourceRefs: [],
  sourceLinks: [],
  translations: [],
  componentLinks: [],
  sectionLinks: [],
});

export interface SeedContext {
  sources: readonly SourceRow[];
  /** The row id of section `index` in `locale` (sections are localized, one row per locale). */
  sectionRowId: (index: number, locale: string) => number;
  /** The next `article_ord` for a section row: the document service numbers them 1, 2, 3… */
  nextSectionOrder: (sectionRowId: number) => number;
}

/**
 * A Source's aliases: a JSON list, or its text (Strapi's database layer turns off `pg`'s jsonb
 * parsing for the whole process once it has loaded).
 */
function aliasesOf(value: unknown): string[] {
  let list = value;
  if (typeof value === 'string') {
    try {
      list = JSON.parse(value);
    } catch {
      list = [];
    }
  }
  return Array.isArray(list)
    ? list.filter((alias): alias is string => typeof alias === 'string')
    : [];
}

/** A resolver over the Sources in the database, as the hooks build it. */
export function sourceLookup(sources: readonly SourceRow[]) {
  const resolver = createSourceResolver(
    sources.map((source) => ({ name: source.name, aliases: aliasesOf(source.aliases) }))
  );
  const idByName = new Map(sources.map((source) => [source.name, source.id]));
  return (rawName: string, locale: string): { id: number; name: string } | null => {
    const name = resolver.resolve(rawName, locale);
    const id = name ? idByName.get(name) : undefined;
    return name && id !== undefined ? { id, name } : null;
  };
}

/** What the hooks compute for one locale of an article. */
export interface DerivedVersion {
  sources: { sourceId: number; name: string; quotedAs: string }[];
  translation: TranslationInput;
  attributionLine: string;
}

/** The list view's columns, as the write pipeline fills them (src/editorial/list-columns.ts). */
function listColumnsRow(derived: DerivedVersion) {
  const columns = listColumns(
    derived.sources.map((source) => source.name),
    derived.translation,
    false
  );
  return { source_names: columns.sourceNames, translation_state: columns.translationState };
}

/**
 * Detection, resolution, translation defaults and the line, as the attribution hooks derive
 * them when the document service creates `version` (the first locale, or a new localization
 * of a document that has `earlier` locales).
 */
export function deriveVersion(
  version: SeedVersion,
  earlier: { locale: string; translation: StoredTranslation | null }[],
  resolve: ReturnType<typeof sourceLookup>,
  originalLanguage: string,
  now: Date
): DerivedVersion {
  const text = extractText({ title: version.title, lead: version.lead, body: version.body });
  const sources: DerivedVersion['sources'] = [];
  for (const found of detectAttributions(text, version.locale)) {
    const source = resolve(found.name, version.locale);
    if (!source) {
      throw new Error(
        `"${found.name}" (${version.locale}) is not a known Source; seeding needs known ones`
      );
    }
    if (!sources.some((s) => s.sourceId === source.id)) {
      sources.push({ sourceId: source.id, name: source.name, quotedAs: found.quotedAs });
    }
  }
  const translation = chooseTranslation({
    incoming: undefined,
    stored: null,
    isNewLocalization: earlier.length > 0,
    otherVersions: earlier,
    originalLanguage,
    locale: version.locale,
    translator: null,
    touchesText: true,
    now,
  });
  const attributionLine = renderAttributionLine({
    locale: version.locale,
    sourceNames: sources.map((source) => source.name),
    originalReporting: false,
    translation: translation as {
      method: NonNullable<StoredTranslation['method']>;
      from?: string | null;
    },
  });
  return { sources, translation, attributionLine };
}

/** Milliseconds between creating a locale and creating the next one (seeded timestamps). */
const LOCALE_GAP_MS = 120_000;
/** Milliseconds between creating a draft and publishing it. */
const PUBLISH_GAP_MS = 50;

/**
 * Appends to `rows` every row of `spec` as a published document: for each locale a draft row
 * then its published copy, as `documents.create({status:'published'})` and `publish()` write.
 */
export function appendArticleRows(
  rows: SeedRows,
  ids: IdCursor,
  spec: SeedArticle,
  documentId: string,
  context: SeedContext,
  resolve: ReturnType<typeof sourceLookup>
): void {
  const earlier: { locale: string; translation: StoredTranslation | null }[] = [];
  spec.versions.forEach((version, position) => {
    const createdAt = new Date(spec.createdAt.getTime() + position * LOCALE_GAP_MS);
    const derived = deriveVersion(version, earlier, resolve, spec.originalLanguage, createdAt);
    earlier.push({ locale: version.locale, translation: derived.translation as StoredTranslation });
    if (derived.sources.length === 0) {
      throw new Error(
        `article ${spec.index} (${version.locale}) credits no source: it could not be published`
      );
    }
    const sectionRowId = context.sectionRowId(spec.section, version.locale);
    const order = context.nextSectionOrder(sectionRowId);

    for (const published of [false, true]) {
      const articleId = ids.articles++;
      rows.articles.push({
        id: articleId,
        document_id: documentId,
        title: version.title,
        slug: version.slug,
        lead: version.lead,
        body: JSON.stringify(version.body),
        dateline: version.dateline,
        original_reporting: false,
        attribution_line: derived.attributionLine,
        original_language: spec.originalLanguage,
        original_published_at: spec.originalPublishedAt,
        created_at: createdAt,
        updated_at: createdAt,
        published_at: published ? new Date(createdAt.getTime() + PUBLISH_GAP_MS) : null,
        locale: version.locale,
        publish_on_embargo_lift: false,
        ...listColumnsRow(derived),
      });
      derived.sources.forEach((source, index) => {
        const refId = ids.sourceRefs++;
        rows.sourceRefs.push({
          id: refId,
          quoted_as: source.quotedAs,
          role: 'origin',
          detected: true,
        });
        rows.sourceLinks.push({
          id: ids.sourceLinks++,
          source_ref_id: refId,
          source_id: source.sourceId,
        });
        rows.componentLinks.push({
          id: ids.componentLinks++,
          entity_id: articleId,
          cmp_id: refId,
          component_type: 'attribution.source-ref',
          field: 'sources',
          order: index + 1,
        });
      });
      const translationId = ids.translations++;
      const t = derived.translation;
      rows.translations.push({
        id: translationId,
        method: t.method ?? 'original',
        from: t.from ?? null,
        translator: t.translator ?? null,
        engine: t.engine ?? null,
        translated_at: t.translatedAt ? new Date(t.translatedAt) : null,
        status: t.status ?? 'current',
        source_changed_at: t.sourceChangedAt ? new Date(t.sourceChangedAt) : null,
      });
      rows.componentLinks.push({
        id: ids.componentLinks++,
        entity_id: articleId,
        cmp_id: translationId,
        component_type: 'attribution.translation',
        field: 'translation',
        order: null,
      });
      rows.sectionLinks.push({
        id: ids.sectionLinks++,
        article_id: articleId,
        section_id: sectionRowId,
        article_ord: order,
      });
    }
  });
}

/**
 * A documentId like the ones Strapi makes (24 lower-case letters and digits, cuid2-shaped),
 * but derived from the article number so every run seeds the same ids.
 */
export function benchDocumentId(index: number): string {
  const head = `b${index.toString(36).padStart(6, '0')}`;
  let state = (index + 1) * 2654435761;
  let tail = '';
  while (tail.length < 24 - head.length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    tail += (state % 36).toString(36);
  }
  return head + tail;
}
