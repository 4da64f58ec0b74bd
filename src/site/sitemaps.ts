/*
 * Sitemaps (sitemaps.org 0.9) for search engines: an index, one article sitemap per locale and
 * page with an `xhtml:link rel="alternate" hreflang` for every published locale of each article
 * (itself included, as Google asks) plus `x-default`, and a Google News sitemap per locale.
 * XML through xmlbuilder2. Pure: plain data in, text out.
 */
import { create } from 'xmlbuilder2';
import type { LocaleSitemapStats, NewsSitemapEntry, SitemapEntry } from './published-articles';
import { articlePageUrl, googleNewsLanguage, type SiteConfig } from './site-config';

/** The protocol's limit of URLs a file. */
export const SITEMAP_PAGE_SIZE = 50_000;
/** Google News: articles first published in the last two days, at most 1,000 a sitemap. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_MAX_URLS = 1000;

const NS = {
  sitemap: 'http://www.sitemaps.org/schemas/sitemap/0.9',
  xhtml: 'http://www.w3.org/1999/xhtml',
  news: 'http://www.google.com/schemas/sitemap-news/0.9',
};

export interface SitemapUrls {
  /** Absolute URL of a locale's article sitemap page. */
  articles(locale: string, page: number): string;
  /** Absolute URL of a locale's news sitemap. */
  news(locale: string): string;
}

export function pageCount(articles: number, pageSize = SITEMAP_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(articles / pageSize));
}

export function renderSitemapIndex(
  stats: LocaleSitemapStats[],
  urls: SitemapUrls,
  pageSize = SITEMAP_PAGE_SIZE
): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const index = doc.ele(NS.sitemap, 'sitemapindex');
  for (const locale of stats) {
    for (let page = 1; page <= pageCount(locale.articles, pageSize); page += 1) {
      const node = index.ele('sitemap');
      node.ele('loc').txt(urls.articles(locale.locale, page));
      node.ele('lastmod').txt(locale.lastModified);
    }
    const news = index.ele('sitemap');
    news.ele('loc').txt(urls.news(locale.locale));
    news.ele('lastmod').txt(locale.lastModified);
  }
  return doc.end({ prettyPrint: true });
}

/**
 * x-default: the version in the site's default locale when the article has one, else the
 * first published version (by locale code), so every URL of a group names the same one.
 */
function xDefault(
  versions: { locale: string; url: string }[],
  defaultLocale: string
): string | null {
  const preferred = versions.find((version) => version.locale === defaultLocale);
  if (preferred) return preferred.url;
  const sorted = [...versions].sort((a, b) => a.locale.localeCompare(b.locale));
  return sorted[0]?.url ?? null;
}

export function renderArticleSitemap(
  site: SiteConfig,
  entries: SitemapEntry[],
  defaultLocale: string
): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const urlset = doc.ele(NS.sitemap, 'urlset', { 'xmlns:xhtml': NS.xhtml });
  for (const entry of entries) {
    const own = articlePageUrl(site, entry);
    if (!own) continue;
    const versions = [
      { locale: entry.locale, url: own },
      ...entry.alternates.flatMap((alternate) => {
        const url = articlePageUrl(site, alternate);
        return url ? [{ locale: alternate.locale, url }] : [];
      }),
    ].sort((a, b) => a.locale.localeCompare(b.locale));
    const node = urlset.ele('url');
    node.ele('loc').txt(own);
    node.ele('lastmod').txt(entry.updatedAt);
    for (const version of versions) {
      node.ele(NS.xhtml, 'xhtml:link', {
        rel: 'alternate',
        hreflang: version.locale,
        href: version.url,
      });
    }
    const fallback = xDefault(versions, defaultLocale);
    if (fallback) {
      node.ele(NS.xhtml, 'xhtml:link', { rel: 'alternate', hreflang: 'x-default', href: fallback });
    }
  }
  return doc.end({ prettyPrint: true });
}

export function renderNewsSitemap(
  site: SiteConfig,
  entries: NewsSitemapEntry[],
  publication: { name: string; locale: string }
): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const urlset = doc.ele(NS.sitemap, 'urlset', { 'xmlns:news': NS.news });
  for (const entry of entries.slice(0, NEWS_MAX_URLS)) {
    const url = articlePageUrl(site, entry);
    if (!url) continue;
    const node = urlset.ele('url');
    node.ele('loc').txt(url);
    const news = node.ele(NS.news, 'news:news');
    const pub = news.ele(NS.news, 'news:publication');
    pub.ele(NS.news, 'news:name').txt(publication.name);
    pub.ele(NS.news, 'news:language').txt(googleNewsLanguage(publication.locale));
    news.ele(NS.news, 'news:publication_date').txt(entry.firstPublishedAt);
    news.ele(NS.news, 'news:title').txt(entry.title);
  }
  return doc.end({ prettyPrint: true });
}
