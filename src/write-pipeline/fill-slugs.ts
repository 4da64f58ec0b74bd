import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { slugify, slugWithSuffix } from '../attribution/slug';
import { lockFor } from '../postgres/advisory-lock';
import type { WriteData, WriteStep } from './write-context';

interface UidField {
  field: string;
  targetField: string;
}

type Data = WriteData;

function uidFieldsOf(contentType: { attributes: object }): UidField[] {
  const attributes = contentType.attributes as Record<
    string,
    { type: string; targetField?: string }
  >;
  return Object.entries(attributes)
    .filter(([, attribute]) => attribute.type === 'uid' && attribute.targetField)
    .map(([field, attribute]) => ({ field, targetField: attribute.targetField as string }));
}

const isLocalized = (contentType: { pluginOptions?: object }) =>
  Boolean(
    (contentType.pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized
  );

/** The slugs other documents use in this scope that start with `base`. */
async function takenSlugs(
  strapi: Core.Strapi,
  uid: string,
  field: string,
  base: string,
  scope: { locale?: string; documentId?: string }
): Promise<Set<string>> {
  const where: Record<string, unknown> = { [field]: { $startsWith: base } };
  if (scope.locale) where.locale = scope.locale;
  if (scope.documentId) where.documentId = { $ne: scope.documentId };
  const rows = (await strapi.db.query(uid).findMany({ where, select: [field] })) as Record<
    string,
    string
  >[];
  return new Set(rows.map((row) => row[field]));
}

/**
 * The first of `base`, `base-2`, `base-3`… no other document uses in this locale. Writers of
 * the same base take turns (advisory lock on the base), and a suffixed pick is locked too,
 * since another title may slug to exactly `base-2`; the pick is re-checked once it is held.
 */
async function firstFreeSlug(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  uid: string,
  field: string,
  base: string,
  scope: { locale?: string; documentId?: string }
): Promise<string> {
  const lockKey = (slug: string) => `slug:${uid}:${scope.locale ?? ''}:${slug}`;
  await lockFor(trx, lockKey(base));
  // A long base is shortened to make room for its suffix; the shortest such head is a prefix
  // of every candidate, so one query sees them all.
  const widest = slugWithSuffix(base, 999_999).replace(/-?999999$/, '');
  const taken = await takenSlugs(strapi, uid, field, widest || base, scope);
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = slugWithSuffix(base, n);
    if (taken.has(candidate)) continue;
    // Another title may slug to exactly this candidate: lock it, then look once more.
    await lockFor(trx, lockKey(candidate));
    if (!(await takenSlugs(strapi, uid, field, candidate, scope)).has(candidate)) return candidate;
    taken.add(candidate);
  }
}

/*
 * Strapi fills uid fields only in the admin panel; REST, GraphQL and the Document Service
 * leave them null. This fills them on every write path, transliterated for the locale, and
 * keeps them unique per locale with a numeric suffix. A slug an editor typed is normalized,
 * never replaced by the title's; an existing slug is kept when the title changes, so
 * published URLs do not break.
 */
export function fillSlugs(strapi: Core.Strapi): WriteStep {
  return async (write, next) => {
    if (!write.writesData || !write.uid.startsWith('api::')) return next();
    const contentType = strapi.contentType(write.uid);
    const fields = uidFieldsOf(contentType);
    if (fields.length === 0) return next();

    const data = write.data;
    if (!data) return next();
    const locale = isLocalized(contentType) ? await write.locale() : undefined;
    const documentId = write.action === 'update' ? write.documentId : undefined;
    const uid = write.uid;

    return strapi.db.transaction(async ({ trx }) => {
      const existing =
        documentId !== undefined
          ? ((await strapi.db.query(uid).findOne({
              where: { documentId, ...(locale ? { locale } : {}), publishedAt: null },
              select: fields.map(({ field }) => field),
            })) as Data | null)
          : null;

      for (const { field, targetField } of fields) {
        const typed = typeof data[field] === 'string' ? (data[field] as string).trim() : '';
        const kept = typeof existing?.[field] === 'string' ? (existing[field] as string) : '';
        if (!typed && kept && data[field] === undefined) continue;
        const source =
          typed || (typeof data[targetField] === 'string' ? (data[targetField] as string) : '');
        if (!source) continue; // a missing title fails validation further down
        const base = slugify(source, locale) || contentType.info.singularName;
        data[field] = await firstFreeSlug(strapi, trx, uid, field, base, {
          locale,
          documentId,
        });
      }
      return next();
    });
  };
}
