'use strict';
/*
 * Indexes the public read path needs and Strapi does not make (measured with `npm run bench`,
 * see bench/README.md):
 *   - articles (slug, locale): `by-slug`, GraphQL `articleBySlug` and `filters[slug][$eq]` look an
 *     article up by slug in one locale; without it each look-up scans every article row. The
 *     pattern operator class also serves `slug LIKE 'base%'` (fill-slugs' free-slug search) under
 *     a non-C collation.
 *   - articles (locale, id) for published rows: the list page (`?locale=az`, sorted by id as
 *     Strapi sorts by default) and its count read the index instead of every row.
 *
 * Strapi runs user migrations BEFORE its schema sync, so on a fresh database the tables do not
 * exist yet: each index is made only when its table exists, and bootstrap() calls
 * `ensureReadPathIndexes` again once the tables do (the migration itself is recorded as done
 * and never runs twice). Every statement is idempotent.
 */

const READ_PATH_INDEXES = [
  {
    table: 'articles',
    name: 'articles_slug_locale_idx',
    sql: 'CREATE INDEX IF NOT EXISTS articles_slug_locale_idx ON articles (slug varchar_pattern_ops, locale)',
  },
  {
    table: 'articles',
    name: 'articles_published_locale_id_idx',
    sql: 'CREATE INDEX IF NOT EXISTS articles_published_locale_id_idx ON articles (locale, id) WHERE published_at IS NOT NULL',
  },
  // Import de-duplication (src/importer/duplicates.ts): same text, or same original URL.
  {
    table: 'articles',
    name: 'articles_locale_content_hash_idx',
    sql: 'CREATE INDEX IF NOT EXISTS articles_locale_content_hash_idx ON articles (locale, content_hash)',
  },
  {
    table: 'components_attribution_source_refs',
    name: 'source_refs_original_url_idx',
    sql: 'CREATE INDEX IF NOT EXISTS source_refs_original_url_idx ON components_attribution_source_refs (original_url)',
  },
];

/** Creates the indexes whose tables exist. `knex` is Strapi's connection or a transaction. */
async function ensureReadPathIndexes(knex) {
  for (const index of READ_PATH_INDEXES) {
    if (await knex.schema.hasTable(index.table)) await knex.raw(index.sql);
  }
}

module.exports = {
  READ_PATH_INDEXES,
  ensureReadPathIndexes,
  async up(knex) {
    await ensureReadPathIndexes(knex);
  },
  async down(knex) {
    for (const index of READ_PATH_INDEXES) await knex.raw(`DROP INDEX IF EXISTS ${index.name}`);
  },
};
