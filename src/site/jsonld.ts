/*
 * schema.org NewsArticle for one locale of an article: what it is based on (the agencies'
 * originals), who supplied it, and which locale it translates or is translated into; with what
 * Google's article guidelines ask for: the publisher with its logo, an author (the agency, or
 * the publisher for its own reporting), datePublished <= dateModified, mainEntityOfPage.
 * Pure: plain data in, a JSON-LD object out.
 */

export interface JsonLdSource {
  name: string;
  url?: string | null;
  kind?: string | null;
  originalUrl?: string | null;
  originalHeadline?: string | null;
  role?: string | null;
}

export interface JsonLdVersion {
  locale: string;
  slug: string | null;
  title: string;
  sectionSlug?: string | null;
}

export interface JsonLdInput {
  documentId: string;
  locale: string;
  title: string;
  lead?: string | null;
  dateline?: string | null;
  section?: string | null;
  sectionSlug?: string | null;
  slug?: string | null;
  publishedAt?: string | null;
  /** When this locale was first published (Strapi rewrites publishedAt at every publish). */
  firstPublishedAt?: string | null;
  updatedAt?: string | null;
  originalPublishedAt?: string | null;
  originalLanguage?: string | null;
  attributionLine?: string | null;
  sources: JsonLdSource[];
  translation?: { method?: string | null; from?: string | null } | null;
  /** Published correction notes of this locale. */
  corrections?: { note: string; correctedAt?: string | null }[];
  /** Other published locales of the document, with the locale each was translated from. */
  alternates: (JsonLdVersion & { translatedFrom?: string | null })[];
  publisher: { name: string; url?: string | null; logo?: string | null };
  /** Builds the public URL of a locale's page, when the site's URL pattern is configured. */
  pageUrl?: (version: JsonLdVersion) => string | null;
}

type Node = Record<string, unknown>;

const organizationType = (kind?: string | null) =>
  kind === 'news-agency' || kind === 'newspaper' || kind === 'broadcaster'
    ? 'NewsMediaOrganization'
    : kind === 'government'
      ? 'GovernmentOrganization'
      : 'Organization';

function organization(source: JsonLdSource): Node {
  return compact({ '@type': organizationType(source.kind), name: source.name, url: source.url });
}

/** Drops null, undefined, empty strings and empty arrays, so the output carries no noise. */
function compact(node: Node): Node {
  return Object.fromEntries(
    Object.entries(node).filter(
      ([, value]) =>
        value !== null &&
        value !== undefined &&
        value !== '' &&
        !(Array.isArray(value) && value.length === 0)
    )
  );
}

function versionNode(input: JsonLdInput, version: JsonLdVersion): Node {
  const url = input.pageUrl?.(version) ?? null;
  return compact({
    '@type': 'NewsArticle',
    '@id': url ?? `urn:newsroom:article:${input.documentId}:${version.locale}`,
    url,
    headline: version.title,
    inLanguage: version.locale,
  });
}

/** The latest of some ISO dates (null when none is given). */
function latest(...dates: (string | null | undefined)[]): string | null {
  const known = dates.filter(
    (date): date is string => Boolean(date) && !Number.isNaN(Date.parse(date as string))
  );
  if (known.length === 0) return null;
  return known.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

export function buildNewsArticleJsonLd(input: JsonLdInput): Node {
  const self: JsonLdVersion = {
    locale: input.locale,
    slug: input.slug ?? null,
    title: input.title,
    sectionSlug: input.sectionSlug ?? null,
  };
  const own = versionNode(input, self);

  const isBasedOn = input.sources
    .filter((source) => source.role !== 'quoted')
    .map((source) =>
      compact({
        '@type': source.originalUrl || source.originalHeadline ? 'NewsArticle' : 'CreativeWork',
        url: source.originalUrl,
        headline: source.originalHeadline,
        inLanguage: input.originalLanguage,
        datePublished: input.originalPublishedAt,
        publisher: organization(source),
      })
    );

  const from = input.translation?.method !== 'original' ? input.translation?.from : null;
  // Every other published language version, once, in the translation tree seen from this one:
  // its translations (and theirs) under workTranslation, the version it was translated from
  // under translationOfWork, with that one's own source and its other translations.
  const placed = new Set<string>([input.locale]);
  const translationsOf = (locale: string): Node[] => {
    const children = input.alternates.filter(
      (version) => version.translatedFrom === locale && !placed.has(version.locale)
    );
    for (const child of children) placed.add(child.locale);
    return children.map((child) =>
      compact({ ...versionNode(input, child), workTranslation: translationsOf(child.locale) })
    );
  };
  const sourceVersion = (locale: string | null | undefined): Node | undefined => {
    const version = locale ? input.alternates.find((other) => other.locale === locale) : undefined;
    if (!version || placed.has(version.locale)) return undefined;
    placed.add(version.locale);
    return compact({
      ...versionNode(input, version),
      translationOfWork: sourceVersion(version.translatedFrom),
      workTranslation: translationsOf(version.locale),
    });
  };
  const workTranslation = translationsOf(input.locale);
  const original = sourceVersion(from);

  const publisher = compact({
    '@type': 'NewsMediaOrganization',
    name: input.publisher.name,
    url: input.publisher.url,
    logo: input.publisher.logo ? { '@type': 'ImageObject', url: input.publisher.logo } : undefined,
  });
  const origins = input.sources.filter((source) => source.role !== 'quoted');
  const datePublished = input.firstPublishedAt ?? input.publishedAt ?? null;

  return compact({
    '@context': 'https://schema.org',
    ...own,
    mainEntityOfPage: own.url ? { '@type': 'WebPage', '@id': own.url } : undefined,
    description: input.lead,
    dateline: input.dateline,
    articleSection: input.section,
    datePublished,
    // Never before datePublished: the published row's updatedAt can precede its publishedAt.
    dateModified: latest(datePublished, input.publishedAt, input.updatedAt),
    creditText: input.attributionLine,
    // Agency copy is authored by the agency; the site's own reporting by the site.
    author: origins.length > 0 ? origins.map(organization) : [publisher],
    publisher,
    isBasedOn,
    sourceOrganization: input.sources.map(organization),
    // The original may be a locale this site publishes, or only the agency's text elsewhere.
    translationOfWork: original
      ? original
      : from
        ? compact({ '@type': 'CreativeWork', inLanguage: from, url: isBasedOn[0]?.url })
        : undefined,
    workTranslation,
    correction: (input.corrections ?? [])
      .filter((correction) => typeof correction.note === 'string' && correction.note.trim())
      .map((correction) =>
        compact({
          '@type': 'CorrectionComment',
          text: correction.note,
          datePublished: correction.correctedAt,
        })
      ),
  });
}
