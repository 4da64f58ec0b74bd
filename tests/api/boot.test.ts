import { bootStrapi, http, stopStrapi, strapiInstance } from '../harness/strapi';

beforeAll(bootStrapi);
afterAll(stopStrapi);

describe('the app on PostgreSQL', () => {
  it('boots on PostgreSQL, never SQLite', () => {
    expect(strapiInstance().db.dialect.client).toBe('postgres');
  });

  it('answers the health check', async () => {
    await http().get('/_health').expect(204);
  });

  it('registers the article, source and section content types', () => {
    const strapi = strapiInstance();
    expect(strapi.contentType('api::article.article').options?.draftAndPublish).toBe(true);
    expect(strapi.contentType('api::source.source')).toBeDefined();
    expect(strapi.contentType('api::section.section')).toBeDefined();
    expect(strapi.components['attribution.source-ref']).toBeDefined();
    expect(strapi.components['attribution.translation']).toBeDefined();
  });
});

describe('indexes Strapi does not make', () => {
  it('exist after the first boot on an empty database', async () => {
    const result = (await strapiInstance().db.connection.raw(
      "SELECT indexname FROM pg_indexes WHERE indexname IN ('articles_slug_locale_idx', 'articles_published_locale_id_idx', 'articles_locale_content_hash_idx', 'source_refs_original_url_idx') ORDER BY indexname"
    )) as { rows: { indexname: string }[] };
    expect(result.rows.map((row) => row.indexname)).toEqual([
      'articles_locale_content_hash_idx',
      'articles_published_locale_id_idx',
      'articles_slug_locale_idx',
      'source_refs_original_url_idx',
    ]);
  });
});
