/*
 * Generators of hostile input for tests/api/fuzz.test.ts: the same seed gives the same inputs.
 * They know the content model's field names and types (so that most inputs reach the schema
 * checks instead of stopping at "unknown field") and mix in values of every wrong type.
 */
import { pickOne, randomInt, seededRandom, type Random } from '../../bench/lib/random';

export { seededRandom, type Random };

/** Field names per REST type, with the kind of value each holds. */
export const FIELDS: Record<string, Record<string, string>> = {
  articles: {
    id: 'integer',
    documentId: 'text',
    title: 'text',
    slug: 'text',
    lead: 'text',
    body: 'json',
    dateline: 'text',
    originalReporting: 'boolean',
    attributionLine: 'text',
    originalLanguage: 'text',
    originalPublishedAt: 'date',
    createdAt: 'date',
    updatedAt: 'date',
    publishedAt: 'date',
    locale: 'text',
    section: 'relation:sections',
    sources: 'component:source-ref',
    translation: 'component:translation',
    localizations: 'relation:articles',
  },
  sections: {
    id: 'integer',
    name: 'text',
    slug: 'text',
    locale: 'text',
    articles: 'relation:articles',
    createdAt: 'date',
  },
  sources: {
    id: 'integer',
    name: 'text',
    slug: 'text',
    kind: 'text',
    url: 'text',
    aliases: 'json',
    verified: 'boolean',
    createdAt: 'date',
  },
  'source-ref': {
    id: 'integer',
    quotedAs: 'text',
    role: 'text',
    detected: 'boolean',
    source: 'relation:sources',
  },
  translation: { method: 'text', from: 'text', translatedAt: 'date', status: 'text' },
};

export const OPERATORS = [
  '$eq',
  '$eqi',
  '$ne',
  '$nei',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$in',
  '$notIn',
  '$contains',
  '$notContains',
  '$containsi',
  '$notContainsi',
  '$null',
  '$notNull',
  '$between',
  '$startsWith',
  '$startsWithi',
  '$endsWith',
  '$endsWithi',
  '$not',
  '$jsonSupersetOf',
  '$or',
  '$and',
  '$foo',
  'eq',
];

/** Scalars as a query string carries them (already decoded): right and wrong for every type. */
export const HOSTILE_SCALARS = [
  '',
  'abc',
  '1',
  '0',
  '-1',
  '1.5',
  '1e999',
  '-1e999',
  'NaN',
  'Infinity',
  '99999999999999999999',
  '2147483648',
  '-2147483649',
  '9223372036854775808',
  'true',
  'false',
  'maybe',
  'null',
  'a\u0000b',
  '\u0000',
  'x\ud800',
  '\udc00y',
  '2025-11-25',
  '2025-13-45',
  '99999-01-01T00:00:00Z',
  '0000-00-00',
  '12:30',
  '[1,2]',
  '{"a":1}',
  '["Reuters"]',
  '%',
  '_',
  '\\',
  "'; DROP TABLE articles; --",
  'Mənbə: Reuters',
  'İstanbul',
  'x'.repeat(5000),
  '🙂',
];

export function hostileScalar(random: Random): string {
  return pickOne(random, HOSTILE_SCALARS);
}

/** A filter condition value: a scalar, a list, an object of operators, or nested garbage. */
export function hostileCondition(random: Random, type: string, depth: number): unknown {
  const roll = random();
  if (roll < 0.3 || depth > 3) return hostileScalar(random);
  if (roll < 0.45)
    return Array.from({ length: randomInt(random, 0, 3) }, () => hostileScalar(random));
  if (type.startsWith('relation:') || type.startsWith('component:')) {
    const target = type.split(':')[1];
    if (random() < 0.6) return hostileFilters(random, target, depth + 1);
  }
  const condition: Record<string, unknown> = {};
  for (let i = randomInt(random, 1, 2); i > 0; i -= 1) {
    condition[pickOne(random, OPERATORS)] = hostileCondition(random, type, depth + 1);
  }
  return condition;
}

