import type { Core } from '@strapi/strapi';
import { ARTICLE_UID } from '../content-model/uids';
import type { PreviewArticle } from './page';
import { previewPath, verifyPreviewToken, type PreviewClaims, type PreviewStatus } from './token';

/*
 * Strapi glue of the preview: the admin's preview handler (config/admin.ts, Strapi 5's
 * `admin.preview.config.handler`), the route's auth strategy, and the read of the version.
 */

/** The server secret preview tokens are derived from: the admin's JWT secret. */
const secretOf = (strapi: Core.Strapi) => String(strapi.config.get('admin.auth.secret') ?? '');

interface PreviewParams {
  documentId?: string;
  locale?: string | null;
  status?: string;
}

/**
 * The URL the edit view's "Open preview" opens: this server's own preview page, signed. Only
 * articles have one; for other types the admin shows no preview (undefined → 204).
 */
export async function previewUrl(
  strapi: Core.Strapi,
  uid: string,
  params: PreviewParams
): Promise<string | undefined> {
  if (uid !== ARTICLE_UID || !params.documentId) return undefined;
  const locale =
    params.locale ||
    ((await strapi.plugin('i18n').service('locales').getDefaultLocale()) as string);
  const status: PreviewStatus = params.status === 'published' ? 'published' : 'draft';
  return previewPath(
    secretOf(strapi),
    { documentId: params.documentId, locale, status },
    Date.now()
  );
}

interface AuthContext {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
}

export const PREVIEW_STRATEGY = 'preview-token';

/**
 * The preview route's only credential: a token signed for exactly this document, locale and
 * status. A request it admits reads drafts (src/access/request-auth.ts), this one version only.
 */
export const previewTokenAuth = {
  name: PREVIEW_STRATEGY,
  authenticate(ctx: AuthContext) {
    const claims: PreviewClaims = {
      documentId: String(ctx.params.documentId ?? ''),
      locale: typeof ctx.query.locale === 'string' ? ctx.query.locale : '',
      status: ctx.query.status === 'published' ? 'published' : 'draft',
    };
    const verdict = verifyPreviewToken(secretOf(strapi), ctx.query.token, claims, Date.now());
    if (verdict === 'valid') return { authenticated: true, credentials: claims };
    return {
      error:
        verdict === 'expired'
          ? 'This preview link has expired. Open the preview again from the edit view.'
          : 'This preview link is not valid. Open the preview from the edit view.',
    };
  },
};

interface Row {
  title: string | null;
  lead: string | null;
  dateline: string | null;
  body: unknown;
  originalReporting: boolean | null;
  sources: { source: { name: string | null } | null }[] | null;
  translation: PreviewArticle['translation'];
}

/** The version a preview token names, or null when the document has none in that locale. */
export async function findPreviewVersion(
  strapi: Core.Strapi,
  claims: PreviewClaims
): Promise<PreviewArticle | null> {
  const row = (await strapi.db.query(ARTICLE_UID).findOne({
    where: {
      documentId: claims.documentId,
      locale: claims.locale,
      publishedAt: claims.status === 'draft' ? null : { $notNull: true },
    },
    select: ['title', 'lead', 'dateline', 'body', 'originalReporting'],
    populate: {
      sources: { populate: { source: { select: ['name'] } } },
      translation: { select: ['method', 'from', 'status', 'sourceChangedAt'] },
    },
  })) as Row | null;
  if (!row) return null;
  return {
    locale: claims.locale,
    status: claims.status,
    title: row.title,
    lead: row.lead,
    dateline: row.dateline,
    body: row.body,
    originalReporting: row.originalReporting,
    sourceNames: (row.sources ?? [])
      .map((ref) => ref.source?.name)
      .filter((name): name is string => !!name),
    translation: row.translation,
  };
}
