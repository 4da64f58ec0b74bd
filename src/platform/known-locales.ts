import type { Core } from '@strapi/strapi';
import { onModelWrites } from './model-writes';

/*
 * The set of locale codes, read from the database and cached: every content-API call checks
 * its `locale` against it. Writes to locales through this instance invalidate it at once;
 * other instances see a change within the TTL.
 */
const TTL_MS = 10_000;

let cached: { codes: Set<string>; loadedAt: number } | null = null;
let loading: Promise<Set<string>> | null = null;

export function invalidateKnownLocales(): void {
  cached = null;
}

export async function knownLocaleCodes(strapi: Core.Strapi): Promise<Set<string>> {
  if (cached && Date.now() - cached.loadedAt < TTL_MS) return cached.codes;
  loading ??= strapi.db
    .query('plugin::i18n.locale')
    .findMany({ select: ['code'] })
    .then((rows: { code: string }[]) => {
      const codes = new Set(rows.map((row) => row.code));
      cached = { codes, loadedAt: Date.now() };
      return codes;
    })
    .finally(() => {
      loading = null;
    });
  return loading;
}

export function watchLocaleChanges(strapi: Core.Strapi): void {
  onModelWrites(strapi, ['plugin::i18n.locale'], invalidateKnownLocales);
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
