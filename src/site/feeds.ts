/*
 * Reader feeds of one locale: RSS 2.0, Atom 1.0 and JSON Feed 1.1, built from the same items.
 * XML through xmlbuilder2 (escaping and namespaces are the library's job). Every item carries
 * its language, its section as a category, its attribution line, the agencies it came from and
 * the other published locales of the article (hreflang). Pure: plain data in, text out.
 */
import { create } from 'xmlbuilder2';
import { blocksToHtml, escapeHtml } from './blocks-html';
import type { PublishedArticle } from './published-articles';
import { articlePageUrl, localeHomeUrl, type SiteConfig } from './site-config';

export const FEED_SIZE = 50;

export interface FeedContext {
  site: SiteConfig;
  locale: string;
  /** Feed title: the publication name, with the section's name when narrowed to one. */
  title: string;
  description: string;
  /** Absolute URLs of this feed in each format (self links). */
  links: { rss: string; atom: string; json: string; ninjs: string };
}

export interface FeedItem {
  id: string;
  url: string | null;
  title: string;
  summary: string | null;
  contentHtml: string;
  attributionLine: string | null;
  published: string;
  updated: string;
  language: string;
  category: { name: string; slug: string | null } | null;
  authors: { name: string; url: string | null }[];
  /** The agencies' originals this article is based on. */
  via: { name: string; url: string }[];
  alternates: { locale: string; url: string; title: string }[];
}

export const articleUrn = (documentId: string, locale: string) =>
  `urn:newsroom:article:${documentId}:${locale}`;

const latest = (...dates: (string | null | undefined)[]) =>
  dates
    .filter((date): date is string => Boolean(date))
    .reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));

/** The item every format renders: who to credit, where the page is, its other languages. */
export function feedItem(site: SiteConfig, article: PublishedArticle): FeedItem {
  const origins = article.sources.filter((source) => source.role !== 'quoted');
  const body = blocksToHtml(article.body);
  const attribution = article.attributionLine
    ? `\n<p class="attribution">${escapeHtml(article.attributionLine)}</p>`
    : '';
  return {
    id: articleUrn(article.documentId, article.locale),
    url: articlePageUrl(site, {
      locale: article.locale,
      slug: article.slug,
      sectionSlug: article.section?.slug,
    }),
    title: article.title,
    summary: article.lead,
    contentHtml: `${body}${attribution}`,
    attributionLine: article.attributionLine,
    published: article.firstPublishedAt,
    updated: latest(article.firstPublishedAt, article.publishedAt, article.updatedAt),
    language: article.locale,
    category: article.section,
    // The agencies are the authors of agency copy; the site itself of its own reporting.
    authors:
      origins.length > 0
        ? origins.map((source) => ({ name: source.name, url: source.url }))
        : [{ name: site.name, url: site.url }],
    via: origins
      .filter((source) => source.originalUrl)
      .map((source) => ({ name: source.name, url: source.originalUrl as string })),
    alternates: article.alternates.flatMap((alternate) => {
      const url = articlePageUrl(site, alternate);
      return url ? [{ locale: alternate.locale, url, title: alternate.title }] : [];
    }),
  };
}

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
};

const rfc822 = (iso: string) => new Date(iso).toUTCString();

function newest(items: FeedItem[], fallback: string): string {
  return items.length > 0 ? latest(...items.map((item) => item.updated)) : fallback;
}

