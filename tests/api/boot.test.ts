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
