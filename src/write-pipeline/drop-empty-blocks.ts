import type { Core } from '@strapi/strapi';
import { dropEmptyBlocks } from '../attribution/text';
import type { WriteStep } from './write-context';

/*
 * Every `blocks` field of an api:: content type is saved without the empty paragraphs that
 * pasting from a word processor or a web page leaves behind, on every write path (admin, REST,
 * GraphQL, imports), before the attribution step reads it.
 */
export function dropEmptyParagraphs(strapi: Core.Strapi): WriteStep {
  return async (write, next) => {
    const data = write.data;
    if (!write.writesData || !write.uid.startsWith('api::') || !data) return next();
    const attributes = strapi.contentType(write.uid).attributes as Record<
      string,
      { type?: string }
    >;
    for (const [name, attribute] of Object.entries(attributes)) {
      if (attribute.type === 'blocks' && name in data) data[name] = dropEmptyBlocks(data[name]);
    }
    return next();
  };
}