export function hostileFilters(random: Random, type: string, depth = 0): unknown {
  const roll = random();
  if (roll < 0.05) return hostileScalar(random);
  if (roll < 0.1) return [hostileScalar(random)];
  const fields = FIELDS[type] ?? FIELDS.articles;
  const filters: Record<string, unknown> = {};
  for (let i = randomInt(random, 1, 3); i > 0; i -= 1) {
    const pick = random();
    if (pick < 0.15 && depth < 3) {
      const key = pickOne(random, ['$and', '$or', '$not']);
      filters[key] =
        random() < 0.3
          ? hostileScalar(random)
          : key === '$not'
            ? hostileFilters(random, type, depth + 1)
            : [hostileFilters(random, type, depth + 1)];
    } else if (pick < 0.2) {
      filters[pickOne(random, ['nope', '0', '$eq', 'createdBy', 'title\u0000'])] =
        hostileScalar(random);
    } else {
      const [field, fieldType] = pickOne(random, Object.entries(fields));
      filters[field] = hostileCondition(random, fieldType, depth + 1);
    }
  }
  return filters;
}

export function hostileSort(random: Random, type: string): unknown {
  const fields = Object.keys(FIELDS[type] ?? FIELDS.articles);
  const one = () =>
    `${pickOne(random, [...fields, 'nope', 'section.name', 'sources', 'body'])}${pickOne(random, ['', ':asc', ':DESC', ':sideways', ':'])}`;
  const roll = random();
  if (roll < 0.4) return one();
  if (roll < 0.7) return [one(), one()];
  return {
    [pickOne(random, fields)]: pickOne(random, ['asc', 'desc', 'x', hostileScalar(random)]),
  };
}

export function hostilePagination(random: Random): Record<string, unknown> {
  const keys = ['page', 'pageSize', 'start', 'limit', 'withCount'];
  const pagination: Record<string, unknown> = {};
  for (let i = randomInt(random, 1, 2); i > 0; i -= 1) {
    pagination[pickOne(random, keys)] = hostileScalar(random);
  }
  return pagination;
}

/** A REST query object (serialized with qs by the caller). */
export function hostileQuery(random: Random, type: string): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (random() < 0.8) query.filters = hostileFilters(random, type);
  if (random() < 0.3) query.sort = hostileSort(random, type);
  if (random() < 0.3) query.pagination = hostilePagination(random);
  if (random() < 0.15) {
    query.populate = pickOne(random, [
      '*',
      'section',
      { articles: { filters: hostileFilters(random, 'articles') } },
      { section: { sort: hostileSort(random, 'sections') } },
      hostileScalar(random),
    ]);
  }
  if (random() < 0.2) query.fields = [pickOne(random, [...Object.keys(FIELDS[type]), 'nope'])];
  if (random() < 0.3)
    query.locale = pickOne(random, ['en', 'az', 'ru', 'xx', '*', hostileScalar(random)]);
  return query;
}

/** `{ filters: { title: { $eq: 'x' } } }` → `filters[title][$eq]=x`, as sites build them (qs style). */
export function toQueryString(query: Record<string, unknown>): string {
  const parts: string[] = [];
  const add = (key: string, value: unknown) => {
    if (value === null || value === undefined) parts.push(encodeKey(key));
    else if (Array.isArray(value)) value.forEach((item, index) => add(`${key}[${index}]`, item));
    else if (typeof value === 'object') {
      for (const [inner, item] of Object.entries(value)) add(`${key}[${inner}]`, item);
    } else parts.push(`${encodeKey(key)}=${encodeValue(String(value))}`);
  };
  for (const [key, value] of Object.entries(query)) add(key, value);
  return parts.join('&');
}

