/*
 * The public site as configuration describes it (config/site.ts): its URL, how an article's
 * page URL is built, the publication name of each locale and the publisher's logo. Pure.
 */

export interface RawSiteConfig {
  name?: string;
  url?: string;
  articlePath?: string;
  articleUrlPattern?: string;
  publicationNames?: string | Record<string, string>;
  logo?: string;
}

export interface SiteConfig {
  name: string;
  /** Absolute, no trailing slash. */
  url: string;
  articlePath: string;
  /** A whole URL pattern ({locale}, {section}, {slug}); overrides url + articlePath when set. */
  articleUrlPattern: string;
  publicationNames: Record<string, string>;
  /** Absolute URL, or null. */
  logo: string | null;
}

export interface ArticlePageRef {
  locale: string;
  slug: string | null;
  sectionSlug?: string | null;
}

const DEFAULT_SITE_URL = 'http://localhost:3000';

/** `az=Bbabo NET,ru=Ббабо` → { az: 'Bbabo NET', ru: 'Ббабо' }. */
export function parsePublicationNames(value: string | Record<string, string> | undefined) {
  if (value && typeof value === 'object') return { ...value };
  const names: Record<string, string> = {};
  for (const pair of (value ?? '').split(',')) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    const locale = pair.slice(0, at).trim();
    const name = pair.slice(at + 1).trim();
    if (locale && name) names[locale] = name;
  }
  return names;
}

export function readSiteConfig(raw: RawSiteConfig): SiteConfig {
  const url = (raw.url?.trim() || DEFAULT_SITE_URL).replace(/\/+$/, '');
  const logo = raw.logo?.trim() ?? '';
  return {
    name: raw.name?.trim() || 'Newsroom',
    url,
    articlePath: raw.articlePath?.trim() || '/{locale}/{section}/{slug}',
    articleUrlPattern: raw.articleUrlPattern?.trim() ?? '',
    publicationNames: parsePublicationNames(raw.publicationNames),
    logo: logo === '' ? null : absoluteUrl(url, logo),
  };
}

/** A URL under the site: absolute ones are kept, paths are joined to the site URL. */
export function absoluteUrl(siteUrl: string, pathOrUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(pathOrUrl)) return pathOrUrl;
  return `${siteUrl}/${pathOrUrl.replace(/^\/+/, '')}`;
}

/** The publication name of a locale: the configured one, else the site's name. */
export function publicationName(site: SiteConfig, locale: string): string {
  return site.publicationNames[locale] ?? site.publicationNames[locale.split('-')[0]] ?? site.name;
}

/**
 * The public page of one locale of an article, or null without a slug. Each placeholder is
 * URL-encoded; a placeholder with no value drops its path segment (`/{locale}/{section}/{slug}`
 * without a section is `/az/some-slug`).
 */
export function articlePageUrl(site: SiteConfig, ref: ArticlePageRef): string | null {
  if (!ref.slug) return null;
  const values: Record<string, string> = {
    locale: encodeURIComponent(ref.locale),
    section: ref.sectionSlug ? encodeURIComponent(ref.sectionSlug) : '',
    slug: encodeURIComponent(ref.slug),
  };
  const fill = (pattern: string) =>
    pattern
      .replace(/\/\{(locale|section|slug)\}/g, (_m, key: string) =>
        values[key] ? `/${values[key]}` : ''
      )
      .replace(/\{(locale|section|slug)\}/g, (_m, key: string) => values[key]);
  if (site.articleUrlPattern) return fill(site.articleUrlPattern);
  return absoluteUrl(site.url, fill(site.articlePath) || '/');
}

/** The site's home page of a locale, e.g. https://news.example/az. */
export function localeHomeUrl(site: SiteConfig, locale: string): string {
  return `${site.url}/${encodeURIComponent(locale)}`;
}

/**
 * The language code Google News expects: the ISO 639 language of the locale (`pt-BR` → `pt`),
 * except Chinese, which it wants as `zh-cn` (Simplified) or `zh-tw` (Traditional).
 */
export function googleNewsLanguage(locale: string): string {
  const [language, ...rest] = locale.toLowerCase().split('-');
  if (language === 'zh') {
    const traditional = rest.some((part) => ['hant', 'tw', 'hk', 'mo'].includes(part));
    return traditional ? 'zh-tw' : 'zh-cn';
  }
  return language;
}
