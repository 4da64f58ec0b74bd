import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core, Modules } from '@strapi/strapi';
import { ARTICLE_UID, SECTION_UID } from '../content-model/uids';

const PAGE = 200;

// Everything an article holds, its relations by documentId and name so the export reads alone.
const ARTICLE_POPULATE = {
  section: { fields: ['documentId', 'locale', 'name', 'slug'] },
  sources: { populate: { source: { fields: ['documentId', 'name', 'slug', 'kind', 'url'] } } },
  translation: true,
} satisfies Modules.Documents.Params.Populate.Any<typeof ARTICLE_UID>;

export interface LocaleExport {
  format: 'newsroom-locale-export/1';
  exportedAt: string;
  locale: { code: string; name: string };
  counts: { articles: number; sections: number };
  /** One entry per document: its draft and, when it has one, its published version. */
  articles: { documentId: string; draft: unknown; published: unknown }[];
  sections: unknown[];
}

/** Every row `findPage` returns, PAGE at a time from `start`, in id order. */
async function findAll<T>(
  findPage: (page: { sort: 'id:asc'; start: number; limit: number }) => Promise<T[]>
): Promise<T[]> {
  const rows: T[] = [];
  for (let start = 0; ; start += PAGE) {
    const page = await findPage({ sort: 'id:asc', start, limit: PAGE });
    rows.push(...page);
    if (page.length < PAGE) return rows;
  }
}

/** Every article (draft and published, all fields) and section of a locale. */
export async function collectLocaleContent(
  strapi: Core.Strapi,
  locale: { code: string; name: string }
): Promise<LocaleExport> {
  const [drafts, published, sections] = await Promise.all([
    findAll((page) =>
      strapi
        .documents(ARTICLE_UID)
        .findMany({ locale: locale.code, status: 'draft', populate: ARTICLE_POPULATE, ...page })
    ),
    findAll((page) =>
      strapi
        .documents(ARTICLE_UID)
        .findMany({ locale: locale.code, status: 'published', populate: ARTICLE_POPULATE, ...page })
    ),
    findAll((page) => strapi.documents(SECTION_UID).findMany({ locale: locale.code, ...page })),
  ]);
  const publishedByDocument = new Map(published.map((row) => [row.documentId, row]));
  return {
    format: 'newsroom-locale-export/1',
    exportedAt: new Date().toISOString(),
    locale: { code: locale.code, name: locale.name },
    counts: { articles: drafts.length, sections: sections.length },
    articles: drafts.map((draft) => ({
      documentId: draft.documentId,
      draft,
      published: publishedByDocument.get(draft.documentId) ?? null,
    })),
    sections,
  };
}

/** `database/exports/locale-ka-20250101T120000Z.json` under the project directory. */
export function defaultExportPath(root: string, code: string, now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return path.join(root, 'database', 'exports', `locale-${code}-${stamp}.json`);
}

/** Writes the export whole or not at all (a temporary file renamed into place); never overwrites. */
export async function writeExport(file: string, content: LocaleExport): Promise<void> {
  const taken = await fs.stat(file).then(
    () => true,
    () => false
  );
  if (taken) throw new Error(`${file} exists already; name another file with --export`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  await fs.writeFile(partial, `${JSON.stringify(content, null, 2)}\n`, { flag: 'wx' });
  await fs.rename(partial, file);
}
