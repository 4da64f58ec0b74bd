import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { PREVIEW_CSP, previewPage } from '../../../preview/page';
import { findPreviewVersion } from '../../../preview/strapi-glue';
import type { PreviewClaims } from '../../../preview/token';

interface PreviewContext {
  state: { auth?: { credentials?: PreviewClaims } };
  type: string;
  body: unknown;
  set(name: string, value: string): void;
}

/** GET /api/preview/articles/:documentId?locale=&status=&token= (src/preview). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: PreviewContext) {
    // The route's strategy admitted the request only with a token for these very claims.
    const claims = ctx.state.auth?.credentials as PreviewClaims;
    const article = await findPreviewVersion(strapi, claims);
    if (!article) {
      throw new errors.NotFoundError(
        `Article ${claims.documentId} has no ${claims.status} version in "${claims.locale}".`,
        { documentId: claims.documentId, locale: claims.locale, status: claims.status }
      );
    }
    // A draft: never stored by a cache, never indexed.
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Robots-Tag', 'noindex, nofollow');
    ctx.set('Content-Security-Policy', PREVIEW_CSP);
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = previewPage(article);
  },
});
