import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { defaultLocaleOf } from '../platform/locales';
import { embargoRefusal, type EmbargoState } from '../scheduling/embargo';
import { ARTICLE_UID } from './article-store';

type Data = Record<string, unknown>;

interface Params {
  documentId?: string;
  locale?: unknown;
  status?: string;
  data?: Data;
}

/*
 * Document-service middleware: no path publishes an article under embargo (the publish action,
 * and create/update with status "published", which Strapi publishes without the publish
 * action). Feeds, sitemaps and search read only published rows, so refusing the publish is what
 * keeps the article from the public. Throws before anything is written.
 */
export function embargoGuard(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (context.uid !== ARTICLE_UID) return next();
    const params = context.params as Params;
    const now = new Date();

    if (context.action === 'publish' && params.documentId) {
      const drafts = await draftStates(strapi, params.documentId);
      const wanted = await wantedLocales(strapi, params.locale, drafts);
      for (const draft of drafts.filter((d) => wanted.includes(d.locale))) refuseIf(draft, now);
      return next();
    }

    if (
      (context.action === 'create' || context.action === 'update') &&
      params.status === 'published'
    ) {
      const data = params.data ?? {};
      const locale =
        typeof params.locale === 'string' ? params.locale : await defaultLocaleOf(strapi);
      const drafts = params.documentId ? await draftStates(strapi, params.documentId) : [];
      const stored = drafts.find((draft) => draft.locale === locale);
      refuseIf(
        {
          locale,
          title: String(('title' in data ? data.title : stored?.title) ?? ''),
          // Shared by every locale: another locale's value holds for a new localization.
          embargoUntil:
            'embargoUntil' in data ? (data.embargoUntil as string) : drafts[0]?.embargoUntil,
          publishOnEmbargoLift:
            'publishOnEmbargoLift' in data
              ? data.publishOnEmbargoLift === true
              : stored?.publishOnEmbargoLift,
        },
        now
      );
    }
    return next();
  };
}

function refuseIf(state: EmbargoState, now: Date): void {
  const refusal = embargoRefusal(state, now);
  if (refusal) throw new errors.ValidationError(refusal.message, refusal.details);
}

async function wantedLocales(
  strapi: Core.Strapi,
  localeParam: unknown,
  drafts: EmbargoState[]
): Promise<string[]> {
  if (localeParam === '*') return drafts.map((draft) => draft.locale);
  if (Array.isArray(localeParam)) return localeParam as string[];
  return [typeof localeParam === 'string' ? localeParam : await defaultLocaleOf(strapi)];
}

async function draftStates(strapi: Core.Strapi, documentId: string): Promise<EmbargoState[]> {
  return (await strapi.db.query(ARTICLE_UID).findMany({
    where: { documentId, publishedAt: null },
    select: ['locale', 'title', 'embargoUntil', 'publishOnEmbargoLift'],
  })) as EmbargoState[];
}
