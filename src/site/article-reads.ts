import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { defaultLocaleOf } from '../locales/site-locales';
import { describeBadLocale, knownLocaleCodes } from '../locales/known';
import { PUBLIC_ARTICLE_POPULATE, type ArticleView } from './public-shape';
import { ARTICLE_UID } from '../content-model/uids';

const MAX_SLUG = 200;

/** The `locale` query parameter, checked; the default locale when absent. */
export async function localeFromQuery(strapi: Core.Strapi, locale: unknown): Promise<string> {
  if (locale === undefined || locale === '') return defaultLocaleOf(strapi);
  const known = await knownLocaleCodes(strapi);
  const problem =
    locale === '*' ? 'locale must name one locale here' : describeBadLocale(locale, known);
  if (problem) throw new errors.ValidationError(problem, { locale });
  return locale as string;
}

/** The `slug` parameter, checked. */
export function checkedSlug(slug: unknown): string {
  if (typeof slug !== 'string' || slug.length === 0 || slug.length > MAX_SLUG) {
    throw new errors.ValidationError('slug must be a non-empty string of at most 200 characters');
  }
  return slug;
}

export async function findPublishedBySlug(strapi: Core.Strapi, slug: unknown, locale: string) {
  const checked = checkedSlug(slug);
  const article = await strapi.documents(ARTICLE_UID).findFirst({
    filters: { slug: { $eq: checked } },
    locale,
    status: 'published',
    populate: PUBLIC_ARTICLE_POPULATE,
  });
  if (!article)
    throw new errors.NotFoundError(`No published article "${slug}" in locale "${locale}"`);
  return article;
}

export interface Alternate {
  locale: string;
  slug: string | null;
  title: string;
  translatedFrom?: string | null;
}

/** Every other published locale of the document, for hreflang links. */
export async function publishedAlternates(
  strapi: Core.Strapi,
  documentId: string,
  locale: string,
  options: { withTranslation?: boolean } = {}
): Promise<Alternate[]> {
  const rows = (await strapi.db.query(ARTICLE_UID).findMany({
    where: { documentId, locale: { $ne: locale }, publishedAt: { $notNull: true } },
    select: ['locale', 'slug', 'title'],
    populate: options.withTranslation ? { translation: { select: ['from', 'method'] } } : undefined,
    orderBy: { locale: 'asc' },
  })) as (Alternate & { translation?: { from: string | null; method: string | null } | null })[];
  return rows.map(({ locale: code, slug, title, translation }) =>
    options.withTranslation
      ? {
          locale: code,
          slug,
          title,
          translatedFrom: translation?.method !== 'original' ? (translation?.from ?? null) : null,
        }
      : { locale: code, slug, title }
  );
}

/**
 * Strapi has no locale fallback (strapi/strapi#10806, #12799): try `locale`, then each of
 * `fallback` in order, and say which one was served.
 */
export async function findWithFallback(
  strapi: Core.Strapi,
  documentId: string,
  locale: unknown,
  fallback: unknown,
  query: Record<string, unknown>
): Promise<{ article: ArticleView; locale: string; fallbackFrom: string | null }> {
  const wanted = await localeFromQuery(strapi, locale);
  if (typeof fallback !== 'string')
    throw new errors.ValidationError('fallback must be a comma-separated list of locales');
  const chain = [wanted];
  for (const code of fallback
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)) {
    const checked = await localeFromQuery(strapi, code);
    if (!chain.includes(checked)) chain.push(checked);
  }
  if (chain.length > 10) throw new errors.ValidationError('fallback may name at most 9 locales');
  for (const code of chain) {
    // Cast: `query` is the sanitized client query, which Strapi types Record<string, unknown>.
    const article = await strapi.documents(ARTICLE_UID).findOne({
      ...query,
      documentId,
      locale: code,
      status: 'published',
    } as never);
    if (article) {
      return {
        article,
        locale: code,
        fallbackFrom: code === wanted ? null : wanted,
      };
    }
  }
  throw new errors.NotFoundError(`No published article ${documentId} in ${chain.join(', ')}`);
}
