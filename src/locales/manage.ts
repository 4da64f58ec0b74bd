import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { lockFor } from '../postgres/advisory-lock';
import { canonicalLocaleCode, readLocaleConfig } from './config';
import { ensureLocale, isoLocaleNames } from './site-locales';
import { LocaleRefusedError, UnknownLocaleError } from './errors';
import { ARTICLE_UID, SECTION_UID } from '../content-model/uids';
import { collectLocaleContent, writeExport } from './export';
import { findTranslatorRole, syncTranslatorRoles } from '../translators/roles';
import { LOCALE_LOCK_KEY } from './site-locales';

/** Taken by every process that adds, renames or removes a locale. */

const CODE_INDEX = 'i18n_locale_code_ci_unique';

interface LocaleRow {
  id: number;
  code: string;
  name: string;
}

// i18n's locales service (untyped in @strapi/types): the calls made here.
interface LocalesService {
  find(params?: object): Promise<LocaleRow[]>;
  update(params: { id: number }, updates: { name: string }): Promise<LocaleRow>;
  delete(params: { id: number }): Promise<unknown>;
  setDefaultLocale(params: { code: string }): Promise<unknown>;
  getDefaultLocale(): Promise<string | null>;
}
const localesService = (strapi: Core.Strapi) =>
  strapi.plugin('i18n').service('locales') as LocalesService;

export interface LocaleSummary {
  code: string;
  name: string;
  isDefault: boolean;
  /** Documents with a version in this locale (drafts counted, so each document once). */
  articles: number;
  /** Documents published in this locale. */
  published: number;
  translatorRole: string | null;
}

/*
 * A second row with the same code is dangerous: deleting one deletes that locale's content
 * (strapi/strapi#27656). Strapi's admin checks then inserts, which two requests can interleave,
 * so the database refuses it too. Case-insensitive, as codes are compared everywhere here.
 */
export async function ensureLocaleCodeIndex(
  strapi: Core.Strapi
): Promise<'exists' | 'created' | 'duplicates'> {
  const db: Knex = strapi.db.connection;
  const table = strapi.db.metadata.get('plugin::i18n.locale').tableName;
  const found = await db.raw<{ rows: { index: string | null }[] }>(
    'SELECT to_regclass(?) AS index',
    [CODE_INDEX]
  );
  if (found.rows[0]?.index) return 'exists';
  try {
    await db.raw('CREATE UNIQUE INDEX IF NOT EXISTS ?? ON ?? (lower(code))', [CODE_INDEX, table]);
    return 'created';
  } catch (error) {
    if ((error as { code?: string }).code !== '23505') throw error;
    strapi.log.warn(
      `i18n_locale holds two rows with the same code; remove one (keeping its content) so that ${CODE_INDEX} can be created`
    );
    return 'duplicates';
  }
}

async function existingLocale(strapi: Core.Strapi, code: string): Promise<LocaleRow> {
  const locales = await localesService(strapi).find();
  const found = locales.find((locale) => locale.code.toLowerCase() === code.toLowerCase());
  if (found) return found;
  const existing = locales.map((locale) => locale.code).sort();
  throw new UnknownLocaleError(
    `There is no locale "${code}". Locales: ${existing.join(', ')}.`,
    code,
    existing
  );
}

/** ISO codes close to what was typed: same language prefix, or a name that contains it. */
function suggestCodes(strapi: Core.Strapi, typed: string): string[] {
  const wanted = typed.toLowerCase();
  const prefix = wanted.slice(0, 2);
  return [...isoLocaleNames(strapi)]
    .filter(
      ([code, name]) =>
        (wanted.length >= 3 && name.toLowerCase().includes(wanted)) ||
        code.toLowerCase().split('-')[0] === prefix
    )
    .slice(0, 8)
    .map(([code, name]) => `${code} (${name})`);
}

export async function listLocales(strapi: Core.Strapi): Promise<LocaleSummary[]> {
  const db: Knex = strapi.db.connection;
  const [locales, defaultCode, counts] = await Promise.all([
    localesService(strapi).find(),
    localesService(strapi).getDefaultLocale(),
    db.raw<{ rows: { locale: string; articles: number; published: number }[] }>(
      `SELECT locale,
              count(DISTINCT document_id) FILTER (WHERE published_at IS NULL)::int AS articles,
              count(DISTINCT document_id) FILTER (WHERE published_at IS NOT NULL)::int AS published
         FROM ?? GROUP BY locale`,
      [strapi.db.metadata.get(ARTICLE_UID).tableName]
    ),
  ]);
  const byLocale = new Map(counts.rows.map((row) => [row.locale, row]));
  const summaries: LocaleSummary[] = [];
  for (const locale of [...locales].sort((a, b) => a.code.localeCompare(b.code))) {
    const role = await findTranslatorRole(strapi, locale.code);
    summaries.push({
      code: locale.code,
      name: locale.name,
      isDefault: locale.code === defaultCode,
      articles: byLocale.get(locale.code)?.articles ?? 0,
      published: byLocale.get(locale.code)?.published ?? 0,
      translatorRole: role?.name ?? null,
    });
  }
  return summaries;
}

export interface AddResult {
  outcome: 'created' | 'exists' | 'renamed';
  locale: LocaleRow;
  translatorRole: string | null;
}

/**
 * Adds a locale by its ISO code (any case; stored in Strapi's canonical form) and its
 * translator role. Idempotent: an existing code is reported, renamed when `name` differs.
 */
