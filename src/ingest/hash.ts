import { createHash } from 'node:crypto';

import { normalizeForHash } from './text';
import type { ParsedArticle } from './types';

/** Bump when the normalized form changes, so old and new hashes never collide by accident. */
const HASH_FORMAT = 'newsroom-article-text/1';

/**
 * SHA-256 (hex) of the article text: headline, dateline and paragraphs, NFC, whitespace
 * collapsed, quotes unified. Line endings, a BOM, stray spaces or curly vs straight quotes do
 * not change it; any other change to the text does. Site and section are not part of the text.
 */
export function contentHash(parsed: ParsedArticle): string {
  const canonical = JSON.stringify([
    HASH_FORMAT,
    normalizeForHash(parsed.headline),
    normalizeForHash(parsed.dateline ?? ''),
    parsed.paragraphs.map(normalizeForHash).filter((text) => text !== ''),
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}
