import {
  LIST_ALL,
  LIST_DEFAULT,
  tagsOfGraphQLResponse,
  tagsOfRestResponse,
  tagsOfWrite,
} from '../../../src/cache/tags';

describe('tags of an answer', () => {
  it('ties an item and its sub-resources to the document in the path', () => {
    for (const path of [
      '/api/articles/d1',
      '/api/articles/d1/attribution',
      '/api/articles/d1/jsonld',
    ]) {
      expect(tagsOfRestResponse(path, { locale: 'az' }, null)).toEqual(['doc:d1']);
    }
  });

  it('ties a by-slug answer to the document it found', () => {
    const body = { data: { documentId: 'd2', alternates: [{ locale: 'en' }] } };
    expect(tagsOfRestResponse('/api/articles/by-slug/x', { locale: 'az' }, body)).toEqual([
      'doc:d2',
    ]);
  });

  it('ties lists, search, feeds and sitemaps to their locale', () => {
    expect(tagsOfRestResponse('/api/articles', { locale: 'az' }, { data: [] })).toEqual([
      'list:az',
    ]);
    expect(tagsOfRestResponse('/api/articles/search', { locale: 'tr' }, null)).toEqual(['list:tr']);
    expect(tagsOfRestResponse('/api/feeds/ru/rss.xml', {}, null)).toEqual(['list:ru']);
    expect(tagsOfRestResponse('/api/sitemaps/az/news.xml', {}, null)).toEqual(['list:az']);
    expect(tagsOfRestResponse('/api/sitemaps/index.xml', {}, null)).toEqual([LIST_ALL]);
    expect(tagsOfRestResponse('/api/articles', {}, null)).toEqual([LIST_DEFAULT]);
    expect(tagsOfRestResponse('/api/articles', { locale: '*' }, null)).toEqual([LIST_ALL]);
  });

  it('ties a GraphQL lookup to its document, and anything else to every list too', () => {
    expect(tagsOfGraphQLResponse({ data: { articleBySlug: { documentId: 'd1' } } })).toEqual([
      'doc:d1',
    ]);
    expect(tagsOfGraphQLResponse({ data: { articleBySlug: null } })).toEqual([LIST_ALL]);
    expect(
      tagsOfGraphQLResponse({ data: { articles: [{ documentId: 'a' }, { documentId: 'b' }] } })
    ).toEqual(['doc:a', 'doc:b', LIST_ALL]);
  });
});

describe('tags of a write', () => {
  it('touches the document and the lists of each of its locales', () => {
    expect(
      tagsOfWrite({ uid: 'api::article.article', documentId: 'd1', locales: ['az', 'en', 'az'] })
    ).toEqual(['doc:d1', 'list:az', 'list:en', LIST_DEFAULT, LIST_ALL]);
  });

  it('touches every answer for a write to anything else', () => {
    expect(tagsOfWrite({ uid: 'api::source.source', documentId: 's', locales: [] })).toBeNull();
  });
});
