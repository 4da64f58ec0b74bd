import type { Core } from '@strapi/strapi';
import type { StoredArticle } from './article-store';

const TRANSLATION_COMPONENT = 'attribution.translation';

/**
 * After the text of `changedLocale` changed, every draft translated from it is out of date
 * until a translator saves it again.
 */
export async function markTranslationsOutdated(
  strapi: Core.Strapi,
  versions: StoredArticle[],
  changedLocale: string,
  now: Date
): Promise<void> {
  const ids = versions
    .filter((version) => version.locale !== changedLocale)
    .map((version) => version.translation)
    .filter(
      (translation) => translation?.from === changedLocale && typeof translation.id === 'number'
    )
    .map((translation) => translation?.id as number);
  if (ids.length === 0) return;
  await strapi.db.query(TRANSLATION_COMPONENT).updateMany({
    where: { id: { $in: ids } },
    data: { status: 'outdated', sourceChangedAt: now },
  });
}
