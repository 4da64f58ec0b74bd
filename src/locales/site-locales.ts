import type { Core } from '@strapi/strapi';
import { canonicalLocaleCode, readLocaleConfig, unknownLocaleCodes } from './config';
import { lockFor } from '../postgres/advisory-lock';

/** Taken by every writer of locales (bootstrap, CLI). */
export const LOCALE_LOCK_KEY = 'newsroom:i18n-locale';

interface LocaleRow {
  id: number;
  code: string;
  name: string;
  isDefault?: boolean;
}

const i18n = (strapi: Core.Strapi) => ({
  locales: strapi.plugin('i18n').service('locales') as {
    find(params?: object): Promise<LocaleRow[]>;
    findByCode(code: string): Promise<LocaleRow | null>;
    create(
      locale: { code: string; name: string },
      options?: { isDefault?: boolean }
    ): Promise<LocaleRow>;
    setDefaultLocale(params: { code: string }): Promise<void>;
    getDefaultLocale(): Promise<unknown>;
  },
  isoLocales: strapi.plugin('i18n').service('iso-locales') as {
    getIsoLocales(): { code: string; name: string }[];
  },
});

/** Strapi's ISO list as code → display name ("Azerbaijani (az)"). */
export function isoLocaleNames(strapi: Core.Strapi): Map<string, string> {
  return new Map(
    i18n(strapi)
      .isoLocales.getIsoLocales()
      .map(({ code, name }) => [code, name])
  );
}

/**
 * Adds a locale unless its code exists (any case). Callers hold the start-up lock or the
 * locale lock, so two callers cannot both insert.
 */
export async function ensureLocale(
  strapi: Core.Strapi,
  code: string,
  name?: string
): Promise<{ locale: LocaleRow; created: boolean }> {
  const iso = isoLocaleNames(strapi);
  const canonical = canonicalLocaleCode(code, iso.keys());
  if (!canonical) throw new Error(`"${code}" is not a locale code Strapi knows`);
  // The same lock as `npm run locales -- add`: a CLI and a booting instance take turns.
  return strapi.db.transaction(async ({ trx }) => {
    await lockFor(trx, LOCALE_LOCK_KEY);
    const existing = (await i18n(strapi).locales.find()).find(
      (row) => row.code.toLowerCase() === canonical.toLowerCase()
    );
    if (existing) return { locale: existing, created: false };
    const locale = await i18n(strapi).locales.create({
      code: canonical,
      name: name ?? iso.get(canonical) ?? canonical,
    });
    return { locale, created: true };
  });
}

/** Creates the configured locales and sets the default, idempotently. */
export async function ensureConfiguredLocales(strapi: Core.Strapi): Promise<void> {
  const { defaultLocale, defaultIsConfigured, locales } = readLocaleConfig(process.env);
  const unknown = unknownLocaleCodes(locales, isoLocaleNames(strapi).keys());
  if (unknown.length > 0) {
    throw new Error(
      `CMS_LOCALES / CMS_DEFAULT_LOCALE name locale codes Strapi does not know: ${unknown.join(', ')}`
    );
  }
  for (const code of locales) await ensureLocale(strapi, code);
  const canonicalDefault = canonicalLocaleCode(defaultLocale, isoLocaleNames(strapi).keys());
  const current = await i18n(strapi).locales.getDefaultLocale();
  // Without CMS_DEFAULT_LOCALE, a default an admin picked survives restarts.
  if (canonicalDefault && current !== canonicalDefault && (defaultIsConfigured || !current)) {
    await i18n(strapi).locales.setDefaultLocale({ code: canonicalDefault });
  }
}

/** The default locale, for writes that name none (Strapi applies the same default). */
export async function defaultLocaleOf(strapi: Core.Strapi): Promise<string> {
  const current = await i18n(strapi).locales.getDefaultLocale();
  return typeof current === 'string' && current ? current : 'en';
}