const encodeKey = (key: string) => key.replace(/[^[\]$\w.-]/g, (c) => encodeValue(c));
/** encodeURIComponent, except that a lone surrogate becomes its (invalid) UTF-8 bytes. */
function encodeValue(value: string): string {
  let out = '';
  for (const char of value) {
    const code = char.codePointAt(0)!;
    out +=
      code >= 0xd800 && code <= 0xdfff
        ? `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase()
        : encodeURIComponent(char);
  }
  return out;
}

/** A path segment: an id, a slug, or something that is neither. */
export function hostileSegment(random: Random, known: string[]): string {
  return pickOne(random, [
    ...known,
    'nope',
    '%00',
    'a%00b',
    '%ED%A0%80',
    '%E0%A4%A',
    '%',
    '..%2F..%2Fetc',
    encodeURIComponent('İstanbul-xəbər'),
    'x'.repeat(3000),
    '-1',
    '99999999999999999999',
    '%20',
  ]);
}

/** GraphQL string literal of a JS string (JSON escaping is valid GraphQL escaping). */
export const gqlString = (value: string) => JSON.stringify(value);

const GQL_OPERATORS = [
  'eq',
  'ne',
  'lt',
  'gt',
  'in',
  'between',
  'contains',
  'containsi',
  'null',
  'startsWith',
];
const GQL_FIELDS: Record<string, string[]> = {
  articles: ['documentId', 'title', 'slug', 'lead', 'originalReporting', 'createdAt', 'locale'],
  sections: ['documentId', 'name', 'slug'],
  sources: ['documentId', 'name', 'verified', 'aliases'],
};

/**
 * One GraphQL request body as JSON text: mostly-valid documents with hostile arguments, and
 * hostile shapes (text, since JSON.stringify itself overflows on variables thousands deep).
 */
export function hostileGraphQL(random: Random, slugs: string[]): string {
  const body = hostileGraphQLBody(random, slugs);
  if (typeof body === 'string') return body;
  return JSON.stringify(body);
}

function hostileGraphQLBody(
  random: Random,
  slugs: string[]
): { query: string; variables?: unknown } | string {
  const collection = pickOne(random, ['articles', 'sections', 'sources']);
  const field = pickOne(random, GQL_FIELDS[collection]);
  const operator = pickOne(random, GQL_OPERATORS);
  const literal = () =>
    pickOne(random, [
      gqlString(hostileScalar(random)),
      String(randomInt(random, -5, 5)),
      '99999999999',
      'true',
      'null',
      `[${gqlString(hostileScalar(random))}]`,
      `[${gqlString(hostileScalar(random))}, ${gqlString(hostileScalar(random))}, "3"]`,
    ]);
  const selection =
    collection === 'articles'
      ? 'documentId title section { name } sources { quotedAs }'
      : 'documentId';
  switch (randomInt(random, 0, 11)) {
    case 0:
    case 1:
    case 2:
      return {
        query: `{ ${collection}(filters: { ${field}: { ${operator}: ${literal()} } }) { ${selection} } }`,
      };
    case 3:
      return {
        query: `query($f: ${collection === 'articles' ? 'Article' : collection === 'sections' ? 'Section' : 'Source'}FiltersInput) { ${collection}(filters: $f) { documentId } }`,
        variables: { f: { [field]: { [operator]: hostileScalar(random) } } },
      };
    case 4: {
      const count = pickOne(random, [2, 20, 51, 200, 1000]);
      const slug = pickOne(random, slugs);
      const aliases = Array.from(
        { length: count },
        (_, i) => `a${i}: articleBySlug(slug: ${gqlString(slug)}, locale: "en") { title }`
      );
      return { query: `{ ${aliases.join(' ')} }` };
    }
    case 5:
      return pickOne(random, [
        {
          query:
            '{ articles { ...A } } fragment A on Article { ...B } fragment B on Article { ...A }',
        },
        { query: '{ articles { ...A } } fragment A on Article { localizations { ...A } }' },
        { query: '{ articles { ...Missing } }' },
        { query: '{ articles { title ' },
        { query: '' },
        { query: '{ __schema { types { name } } }' },
        {
          query:
            '{ articles(pagination: { limit: 100 }) { localizations(pagination: { limit: 100 }) { localizations { title } } } }',
        },
      ]);
    case 6: {
      const depth = pickOne(random, [10, 40, 400, 3000]);
      const query = JSON.stringify(
        'query($f: ArticleFiltersInput) { articles(filters: $f) { title } }'
      );
      const filters = '{"and":['.repeat(depth) + '{"title":{"eq":"x"}}' + ']}'.repeat(depth);
      return `{"query":${query},"variables":{"f":${filters}}}`;
    }
    case 7:
      return {
        query: `{ articleBySlug(slug: ${gqlString(hostileScalar(random))}, locale: ${pickOne(random, ['"en"', '"xx"', 'en', '"az"'])}) { title alternates { locale } attribution { line } } }`,
      };
    case 8:
      return {
        query: `{ ${collection}(pagination: { ${pickOne(random, ['start', 'limit', 'page', 'pageSize'])}: ${pickOne(random, ['-1', '0', '99999', '2147483647', '"x"'])} }, sort: ${gqlString(String(hostileSort(random, collection)))}) { documentId } }`,
      };
    case 9:
      return {
        query: `{ sections { articles(filters: { ${pickOne(random, GQL_FIELDS.articles)}: { ${operator}: ${literal()} } }) { title } } }`,
      };
    case 10:
      return {
        query: `{ ${collection}(locale: ${gqlString(hostileScalar(random))}, status: ${pickOne(random, ['DRAFT', 'PUBLISHED', '"x"'])}) { documentId } }`,
      };
    default:
      return {
        query: `mutation { createSection(locale: "en", data: { name: ${gqlString(hostileScalar(random))} }) { documentId } }`,
      };
  }
}

export function nest(depth: number, leaf: unknown, key: string): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = { [key]: [value] };
  return value;
}

/** A deep blocks list, as raw JSON text (JSON.stringify itself overflows on thousands of levels). */
export function deepBlocksJson(depth: number): string {
  return (
    '[{"type":"list","format":"ordered","children":'.repeat(depth) +
    '[{"type":"list-item","children":[{"type":"text","text":"x"}]}]' +
    '}]'.repeat(depth)
  );
}

/** A value for one article field, of the right type or (mostly) not. */
export function hostileFieldValue(random: Random, field: string): unknown {
  const generic = [
    hostileScalar(random),
    randomInt(random, -3, 3),
    1e308,
    -1e308,
    99999999999,
    true,
    null,
    [],
    {},
    [hostileScalar(random)],
    { a: { b: { c: hostileScalar(random) } } },
    nest(pickOne(random, [10, 100]), 'x', 'a'),
  ];
  const byField: Record<string, unknown[]> = {
    body: [
      hostileScalar(random),
      [{ type: 'paragraph', children: [{ type: 'text', text: hostileScalar(random) }] }],
      [{ type: 'paragraph', children: [] }],
      [{ type: 'heading', level: 9, children: [{ type: 'text', text: 'x' }] }],
      [
        {
          type: 'paragraph',
          children: [{ type: 'link', url: 'javascript:alert(1)', children: [] }],
        },
      ],
      [{ type: 'script' }],
      [{ type: 'paragraph', children: [{ type: 'text', text: 1 }] }],
      { type: 'paragraph' },
    ],
    section: [
      'nope',
      99999999999,
      -1,
      { connect: ['nope'] },
      { connect: [{ documentId: hostileScalar(random) }] },
      { set: 'x' },
      [1, 'a', {}],
    ],
    sources: [
      'x',
      [{ source: 'nope', role: 'weird' }],
      [{ quotedAs: hostileScalar(random) }],
      [null],
      [[1]],
    ],
    translation: [
      { method: 'weird' },
      { method: 'machine', translatedAt: hostileScalar(random) },
      'x',
      [{}],
    ],
    originalPublishedAt: [hostileScalar(random), '2025-11-25T10:00:00Z', 1e20, -1],
    originalReporting: [hostileScalar(random), 'true', 2, {}],
  };
  return pickOne(random, [...(byField[field] ?? []), ...generic]);
}

export const ARTICLE_WRITE_FIELDS = [
  'title',
  'lead',
  'body',
  'dateline',
  'section',
  'sources',
  'translation',
  'originalReporting',
  'originalLanguage',
  'originalPublishedAt',
  'slug',
  'nope',
];
