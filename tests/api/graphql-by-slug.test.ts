/*
 * GraphQL `articleBySlug` loads the article, its section, sources (with their Source),
 * translation, corrections and alternates in one query, and its fields answer from that load
 * (src/graphql/loaded-tree.ts). The promise kept: the answer is exactly what Strapi's own
 * resolvers give for the same selection. Checked against the stock `articles(filters: {slug})`
 * query for selections generated from the schema (every field of Article and of the types
 * beneath it), one field at a time and all at once, and for the selections that must fall
 * through to Strapi (arguments, fields the load does not carry, fragments, aliases).
 */
import type { Core } from '@strapi/strapi';
import { paragraph, unique } from '../harness/builders';
import { bootStrapi, http, stopStrapi } from '../harness/strapi';
import { seededRandom, type Random } from '../harness/hostile';

const ARTICLE = 'api::article.article';
const SECTION = 'api::section.section';
let strapi: Core.Strapi;
let azSlug: string;

interface IntrospectedType {
  kind: string;
  name: string | null;
  ofType: IntrospectedType | null;
}
interface IntrospectedField {
  name: string;
  args: { name: string }[];
  type: IntrospectedType;
}

const namedType = (type: IntrospectedType): IntrospectedType =>
  type.ofType ? namedType(type.ofType) : type;

/** What an article page asks for (the benchmark's query, bench/cli/bench.ts). */
const SITE_PAGE = `documentId title slug lead body dateline attributionLine originalReporting
  originalLanguage originalPublishedAt locale publishedAt updatedAt
  section { documentId name slug }
  sources { quotedAs originalUrl originalHeadline role source { name slug kind url verified } }
  translation { method from translator engine translatedAt status }
  corrections { note correctedAt }
  alternates { locale slug title }
  attribution { line originalReporting sources { name slug role inheritedFrom } translation { method from } }`;

async function graphql(query: string, variables: Record<string, unknown> = {}) {
  const response = await http().post('/graphql').send({ query, variables });
  expect(response.body.errors).toBeUndefined();
  return response.body.data as Record<string, unknown>;
}

const schemaTypes = new Map<string, IntrospectedField[]>();

async function fieldsOf(typeName: string): Promise<IntrospectedField[]> {
  const known = schemaTypes.get(typeName);
  if (known) return known;
  const data = await graphql(
    `
      query ($name: String!) {
        __type(name: $name) {
          fields {
            name
            args {
              name
            }
            type {
              ...T
            }
          }
        }
      }
      fragment T on __Type {
        kind
        name
        ofType {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
            }
          }
        }
      }
    `,
    { name: typeName }
  );
  const fields = (data.__type as { fields: IntrospectedField[] }).fields;
  schemaTypes.set(typeName, fields);
  return fields;
}

/** Arguments a list field may be given in a random selection (Strapi's own, valid ones). */
const LIST_ARGUMENTS = [
  '(pagination: { limit: 1 })',
  '(pagination: { start: 1 })',
  '(sort: "id:desc")',
];

/**
 * A random selection of `typeName`'s fields: some fields, some twice under an alias, some
 * inside an inline fragment, `__typename` now and then, arguments on lists now and then, down
 * to `depth` object levels (no `_connection` fields).
 */
async function randomSelection(random: Random, typeName: string, depth: number): Promise<string> {
  const parts: string[] = [];
  for (const field of await fieldsOf(typeName)) {
    if (field.name.endsWith('_connection') || random() < 0.4) continue;
    const type = namedType(field.type);
    let part: string;
    if (type.kind === 'SCALAR' || type.kind === 'ENUM') part = field.name;
    else if (type.kind === 'OBJECT' && depth > 0) {
      const inner = await randomSelection(random, type.name as string, depth - 1);
      if (!inner) continue;
      const takesPages = field.args.some((arg) => arg.name === 'pagination');
      const args = takesPages && random() < 0.25 ? LIST_ARGUMENTS[Math.floor(random() * 3)] : '';
      part = `${field.name}${args} { ${inner} }`;
    } else continue;
    const roll = random();
    if (roll < 0.1) part = `again_${field.name}: ${part}`;
    else if (roll < 0.2) part = `... on ${typeName} { ${part} }`;
    parts.push(part);
  }
  if (parts.length > 0 && random() < 0.2) parts.push('__typename');
  return parts.join(' ');
}

/** `field` or `field { its scalar fields … }`, down to `depth` object levels; no connections. */
async function selectionOf(field: IntrospectedField, depth: number): Promise<string | null> {
  const type = namedType(field.type);
  if (type.kind === 'SCALAR' || type.kind === 'ENUM') return field.name;
  if (type.kind !== 'OBJECT' || depth === 0 || field.name.endsWith('_connection')) return null;
  const inner = (
    await Promise.all((await fieldsOf(type.name as string)).map((f) => selectionOf(f, depth - 1)))
  ).filter(Boolean);
  return inner.length ? `${field.name} { ${inner.join(' ')} }` : null;
}

/** The same selection through articleBySlug and through Strapi's own `articles` query. */
async function bothWays(selection: string) {
  const data = await graphql(
    `query ($slug: String!) {
       bySlug: articleBySlug(slug: $slug, locale: "az") { ${selection} }
       stock: articles(locale: "az", filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
         ${selection}
       }
     }`,
    { slug: azSlug }
  );
  return { bySlug: data.bySlug, stock: (data.stock as unknown[])[0] };
}

