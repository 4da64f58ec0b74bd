import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { lockFor } from '../postgres/advisory-lock';
import { SECTION_UID } from '../content-model/uids';

interface SectionRow {
  id: number;
  documentId: string;
}

/**
 * The section named `name` in `locale` (compared case-insensitively), created when there is
 * none. Sections are localized documents of their own per locale: the importer cannot know
 * that az "Xəbərlər" is en "News", so it never links them.
 */
export async function findOrCreateSection(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  locale: string,
  name: string
): Promise<SectionRow> {
  const find = async () =>
    (await strapi.db.query(SECTION_UID).findOne({
      where: { locale, name: { $eqi: name } },
      select: ['id', 'documentId'],
    })) as SectionRow | null;

  const existing = await find();
  if (existing) return existing;
  // Two imports naming the same new section: the second waits, then finds the first's.
  await lockFor(trx, `section:${locale}:${name.toLocaleLowerCase(locale)}`);
  const again = await find();
  if (again) return again;
  const created = await strapi.documents(SECTION_UID).create({
    locale,
    data: { name },
  });
  return { id: created.id as number, documentId: created.documentId };
}
