import type { Core, Modules } from '@strapi/strapi';
import { dropEmptyBlocks } from '../attribution/text';

const WRITE_ACTIONS = new Set(['create', 'update']);

/*
 * Document-service middleware: every `blocks` field of an api:: content type is saved without
 * the empty paragraphs that pasting from a word processor or a web page leaves behind, on
 * every write path (admin, REST, GraphQL, imports), before the attribution hooks read it.
 */
export function normalizeBlocks(strapi: Core.Strapi): Modules.Documents.Middleware.Middleware {
  return async (context, next) => {
    if (!WRITE_ACTIONS.has(context.action) || !context.uid.startsWith('api::')) return next();
    const params = context.params as { data?: Record<string, unknown> };
    const data = params.data;
    if (!data || typeof data !== 'object') return next();
    const attributes = strapi.contentType(context.uid).attributes as Record<
      string,
      { type?: string }
    >;
    for (const [name, attribute] of Object.entries(attributes)) {
      if (attribute.type === 'blocks' && name in data) data[name] = dropEmptyBlocks(data[name]);
    }
    return next();
  };
}
