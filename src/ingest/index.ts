// Plain-text article import: parsing, conversion to Strapi blocks, content hashing.
// Pure functions with no Strapi import, so the import CLI, the API route and tests share them.
export { parseArticleText } from './parse';
export { paragraphsToBlocks } from './blocks';
export type { BlocksContent, ParagraphBlock, TextNode } from './blocks';
export { contentHash } from './hash';
export { extractDateline } from './dateline';
export type { Dateline } from './dateline';
export { ArticleParseError } from './errors';
export { normalizeForComparison } from './text';
export type { ArticleParseErrorReason, ParsedArticle } from './types';
