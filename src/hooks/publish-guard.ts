import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { defaultLocaleOf } from '../platform/locales';
import { findDraftVersions } from './article-store';

/** Refuses, with a 400 naming the article and the locale, to publish an unsourced locale. */
export function refusePublishing(title: string, documentId: string | null, locale: string): never {
  const which = documentId ? `"${title}" (${documentId})` : `"${title}"`;
  throw new errors.ValidationError(
    `Article ${which} cannot be published in locale "${locale}": it names no source and is not marked as original reporting. Add a source or set originalReporting.`,
    { documentId, locale, reason: 'unattributed' }
  );
}

/**
 * Before a publish: every locale about to be published must have a source or be the site's
 * own reporting. Throws before anything is written, so nothing published changes.
 */
export async function assertPublishable(
  strapi: Core.Strapi,
  documentId: string,
  localeParam: unknown
): Promise<void> {
  const versions = await findDraftVersions(strapi, documentId);
  const wanted =
    localeParam === '*'
      ? versions.map((version) => version.locale)
      : Array.isArray(localeParam)
        ? (localeParam as string[])
        : [typeof localeParam === 'string' ? localeParam : await defaultLocaleOf(strapi)];
  const originalReporting = versions.some((version) => version.originalReporting === true);
  for (const version of versions) {
    if (!wanted.includes(version.locale)) continue;
    // An entry holding only an original URL names no one: it does not count as a source.
    if (!version.sources.some((ref) => ref.source) && !originalReporting) {
      refusePublishing(version.title, documentId, version.locale);
    }
  }
}
