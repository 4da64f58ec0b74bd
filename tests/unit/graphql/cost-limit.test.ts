import { buildSchema, parse, validate } from 'graphql';
import {
  DEFAULT_COST_LIMITS,
  costLimitRule,
  documentShapeProblem,
} from '../../../src/graphql/cost-limit';
import { checkGraphQLRequest, formatGraphQLError } from '../../../src/graphql/request-guards';
import { errors } from '@strapi/utils';
import { GraphQLError } from 'graphql';

const schema = buildSchema(`
  type Section { name: String articles(pagination: Pagination): [Article] }
  type Source { name: String }
  type SourceRef { quotedAs: String source: Source }
  type Article { title: String section: Section sources: [SourceRef] localizations(pagination: Pagination): [Article] }
  input Pagination { limit: Int pageSize: Int start: Int page: Int }
  type Query {
    articles(pagination: Pagination): [Article]
    articleBySlug(slug: String!): Article
  }
`);
const shape = (query: string) => documentShapeProblem(parse(query), DEFAULT_COST_LIMITS);
const cost = (query: string) =>
  validate(schema, parse(query), [costLimitRule(DEFAULT_COST_LIMITS)]).map(
    (error) => error.message
  );
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: articleBySlug(slug: "x") { title }`).join(' ')} }`;

describe('GraphQL documents are bounded before they run', () => {
  it('lets ordinary queries through', () => {
    const query =
      '{ articles(pagination: { limit: 100 }) { title section { name } sources { quotedAs source { name } } } }';
    expect(shape(query)).toBeNull();
    expect(cost(query)).toEqual([]);
    expect(shape(aliases(20))).toBeNull();
  });

  it('refuses 1,000 aliases, counting through fragments', () => {
    expect(shape(aliases(1000))).toMatch(/aliases/);
    const viaFragments = `{ articles { ...F ...F } } fragment F on Article { ${Array.from({ length: 30 }, (_, i) => `t${i}: title`).join(' ')} }`;
    expect(shape(viaFragments)).toMatch(/aliases/);
  });

  it('refuses fragment cycles and unknown fragments without recursing', () => {
    expect(
      shape('{ articles { ...A } } fragment A on Article { ...B } fragment B on Article { ...A }')
    ).toMatch(/cycle/);
    expect(shape('{ articles { ...A } } fragment A on Article { localizations { ...A } }')).toMatch(
      /cycle/
    );
    expect(shape('{ articles { ...Missing } }')).toMatch(/Unknown fragment/);
  });

  it('refuses exponential fragment expansion by count, not by expanding it', () => {
    let query = '{ articles { ...F0 } }';
    for (let i = 0; i < 30; i += 1)
      query += ` fragment F${i} on Article { ...F${i + 1} ...F${i + 1} }`;
    query += ' fragment F30 on Article { title }';
    expect(shape(query)).toMatch(/more than 1000 fields/);
  });

  it('estimates cost by page sizes and refuses nested lists that multiply', () => {
    expect(
      cost(
        '{ articles(pagination: { limit: 100 }) { localizations(pagination: { limit: 100 }) { title section { name } } } }'
      )
    ).toEqual([expect.stringMatching(/estimated cost/)]);
  });
});

describe('GraphQL requests are checked before Apollo sees them', () => {
  it('refuses variables nested deeper than filters can be, and NUL text', () => {
    let f: unknown = { title: { eq: 'x' } };
    for (let i = 0; i < 3000; i += 1) f = { and: [f] };
    expect(
      checkGraphQLRequest({ query: '{ a }', variables: { f } }, DEFAULT_COST_LIMITS)?.status
    ).toBe(400);
    expect(
      checkGraphQLRequest({ query: '{ a }', variables: { s: 'a\u0000' } }, DEFAULT_COST_LIMITS)
        ?.status
    ).toBe(400);
    expect(
      checkGraphQLRequest({ query: '{ a(s: "a\\u0000b") }' }, DEFAULT_COST_LIMITS)?.status
    ).toBe(400);
    expect(checkGraphQLRequest({ query: '{ a(s: "fine") }' }, DEFAULT_COST_LIMITS)).toBeNull();
  });
});

describe('formatError', () => {
  const wrapped = (original: Error) =>
    new GraphQLError(original.message, { originalError: original });
  const formatted = (error: GraphQLError) =>
    formatGraphQLError(
      { message: error.message, extensions: { stacktrace: ['at x.js:1:1'] } },
      error
    );

  it('never passes on the SQL of a database error', () => {
    const database = Object.assign(
      new Error(
        'select "t0".* from "articles" as "t0" where "t0"."id" > $1 - invalid input syntax for type integer: "abc"'
      ),
      {
        code: '22P02',
        severity: 'ERROR',
      }
    );
    const result = formatted(wrapped(database));
    expect(JSON.stringify(result)).not.toMatch(/select|articles|stacktrace/i);
    expect(result.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers any other server error with nothing of it', () => {
    const result = formatted(wrapped(new Error('secret internals at /srv/app.js:10')));
    expect(result.message).toBe('Internal Server Error');
    expect(JSON.stringify(result)).not.toMatch(/secret|stacktrace/);
  });

  it("keeps Strapi's codes and details for Strapi's errors", () => {
    const result = formatted(wrapped(new errors.ValidationError('bad locale', { locale: 'xx' })));
    expect(result.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      error: { name: 'ValidationError', message: 'bad locale', details: { locale: 'xx' } },
    });
  });
});
