/*
 * IPTC ninjs 3.1 ("News in JSON") for partners: one article locale as a ninjs text item, and a
 * locale's newest articles as a ninjs composite whose associations are those items. Provenance
 * is spelled in ninjs terms: the agencies as `infoSources` (with their role), the translator
 * as an `infoSources` entry of role `translator`, the version it was translated from and the
 * other published locales as `associations`. Pure: plain data in, a ninjs object out.
 */
import { extractText } from '../attribution/text';
import { blocksToHtml } from './blocks-html';
import { articleUrn, feedItem } from './feeds';
import type { AlternateRecord, PublishedArticle } from './published-articles';
import { articlePageUrl, publicationName, type SiteConfig } from './site-config';

export const NINJS_VERSION = '3.1';
export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#';

type NinjsObject = Record<string, unknown>;

const standard = { name: 'ninjs', version: NINJS_VERSION, schema: NINJS_SCHEMA_URI };

const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Drops null, undefined, empty strings and empty arrays: ninjs has no nulls. */
function compact(object: NinjsObject): NinjsObject {
  return Object.fromEntries(
    Object.entries(object).filter(
      ([, value]) =>
        value !== null &&
        value !== undefined &&
        value !== '' &&
        !(Array.isArray(value) && value.length === 0)
    )
  );
}

const later = (a: string, b: string) => (Date.parse(b) > Date.parse(a) ? b : a);
const earlier = (a: string, b: string) => (Date.parse(b) < Date.parse(a) ? b : a);

function associationOf(
  site: SiteConfig,
  article: PublishedArticle,
  alternate: AlternateRecord,
  rel: string
): NinjsObject {
  const url = articlePageUrl(site, alternate);
  return compact({
    name: rel,
    rel,
    uri: articleUrn(article.documentId, alternate.locale),
    type: 'text',
    language: alternate.locale,
    headlines: [{ role: 'main', contentType: 'text/plain', value: alternate.title }],
    renditions: url ? [{ name: 'web', href: url, contentType: 'text/html' }] : [],
  });
}

export interface NinjsOptions {
  /** The English name of a language, for the editorial note (Intl.DisplayNames). */
  languageName?: (code: string) => string;
}

export function articleToNinjs(
  site: SiteConfig,
  article: PublishedArticle,
  options: NinjsOptions = {}
): NinjsObject {
  const item = feedItem(site, article);
  const bodyText = extractText({ body: article.body });
  const bodyHtml = blocksToHtml(article.body);
  const translation = article.translation;
  const translatedFrom =
    translation && translation.method !== 'original' && translation.from ? translation.from : null;
  const languageName = options.languageName ?? ((code: string) => code);

  const infoSources = [
    ...article.sources.map((source) =>
      compact({
        name: source.name,
        role: source.role === 'quoted' ? 'quoted' : 'origin',
        uri: source.url,
        literal: source.slug,
      })
    ),
    ...(translatedFrom && (translation?.translator || translation?.engine)
      ? [compact({ name: translation?.translator ?? translation?.engine, role: 'translator' })]
      : []),
    { name: publicationName(site, article.locale), role: 'publisher', uri: site.url },
  ];

  const original = translatedFrom
    ? article.alternates.find((alternate) => alternate.locale === translatedFrom)
    : undefined;
  const associations = article.alternates.map((alternate) =>
    associationOf(
      site,
      article,
      alternate,
      alternate === original
        ? 'translationOf'
        : alternate.translatedFrom === article.locale
          ? 'translation'
          : 'alternate'
    )
  );

  const method = translation?.method ?? null;
  const edNote = translatedFrom
    ? `${method === 'machine' ? 'Machine translation' : method === 'machine-reviewed' ? 'Reviewed machine translation' : 'Translation'} from ${languageName(translatedFrom)}${translation?.engine ? ` (${translation.engine})` : ''}.`
    : null;

  return compact({
    uri: item.id,
    standard,
    type: 'text',
    representationType: 'full',
    profile: 'newsroom-article',
    version: String(Date.parse(item.updated)),
    firstCreated: earlier(article.createdAt, article.firstPublishedAt),
    versionCreated: item.updated,
    contentCreated: article.originalPublishedAt,
    pubStatus: 'usable',
    language: article.locale,
    headlines: [{ role: 'main', contentType: 'text/plain', value: article.title }],
    descriptions: article.lead
      ? [{ role: 'summary', contentType: 'text/plain', value: article.lead }]
      : [],
    bodies: [
      {
        role: 'main',
        contentType: 'text/plain',
        value: bodyText,
        charCount: [...bodyText].length,
        wordCount: words(bodyText),
      },
      { role: 'main', contentType: 'text/html', value: bodyHtml, wordCount: words(bodyText) },
    ],
    located: article.dateline,
    subjects: article.section
      ? [compact({ name: article.section.name, rel: 'section', literal: article.section.slug })]
      : [],
    infoSources,
    by: item.authors.map((author) => author.name).join(', '),
    copyrightNotice: article.attributionLine,
    edNote,
    altIds: [
      { role: 'documentId', value: article.documentId },
      ...(article.slug ? [{ role: 'slug', value: article.slug }] : []),
      ...(item.url ? [{ role: 'url', value: item.url }] : []),
      ...article.sources
        .filter((source) => source.originalUrl)
        .map((source) => ({ role: 'originalUrl', value: source.originalUrl as string })),
    ],
    renditions: item.url ? [{ name: 'web', href: item.url, contentType: 'text/html' }] : [],
    associations,
  });
}

/** A locale's newest articles as one ninjs composite item. */
export function ninjsFeed(
  site: SiteConfig,
  locale: string,
  feedUri: string,
  title: string,
  articles: PublishedArticle[],
  now: string,
  options: NinjsOptions = {}
): NinjsObject {
  const items = articles.map((article) => articleToNinjs(site, article, options));
  const newest = items.reduce<string>(
    (date, object) => later(date, object.versionCreated as string),
    items.length > 0 ? (items[0].versionCreated as string) : now
  );
  return compact({
    uri: feedUri,
    standard,
    type: 'composite',
    representationType: 'full',
    profile: 'newsroom-feed',
    versionCreated: newest,
    pubStatus: 'usable',
    language: locale,
    headlines: [{ role: 'main', contentType: 'text/plain', value: title }],
    associations: items.map((object, index) => ({
      ...object,
      name: `item-${index + 1}`,
      rel: 'item',
    })),
  });
}