export function renderRss(context: FeedContext, items: FeedItem[], now: string): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const channel = doc
    .ele('rss', {
      version: '2.0',
      'xmlns:atom': NS.atom,
      'xmlns:content': NS.content,
      'xmlns:dc': NS.dc,
    })
    .ele('channel');
  channel.ele('title').txt(context.title);
  channel.ele('link').txt(localeHomeUrl(context.site, context.locale));
  channel.ele('description').txt(context.description);
  channel.ele('language').txt(context.locale);
  channel.ele('lastBuildDate').txt(rfc822(newest(items, now)));
  channel.ele('generator').txt('Newsroom CMS');
  channel.ele(NS.atom, 'atom:link', {
    href: context.links.rss,
    rel: 'self',
    type: 'application/rss+xml',
  });
  for (const item of items) {
    const node = channel.ele('item');
    node.ele('title').txt(item.title);
    if (item.url) node.ele('link').txt(item.url);
    node.ele('guid', { isPermaLink: 'false' }).txt(item.id);
    node.ele('pubDate').txt(rfc822(item.published));
    if (item.summary) node.ele('description').txt(item.summary);
    node.ele(NS.content, 'content:encoded').dat(item.contentHtml.replace(/]]>/g, ']]&gt;'));
    if (item.category) node.ele('category').txt(item.category.name);
    for (const author of item.authors) node.ele(NS.dc, 'dc:creator').txt(author.name);
    node.ele(NS.dc, 'dc:language').txt(item.language);
    if (item.attributionLine) node.ele(NS.dc, 'dc:rights').txt(item.attributionLine);
    // RSS <source>: "the RSS channel the item came from"; here, the agency's original.
    const via = item.via[0];
    if (via) node.ele('source', { url: via.url }).txt(via.name);
    for (const alternate of item.alternates) {
      node.ele(NS.atom, 'atom:link', {
        rel: 'alternate',
        hreflang: alternate.locale,
        href: alternate.url,
        title: alternate.title,
      });
    }
  }
  return doc.end({ prettyPrint: true });
}

export function renderAtom(context: FeedContext, items: FeedItem[], now: string): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const feed = doc.ele(NS.atom, 'feed', { 'xml:lang': context.locale });
  feed.ele('id').txt(context.links.atom);
  feed.ele('title').txt(context.title);
  feed.ele('subtitle').txt(context.description);
  feed.ele('updated').txt(newest(items, now));
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: context.links.atom });
  feed.ele('link', {
    rel: 'alternate',
    type: 'text/html',
    hreflang: context.locale,
    href: localeHomeUrl(context.site, context.locale),
  });
  feed.ele('author').ele('name').txt(context.site.name);
  feed.ele('generator').txt('Newsroom CMS');
  for (const item of items) {
    const entry = feed.ele('entry', { 'xml:lang': item.language });
    entry.ele('id').txt(item.id);
    entry.ele('title').txt(item.title);
    entry.ele('published').txt(item.published);
    entry.ele('updated').txt(item.updated);
    if (item.url) {
      entry.ele('link', {
        rel: 'alternate',
        type: 'text/html',
        hreflang: item.language,
        href: item.url,
      });
    }
    for (const alternate of item.alternates) {
      entry.ele('link', {
        rel: 'alternate',
        type: 'text/html',
        hreflang: alternate.locale,
        href: alternate.url,
        title: alternate.title,
      });
    }
    for (const via of item.via) entry.ele('link', { rel: 'via', href: via.url, title: via.name });
    for (const author of item.authors) {
      const node = entry.ele('author');
      node.ele('name').txt(author.name);
      if (author.url) node.ele('uri').txt(author.url);
    }
    if (item.category) {
      entry.ele('category', {
        term: item.category.slug ?? item.category.name,
        label: item.category.name,
      });
    }
    if (item.summary) entry.ele('summary').txt(item.summary);
    if (item.attributionLine) entry.ele('rights').txt(item.attributionLine);
    entry.ele('content', { type: 'html' }).txt(item.contentHtml);
  }
  return doc.end({ prettyPrint: true });
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/); `_newsroom` is its extension. */
export function renderJsonFeed(context: FeedContext, items: FeedItem[]) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: context.title,
    home_page_url: localeHomeUrl(context.site, context.locale),
    feed_url: context.links.json,
    description: context.description,
    language: context.locale,
    authors: [{ name: context.site.name, url: context.site.url }],
    items: items.map((item) => ({
      id: item.id,
      ...(item.url ? { url: item.url } : {}),
      ...(item.via[0] ? { external_url: item.via[0].url } : {}),
      title: item.title,
      content_html: item.contentHtml,
      ...(item.summary ? { summary: item.summary } : {}),
      date_published: item.published,
      date_modified: item.updated,
      language: item.language,
      authors: item.authors.map((author) =>
        author.url ? { name: author.name, url: author.url } : { name: author.name }
      ),
      ...(item.category ? { tags: [item.category.name] } : {}),
      _newsroom: {
        attribution_line: item.attributionLine,
        section: item.category,
        alternates: item.alternates,
      },
    })),
  };
}
