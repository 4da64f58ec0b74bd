import { findQueryProblem } from '../../../src/input/query-check';
import type { ModelSchema } from '../../../src/input/schema';

const models: Record<string, ModelSchema> = {
  article: {
    attributes: {
      title: { type: 'string' },
      body: { type: 'blocks' },
      rank: { type: 'integer' },
      views: { type: 'biginteger' },
      score: { type: 'float' },
      featured: { type: 'boolean' },
      publishedAt: { type: 'datetime' },
      section: { type: 'relation', target: 'section' },
      sources: { type: 'component', component: 'ref', repeatable: true },
      blocks: { type: 'dynamiczone', components: ['ref'] },
    },
  },
  section: { attributes: { name: { type: 'string' } } },
  ref: { attributes: { quotedAs: { type: 'string' }, aliases: { type: 'json' } } },
};
const lookup = (uid: string) => models[uid];
const check = (query: Record<string, unknown>) => findQueryProblem(query, models.article, lookup);

describe('read queries are checked against the schema', () => {
  it.each([
    [{ filters: { title: { $eq: 'x' } } }],
    [{ filters: { title: 'x', rank: { $gt: '5' } } }],
    [{ filters: { $or: [{ title: 'a' }, { rank: { $between: ['1', '9'] } }] } }],
    [{ filters: { $not: { featured: 'true' } } }],
    [{ filters: { id: { $in: ['1', '2'] }, documentId: { $in: ['abc'] } } }],
    [{ filters: { section: { name: { $containsi: 'news' } } } }],
    [{ filters: { section: { $in: [1, 2] } } }],
    [{ filters: { sources: { quotedAs: { $startsWith: 'Reu' } } } }],
    [{ filters: { sources: { aliases: { $jsonSupersetOf: '["Reuters"]' } } } }],
    [{ filters: { body: { $containsi: 'x', $notNull: 'true' } } }],
    [{ filters: { publishedAt: { $gt: '2025-11-25T10:00:00Z' } } }],
    [{ filters: { title: { $eq: null } } }],
    [{ sort: 'title:desc,rank' }],
    [{ sort: ['section.name:asc'] }],
    [{ sort: { section: { name: 'desc' } } }],
    [{ pagination: { page: '2', pageSize: '100', withCount: 'false' } }],
    [{ pagination: { start: 0, limit: -1 } }],
    [{ start: 10, limit: 20 }],
    [{ populate: { section: { filters: { name: 'x' } } } }],
  ])('accepts %j', (query) => {
    expect(check(query)).toBeNull();
  });

  it.each([
    [{ pagination: { start: '99999999999999999999' } }, 'pagination.start'],
    [{ pagination: { page: '1e999' } }, 'pagination.page'],
    [{ pagination: { pageSize: '0' } }, 'pagination.pageSize'],
    [{ start: 1e20 }, 'start'],
    [{ filters: { rank: { $between: '1' } } }, 'filters.rank.$between'],
    [{ filters: { rank: { $between: ['1', '2', '3'] } } }, 'filters.rank.$between'],
    [{ filters: { rank: { $gt: 'abc' } } }, 'filters.rank.$gt'],
    [{ filters: { rank: { $eq: '1.5' } } }, 'filters.rank.$eq'],
    [{ filters: { rank: { $eq: '2147483648' } } }, 'filters.rank.$eq'],
    [{ filters: { views: { $eq: '9223372036854775808' } } }, 'filters.views.$eq'],
    [{ filters: { score: { $lt: 'NaN' } } }, 'filters.score.$lt'],
    [{ filters: { id: { $in: ['a'] } } }, 'filters.id.$in'],
    [{ filters: { title: { $jsonSupersetOf: 'x' } } }, 'filters.title.$jsonSupersetOf'],
    [
      { filters: { sources: { aliases: { $jsonSupersetOf: 'not json' } } } },
      'filters.sources.aliases.$jsonSupersetOf',
    ],
    [{ filters: { section: { $eq: 'abc' } } }, 'filters.section.$eq'],
    [{ filters: { section: { $not: { $eq: 1 } } } }, 'filters.section.$not'],
    [{ filters: { section: { $eq: 1, name: 'x' } } }, 'filters.section'],
    [{ filters: { $or: '1' } }, 'filters.$or'],
    [{ filters: { $and: 'x' } }, 'filters.$and'],
    [{ filters: { $not: 'x' } }, 'filters.$not'],
    [{ filters: ['x'] }, 'filters[0]'],
    [{ filters: { $or: [1] } }, 'filters.$or[0]'],
    [{ filters: { $eq: 1 } }, 'filters.$eq'],
    [{ filters: { nope: 1 } }, 'filters.nope'],
    [{ filters: { blocks: { $null: true } } }, 'filters.blocks'],
    [{ filters: { body: { $eq: 'x' } } }, 'filters.body.$eq'],
    [{ filters: { rank: { $contains: '1' } } }, 'filters.rank.$contains'],
    [{ filters: { featured: { $eq: 'maybe' } } }, 'filters.featured.$eq'],
    [{ filters: { title: { $null: 'abc' } } }, 'filters.title.$null'],
    [{ filters: { title: { $eq: { $eq: 'x' } } } }, 'filters.title.$eq'],
    [{ filters: { title: { $foo: 'x' } } }, 'filters.title.$foo'],
    [{ filters: { publishedAt: { $gt: '99999-01-01' } } }, 'filters.publishedAt.$gt'],
    [{ filters: { title: { $eq: 'a\u0000b' } } }, 'filters.title.$eq'],
    [{ filters: { title: { $eq: 'a\ud800' } } }, 'filters.title.$eq'],
    [{ documentId: 'a\u0000' }, 'documentId'],
    [{ sort: 'title:sideways' }, 'sort'],
    [{ sort: 'section' }, 'sort'],
    [{ sort: 'nope' }, 'sort'],
    [
      { populate: { section: { filters: { name: { $between: 'x' } } } } },
      'populate.section.filters.name.$between',
    ],
  ])('refuses %j at %s', (query, path) => {
    expect(check(query)).toEqual({ path, message: expect.any(String) });
  });

  it('refuses filters nested beyond the limit without overflowing the stack', () => {
    let filters: unknown = { title: 'x' };
    for (let i = 0; i < 5000; i += 1) filters = { $and: [filters] };
    expect(check({ filters })?.message).toMatch(/nested deeper/);
  });
});
