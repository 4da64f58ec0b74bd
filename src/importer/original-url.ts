import type { Core } from '@strapi/strapi';
import { ARTICLE_UID, SOURCE_REF_UID } from '../content-model/uids';

interface StoredRef {
  id: number;
  role: 'origin' | 'quoted' | null;
  originalUrl: string | null;
  source: { id: number; url: string | null } | null;
}

/** `www.reuters.com` → `reuters.com`; null for what is not a URL. */
function siteOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * The entry the address belongs to: the source whose own site serves it (a reuters.com link
 * goes to Reuters even when AP is named first), else the first origin source, else any source.
 */
export function entryForOriginalUrl<T extends StoredRef>(
  refs: T[],
  originalUrl: string
): T | undefined {
  const site = siteOf(originalUrl);
  const named = refs.filter((ref) => ref.source);
  const sameSite = named.find((ref) => {
    const own = siteOf(ref.source?.url);
    return own !== null && site !== null && (site === own || site.endsWith(`.${own}`));
  });
  return sameSite ?? named.find((ref) => ref.role !== 'quoted') ?? named[0];
}

/**
 * Records the address of the original on the new draft's `sources`
 * (`source-ref.originalUrl`, the Source entry's address of the original), and where findDuplicate looks for it:
 *  - on the entry of the Source it comes from (see entryForOriginalUrl), a direct update of
 *    that component row: re-running the whole write would detect everything again;
 *  - when the text names no source, as an entry of its own with only the address, added
 *    through the Document Service so the hooks keep it as an editor entry.
 * Runs inside the import's transaction, before any publish, so the published copy has it too.
 */
export async function recordOriginalUrl(
  strapi: Core.Strapi,
  draftId: number,
  documentId: string,
  locale: string,
  originalUrl: string
): Promise<void> {
  const draft = (await strapi.db.query(ARTICLE_UID).findOne({
    where: { id: draftId },
    select: ['id'],
    populate: {
      sources: {
        select: ['id', 'role', 'originalUrl'],
        populate: { source: { select: ['id', 'url'] } },
      },
    },
  })) as { sources?: StoredRef[] } | null;
  const refs = draft?.sources ?? [];

  const origin = entryForOriginalUrl(refs, originalUrl);
  if (origin) {
    await strapi.db
      .query(SOURCE_REF_UID)
      .update({ where: { id: origin.id }, data: { originalUrl } });
    return;
  }
  await strapi.documents(ARTICLE_UID).update({
    documentId,
    locale,
    data: {
      sources: [
        ...refs.map((ref) => ({ id: ref.id })),
        { originalUrl, role: 'origin', detected: false },
      ],
    },
  });
}
