import { versionUniqueIndexes } from '../../../src/postgres/version-uniqueness';

describe('versionUniqueIndexes', () => {
  it('keys a localized table on document and locale, once for drafts and once for published rows', () => {
    const indexes = versionUniqueIndexes({
      table: 'articles',
      documentIdColumn: 'document_id',
      localeColumn: 'locale',
      publishedAtColumn: 'published_at',
    });
    expect(indexes.map((index) => index.sql)).toEqual([
      'CREATE UNIQUE INDEX IF NOT EXISTS "articles_one_draft_uq" ON "articles" ("document_id", "locale") WHERE "published_at" IS NULL',
      'CREATE UNIQUE INDEX IF NOT EXISTS "articles_one_published_uq" ON "articles" ("document_id", "locale") WHERE "published_at" IS NOT NULL',
    ]);
  });

  it('keys a table that is not localized on the document alone', () => {
    const [draft] = versionUniqueIndexes({
      table: 'sources',
      documentIdColumn: 'document_id',
      localeColumn: null,
      publishedAtColumn: 'published_at',
    });
    expect(draft.sql).toContain('ON "sources" ("document_id") WHERE');
  });

  it('keeps names within PostgreSQL’s 63 characters, ending in what they are', () => {
    const [draft, published] = versionUniqueIndexes({
      table: 'a'.repeat(80),
      documentIdColumn: 'document_id',
      localeColumn: 'locale',
      publishedAtColumn: 'published_at',
    });
    expect(draft.name.length).toBeLessThanOrEqual(63);
    expect(published.name).toMatch(/_one_published_uq$/);
    expect(draft.name).not.toBe(published.name);
  });
});
