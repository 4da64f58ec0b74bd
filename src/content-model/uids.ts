import type { UID } from '@strapi/strapi';

/*
 * The content model's UIDs, spelled once. `satisfies` keeps each one its literal type, so
 * `strapi.documents(ARTICLE_UID)` and `strapi.db.query(ARTICLE_UID)` are typed by the generated
 * schemas in types/generated/, and a UID that no schema declares does not compile.
 */
export const ARTICLE_UID = 'api::article.article' satisfies UID.ContentType;
export const SOURCE_UID = 'api::source.source' satisfies UID.ContentType;
export const SECTION_UID = 'api::section.section' satisfies UID.ContentType;

export const SOURCE_REF_UID = 'attribution.source-ref' satisfies UID.Component;
export const TRANSLATION_UID = 'attribution.translation' satisfies UID.Component;
export const CORRECTION_UID = 'editorial.correction' satisfies UID.Component;
