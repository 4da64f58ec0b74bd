import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { knownLocaleCodes } from '../locales/known';
import { defaultLocaleOf } from '../locales/site-locales';
import type { Db } from './published-articles';
import { readSiteConfig, type RawSiteConfig, type SiteConfig } from './site-config';

/*
 * Strapi glue shared by the feed, sitemap, search and ninjs controllers: the site
 * configuration, the database handle, locales named in a path, and absolute API URLs.
 */

export interface RequestContext {
  params: Record<string, string>;
  query: Record<string, unknown>;
  origin: string;
  path: string;
  querystring: string;
  type: string;
  body: unknown;
}

export const siteConfig = (strapi: Core.Strapi): SiteConfig =>
  readSiteConfig((strapi.config.get('site') ?? {}) as RawSiteConfig);

export const database = (strapi: Core.Strapi): Db => strapi.db.connection;

export { defaultLocaleOf };

/** A locale that is part of a path (`/feeds/:locale/...`): an unknown one is a 404. */
export async function localeFromPath(strapi: Core.Strapi, locale: unknown): Promise<string> {
  const known = await knownLocaleCodes(strapi);
  if (typeof locale !== 'string' || !known.has(locale)) {
    throw new errors.NotFoundError(
      `Unknown locale "${String(locale).slice(0, 40)}". Available locales: ${[...known].sort().join(', ')}`,
      { locale }
    );
  }
  return locale;
}

/** The public base URL of this API: `server.url` when it is absolute, else the request's. */
export function apiBaseUrl(strapi: Core.Strapi, ctx: RequestContext): string {
  const configured = String(strapi.config.get('server.url') ?? '');
  const base = /^https?:\/\//.test(configured) ? configured : ctx.origin;
  return base.replace(/\/+$/, '');
}

/** English language names for editorial notes ("Translation from English"). */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
