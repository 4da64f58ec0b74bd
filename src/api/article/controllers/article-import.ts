import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import {
  StatusError,
  importArticle,
  loadImportedArticle,
  readImportRequest,
  type ImportRequest,
} from '../../../importer';
import { ARTICLE_UID } from '../../../content-model/uids';

// Koa's context is untyped in Strapi's public types; this is the part the handler reads.
interface ImportContext {
  request: { body?: unknown; is(...types: string[]): string | false | null };
  get(field: string): string;
  query: Record<string, unknown>;
  state: { auth?: unknown };
  status: number;
  body: unknown;
}

function requestKind(ctx: ImportContext): ImportRequest['kind'] {
  const contentType = ctx.get('Content-Type');
  if (!contentType) return undefined;
  if (ctx.request.is('json')) return 'json';
  if (ctx.request.is('text/plain')) return 'text';
  return { other: contentType };
}

/**
 * POST /api/articles/import: a plain-text article in, a draft out (201), or the article it
 * repeats (200). Thin: read the request, import, sanitize the answer.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async import(ctx: ImportContext) {
    try {
      const input = readImportRequest({
        kind: requestKind(ctx),
        body: ctx.request.body,
        query: ctx.query,
      });
      const result = await importArticle(strapi, input);
      const view = await loadImportedArticle(
        strapi,
        result.article.documentId,
        result.article.locale
      );
      if (!view) throw new errors.NotFoundError('The imported article is gone.');
      const data = (await strapi.contentAPI.sanitize.output(
        view.entry,
        strapi.getModel(ARTICLE_UID),
        {
          auth: ctx.state.auth,
        }
      )) as Record<string, unknown>;
      ctx.status = result.status === 'created' ? 201 : 200;
      ctx.body = {
        data: { ...data, status: view.status },
        meta: { result: result.status, warnings: result.warnings },
      };
    } catch (error) {
      // Strapi's error middleware would answer 400 for these; they carry their own status.
      if (!(error instanceof StatusError)) throw error;
      ctx.status = error.status;
      ctx.body = {
        data: null,
        error: {
          status: error.status,
          name: error.name,
          message: error.message,
          details: error.details,
        },
      };
    }
  },
});
