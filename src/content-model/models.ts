import type { Core, Struct, UID } from '@strapi/strapi';

/** A content type's or component's schema, as Strapi keeps it. */
export type ModelOf = Struct.ContentTypeSchema | Struct.ComponentSchema;

/**
 * The schema of `uid`, a string that comes from a route, a schema or client data; undefined
 * when no model has that uid (Strapi's getModel may throw for a malformed one).
 */
export function modelOf(strapi: Core.Strapi, uid: string): ModelOf | undefined {
  try {
    // Narrowed: any string may be asked; one that names no model finds nothing.
    return strapi.getModel(uid as UID.Schema) ?? undefined;
  } catch {
    return undefined;
  }
}
