import type { Core } from '@strapi/strapi';
import { coherentValue } from '../coherence/local-caches';

/*
 * The set of locale codes, read from the database and cached: every content-API call checks
 * its `locale` against it. Kept until a locale changes in any process (the `locales` scope of
 * src/coherence, announced by src/cache/invalidation.ts).
 */
let strapiRef: Core.Strapi | null = null;

const codes = coherentValue('locales', async () => {
  const rows = (await (strapiRef as Core.Strapi).db
    .query('plugin::i18n.locale')
    .findMany({ select: ['code'] })) as { code: string }[];
  return new Set(rows.map((row) => row.code));
});

export function knownLocaleCodes(strapi: Core.Strapi): Promise<Set<string>> {
  strapiRef = strapi;
  return codes.get();
}

/**
 * Why a `locale` parameter is unacceptable, or null when it is fine. `*` (all locales) and an
 * array of known codes are what Strapi itself accepts.
 */
export function describeBadLocale(locale: unknown, known: Set<string>): string | null {
  if (locale === undefined || locale === null || locale === '*') return null;
  const codes = Array.isArray(locale) ? locale : [locale];
  for (const code of codes) {
    if (typeof code !== 'string') return 'locale must be a locale code such as "az"';
    if (!known.has(code)) {
      return `Unknown locale "${code.slice(0, 40)}". Available locales: ${[...known].sort().join(', ')}`;
    }
  }
  return null;
}