export async function addLocale(
  strapi: Core.Strapi,
  code: string,
  name?: string
): Promise<AddResult> {
  const iso = isoLocaleNames(strapi);
  const canonical = canonicalLocaleCode(code, iso.keys());
  if (!canonical) {
    const suggestions = suggestCodes(strapi, code);
    throw new UnknownLocaleError(
      `"${code}" is not a locale code Strapi knows.` +
        (suggestions.length > 0 ? ` Did you mean: ${suggestions.join(', ')}?` : ''),
      code,
      suggestions
    );
  }
  await ensureLocaleCodeIndex(strapi);
  const result = await strapi.db.transaction(async ({ trx }) => {
    await lockFor(trx, LOCALE_LOCK_KEY);
    const { locale, created } = await ensureLocale(strapi, canonical, name);
    if (created) return { outcome: 'created' as const, locale };
    if (name && name !== locale.name) {
      const renamed = await localesService(strapi).update({ id: locale.id }, { name });
      return { outcome: 'renamed' as const, locale: renamed };
    }
    return { outcome: 'exists' as const, locale };
  });
  await syncTranslatorRoles(strapi);
  const role = await findTranslatorRole(strapi, result.locale.code);
  return { ...result, translatorRole: role?.name ?? null };
}

export async function setDefaultLocale(
  strapi: Core.Strapi,
  code: string
): Promise<{ previous: string | null; locale: LocaleRow }> {
  const locale = await existingLocale(strapi, code);
  const previous = await localesService(strapi).getDefaultLocale();
  if (previous !== locale.code)
    await localesService(strapi).setDefaultLocale({ code: locale.code });
  return { previous, locale };
}

/** How much content a locale holds, in documents. */
export async function localeContentCounts(
  strapi: Core.Strapi,
  code: string,
  db: Knex = strapi.db.connection
): Promise<{ articles: number; sections: number }> {
  const count = async (uid: string) => {
    const result = await db.raw<{ rows: { count: number }[] }>(
      'SELECT count(DISTINCT document_id)::int AS count FROM ?? WHERE locale = ?',
      [strapi.db.metadata.get(uid).tableName, code]
    );
    return result.rows[0].count;
  };
  return { articles: await count(ARTICLE_UID), sections: await count(SECTION_UID) };
}

export interface RemoveOptions {
  force: boolean;
  /** Where the export goes; asked for only when there is content to export. */
  exportFile: (code: string) => string;
}

export interface RemoveResult {
  locale: LocaleRow;
  deleted: { articles: number; sections: number };
  exportFile: string | null;
  translatorRole: 'removed' | 'kept-read-only' | 'none';
}

/**
 * Removes a locale and everything written in it. Refuses the default locale, a configured one
 * (the next start would add it back), and a locale with articles or sections unless `force`;
 * with `force` their export is written first.
 */
export async function removeLocale(
  strapi: Core.Strapi,
  code: string,
  options: RemoveOptions
): Promise<RemoveResult> {
  const locale = await existingLocale(strapi, code);
  if (locale.code === (await localesService(strapi).getDefaultLocale())) {
    throw new LocaleRefusedError(
      `"${locale.code}" is the default locale; make another locale the default first (npm run locales -- default <code>).`,
      'default-locale'
    );
  }
  const configured = readLocaleConfig(process.env).locales;
  if (configured.some((code) => code.toLowerCase() === locale.code.toLowerCase())) {
    throw new LocaleRefusedError(
      `"${locale.code}" is configured (CMS_LOCALES=${configured.join(',')}; en and az always are): every start would add it again. Take it out of CMS_LOCALES first.`,
      'configured'
    );
  }
  const counts = await localeContentCounts(strapi, locale.code);
  const hasContent = counts.articles + counts.sections > 0;
  if (hasContent && !options.force) {
    throw new LocaleRefusedError(
      `"${locale.code}" has ${counts.articles} article(s) and ${counts.sections} section(s); removing it deletes them. Run again with --force to export them to a JSON file and remove the locale.`,
      'has-content',
      counts
    );
  }

  let exportFile: string | null = null;
  if (hasContent) {
    exportFile = options.exportFile(locale.code);
    await writeExport(exportFile, await collectLocaleContent(strapi, locale));
  }
  const hadRole = (await findTranslatorRole(strapi, locale.code)) !== null;

  await strapi.db.transaction(async ({ trx }) => {
    await lockFor(trx, LOCALE_LOCK_KEY);
    const now = await localeContentCounts(strapi, locale.code, trx);
    if (now.articles !== counts.articles || now.sections !== counts.sections) {
      throw new Error(
        `Content in "${locale.code}" changed while it was being exported; nothing was removed. Run the command again.`
      );
    }
    // Through the Document Service, not i18n's bulk delete: that removes the rows but leaves
    // their components behind.
    for (const uid of [ARTICLE_UID, SECTION_UID] as const) {
      const rows = (await strapi.db
        .query(uid)
        .findMany({ where: { locale: locale.code }, select: ['documentId'] })) as {
        documentId: string;
      }[];
      const documents = strapi.documents(uid);
      for (const documentId of new Set(rows.map((row) => row.documentId))) {
        await documents.delete({ documentId, locale: locale.code });
      }
    }
    await localesService(strapi).delete({ id: locale.id });
  });

  await syncTranslatorRoles(strapi);
  const hasRole = (await findTranslatorRole(strapi, locale.code)) !== null;
  return {
    locale,
    deleted: counts,
    exportFile,
    translatorRole: hasRole ? 'kept-read-only' : hadRole ? 'removed' : 'none',
  };
}
