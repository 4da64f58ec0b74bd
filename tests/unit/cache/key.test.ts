import { graphqlCacheKey, isAnonymous, normalizeQuery, restCacheKey } from '../../../src/cache/key';

describe('what the cache may answer', () => {
  it('caches public GETs and HEADs of content, nothing else', () => {
    expect(restCacheKey('GET', '/api/articles?locale=az')).toBe('rest:/api/articles?locale=az');
    expect(restCacheKey('HEAD', '/api/feeds/az/rss.xml')).not.toBeNull();
    expect(restCacheKey('POST', '/api/articles')).toBeNull();
    expect(restCacheKey('GET', '/api/users/me')).toBeNull();
    expect(restCacheKey('GET', '/api/articlesx')).toBeNull();
  });

  it('treats an Authorization header or a Strapi session cookie as credentials', () => {
    expect(isAnonymous({})).toBe(true);
    expect(isAnonymous({ cookie: '_ga=1; theme=dark' })).toBe(true);
    expect(isAnonymous({ authorization: 'Bearer x' })).toBe(false);
    expect(isAnonymous({ cookie: '_ga=1; strapi_admin_refresh=abc' })).toBe(false);
    expect(isAnonymous({ cookie: 'koa.sess=abc' })).toBe(false);
  });
});

describe('GraphQL keys', () => {
  it('gives one key to one query however it is laid out', () => {
    const a = graphqlCacheKey({
      query: 'query Q($s: String!) {\n  articleBySlug(slug: $s, locale: "az") { title } # why\n}',
      variables: { s: 'x', n: 1 },
    });
    const b = graphqlCacheKey({
      query: 'query Q($s:String!){articleBySlug(slug:$s,locale:"az"){title}}',
      variables: { n: 1, s: 'x' },
    });
    expect(a).toBe(b);
  });

  it('keeps what strings say, and tells different queries apart', () => {
    expect(normalizeQuery('{ a(q: "x  :  y") }')).toBe('{a(q:"x  :  y")}');
    expect(graphqlCacheKey({ query: '{ a { b c } }' })).not.toBe(
      graphqlCacheKey({ query: '{ a { bc } }' })
    );
  });

  it('never caches a mutation', () => {
    expect(
      graphqlCacheKey({ query: 'mutation { deleteArticle(documentId: "x") { documentId } }' })
    ).toBeNull();
  });
});