/** SQL statements the server runs while `run` does. */
async function statementsDuring(run: () => Promise<unknown>): Promise<number> {
  let count = 0;
  const onQuery = () => {
    count += 1;
  };
  strapi.db.connection.on('query', onQuery);
  try {
    await run();
  } finally {
    strapi.db.connection.off('query', onQuery);
  }
  return count;
}

beforeAll(async () => {
  strapi = await bootStrapi();
  const sectionSlug = unique('dunya')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  const section = await strapi
    .documents(SECTION)
    .create({ locale: 'az', data: { name: 'Dünya', slug: sectionSlug } as never });
  const docs = strapi.documents(ARTICLE);
  const en = await docs.create({
    locale: 'en',
    status: 'published',
    data: {
      title: unique('Ministers meet'),
      lead: 'WASHINGTON (Reuters) - Ministers met on Monday, AP reported.',
      body: [paragraph('The talks lasted an hour, according to Agence France-Presse.')],
      dateline: 'WASHINGTON',
      originalLanguage: 'en',
    } as never,
  });
  const az = await docs.update({
    documentId: en.documentId,
    locale: 'az',
    status: 'published',
    data: {
      title: unique('Nazirlər görüşdü'),
      lead: 'Reuters agentliyinin verdiyi məlumata görə, nazirlər bazar ertəsi görüşüb.',
      body: [paragraph('Associated Press-in məlumatına görə, danışıqlar bir saat çəkib.')],
      dateline: 'Vaşinqton',
      section: section.documentId,
      corrections: [
        // Stored out of date order: Strapi answers them in the order they are stored.
        { note: 'Görüşün günü düzəldildi.', correctedAt: '2026-11-30T12:00:00.000Z' },
        { note: 'Nazirin adı düzəldildi.', correctedAt: '2026-11-30T10:00:00.000Z' },
      ],
    } as never,
  });
  azSlug = (az as unknown as { slug: string }).slug;
});
afterAll(stopStrapi);

describe('articleBySlug answers as Strapi’s own resolvers do', () => {
  let fields: IntrospectedField[];
  beforeAll(async () => {
    fields = await fieldsOf('Article');
  });

  it('for every field of Article, one at a time and all at once', async () => {
    const selections = (await Promise.all(fields.map((field) => selectionOf(field, 2)))).filter(
      (selection): selection is string => selection !== null
    );
    expect(selections.length).toBeGreaterThan(15);
    for (const selection of selections) {
      const { bySlug, stock } = await bothWays(selection);
      expect({ selection, answer: bySlug }).toEqual({ selection, answer: stock });
    }
    const whole = await bothWays(selections.join(' '));
    expect(whole.bySlug).toEqual(whole.stock);
    expect(whole.bySlug).toMatchObject({
      section: { name: 'Dünya' },
      corrections: [{ note: 'Görüşün günü düzəldildi.' }, { note: 'Nazirin adı düzəldildi.' }],
      translation: { method: 'human', from: 'en' },
    });
    const sources = (whole.bySlug as { sources: { source: { name: string } | null }[] }).sources;
    expect(sources.map((ref) => ref.source?.name)).toEqual(
      expect.arrayContaining(['Reuters', 'Associated Press'])
    );
  });

  it('for random selections (FUZZ_SEED replays them)', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
    const random = seededRandom(seed);
    for (let i = 0; i < 40; i += 1) {
      const selection = await randomSelection(random, 'Article', 2);
      if (!selection) continue;
      const { bySlug, stock } = await bothWays(selection);
      expect({ seed, selection, answer: bySlug }).toEqual({ seed, selection, answer: stock });
    }
  });

  it.each([
    ['arguments on a component', 'sources(pagination: { limit: 1 }) { role source { name } }'],
    ['a sort on a component', 'sources(sort: "role:desc") { role quotedAs }'],
    ['filters on a component', 'corrections(filters: { note: { contains: "adı" } }) { note }'],
    ['a relation the load does not carry', 'section { name articles { title } }'],
    ['a field of a Source the load does not carry', 'sources { source { name createdAt } }'],
    ['fragments', '...F'],
    [
      'inline fragments and __typename',
      '... on Article { __typename section { __typename slug } }',
    ],
    ['aliases', 'first: sources { role } names: sources { source { label: name } }'],
  ])('for %s', async (_what, selection) => {
    const fragment =
      selection === '...F'
        ? ' fragment F on Article { title section { slug } sources { source { slug } } }'
        : '';
    const data = await graphql(
      `query ($slug: String!) {
         bySlug: articleBySlug(slug: $slug, locale: "az") { ${selection} }
         stock: articles(locale: "az", filters: { slug: { eq: $slug } }, pagination: { limit: 1 }) {
         ${selection}
       }
       }${fragment}`,
      { slug: azSlug }
    );
    expect(data.bySlug).toEqual((data.stock as unknown[])[0]);
  });

  it('for what a site page asks, in one SQL statement', async () => {
    const { bySlug, stock } = await bothWays(SITE_PAGE);
    expect(bySlug).toEqual(stock);
    const query = `query ($slug: String!) { articleBySlug(slug: $slug, locale: "az") { ${SITE_PAGE} } }`;
    // A variable the query does not use makes each request a new cache key: a miss, resolved.
    const send = () =>
      http()
        .post('/graphql')
        .send({ query, variables: { slug: azSlug, nonce: unique('miss') } })
        .expect(200);
    await send();
    expect(await statementsDuring(send)).toBe(1);
  });
});
