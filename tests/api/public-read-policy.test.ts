/*
 * The public read policy, tried on a generated attack surface. Every content type's relation
 * paths (up to a relation of a relation, through components) come from strapi.contentTypes, the
 * routes from the router, the GraphQL fields, operators and publication arguments from
 * introspection. Drafts are seeded with a marker in every text field: never-published
 * documents, a never-published localization, an unpublished article, a pending edit of a
 * published one. For the public (and a signed-in reader):
 *   - no answer carries the marker or a draft row, at any depth;
 *   - a true and a false guess about a draft's value answer the same, for every path, field and
 *     operator, in filters at the top, in nested GraphQL arguments and in populate;
 *   - `status`, `hasPublishedVersion`, `publicationFilter` are refused or change nothing;
 *   - removing every draft changes no answer (sorts and counts included);
 * while an API token, asking the same questions, does tell the guesses apart (the probes reach
 * the drafts, so the test can fail).
 */
import type { Core, UID } from '@strapi/strapi';
import { paragraph, unique } from '../harness/builders';
import { apiToken, bootStrapi, http, stopStrapi } from '../harness/strapi';
import {
  GraphQLEnum,
  GraphQLSurface,
  INTROSPECTION,
  attributesOf,
  comparableFields,
  describePath,
  hasDraftAndPublish,
  modelPaths,
  nest,
  toQueryString,
  graphqlArgs,
  type FieldKind,
  type ModelPath,
} from '../harness/read-surface';

// Thousands of requests on a busy machine: a generous budget (the test is not about speed).
jest.setTimeout(900_000);

const ARTICLE = 'api::article.article';
const SECTION = 'api::section.section';
const SOURCE = 'api::source.source';

/** In every text field of every draft; appears nowhere public. */
const MARK = `zq${Math.random().toString(36).slice(2, 8)}`;
/** A value no row has: the false guess. */
const ABSENT = `qv${Math.random().toString(36).slice(2, 8)}`;
const ABSENT_NUMBER = 2_000_000_000;
const ABSENT_DATE = '1999-01-01T00:00:00.000Z';
const hidden = (what: string) => `${MARK} ${what}`;

let strapi: Core.Strapi;
let token: string;
let readerJwt: string;
let surface: GraphQLSurface;
const published: Record<string, { documentId: string; slug?: string }> = {};

type Caller = 'public' | 'reader' | 'token';
type Probe = { kind: 'rest'; url: string } | { kind: 'graphql'; query: string };
interface Answer {
  status: number;
  text: string;
  body: unknown;
}

const describeProbe = (probe: Probe) => (probe.kind === 'rest' ? probe.url : probe.query);

async function ask(probe: Probe, caller: Caller): Promise<Answer> {
  const request =
    probe.kind === 'rest'
      ? http().get(probe.url)
      : http().post('/graphql').send({ query: probe.query });
  if (caller === 'token') request.set('Authorization', `Bearer ${token}`);
  if (caller === 'reader') request.set('Authorization', `Bearer ${readerJwt}`);
  const response = await request;
  return { status: response.status, text: response.text ?? '', body: response.body };
}

const sameAnswer = (a: Answer, b: Answer) => a.status === b.status && a.text === b.text;

/** Runs `task` on every item, a few at a time: thousands of requests, one in-process server. */
async function eachConcurrently<T>(items: T[], task: (item: T) => Promise<void>, width = 4) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/* ----------------------------------------------------------------------------------------- */
/* What a leak looks like                                                                    */

/** (documentId, id) of every draft row, and documentIds of every D&P content type's row. */
const draftRows = new Set<string>();

function problemsIn(answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.text.includes(MARK)) problems.push('draft marker in the answer');
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  const walk = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const row = value as Record<string, unknown>;
    if (typeof row.documentId === 'string') {
      if ('publishedAt' in row && row.publishedAt === null)
        problems.push('a row with publishedAt null');
      if (draftRows.has(`${row.documentId}:${String(row.id)}`)) problems.push('a draft row id');
    }
    Object.values(row).forEach(walk);
  };
  walk(answer.body);
  return [...new Set(problems)];
}

const isRefusal = (answer: Answer) => {
  const body = answer.body as {
    data?: unknown;
    error?: { name?: string; status?: number };
    errors?: { extensions?: { error?: { name?: string } } }[];
  };
  // REST: a 400 in Strapi's shape; GraphQL: a ValidationError among the errors (HTTP 400 or 200).
  if (body?.data === null && body?.error?.name === 'ValidationError') return true;
  return (body?.errors ?? []).some((e) => e.extensions?.error?.name === 'ValidationError');
};

/** Every failure, with the probe that found it: reported together at the end of each test. */
class Findings {
  readonly leaks: string[] = [];
  tried = 0;
  add(probe: Probe, problem: string) {
    this.leaks.push(`${problem}: ${describeProbe(probe)}`);
  }
}
const counts: Record<string, { tried: number; leaks: number }> = {};
function report(name: string, findings: Findings) {
  counts[name] = { tried: findings.tried, leaks: findings.leaks.length };
  expect({ leaks: findings.leaks.length, first: findings.leaks.slice(0, 15) }).toEqual({
    leaks: 0,
    first: [],
  });
}

/* ----------------------------------------------------------------------------------------- */
/* Seed                                                                                      */

async function seed() {
  const sections = strapi.documents(SECTION);
  const articles = strapi.documents(ARTICLE);
  const reuters = await strapi.documents(SOURCE).findFirst({ filters: { slug: 'reuters' } });

  const marked = (what: string) => ({
    title: hidden(`${what} title`),
    lead: hidden(`${what} lead`),
    body: [paragraph(hidden(`${what} body`))],
    dateline: hidden('dateline'),
    translation: { method: 'human', translator: hidden('translator'), engine: hidden('engine') },
    sources: [
      {
        source: reuters?.documentId,
        quotedAs: hidden('quoted as'),
        originalHeadline: hidden('original headline'),
        originalUrl: `https://example.com/${MARK}`,
        role: 'origin',
      },
    ],
  });
  const open = (what: string) => ({
    title: unique(what),
    lead: 'Public text.',
    body: [paragraph('Public body.')],
    originalReporting: true,
  });

  // A section in three locales; one whose only article is a draft; one with none.
  const news = await sections.create({ locale: 'az', data: { name: unique('Xəbərlər') } as never });
  await sections.update({
    documentId: news.documentId,
    locale: 'en',
    data: { name: unique('News') } as never,
  });
  await sections.update({
    documentId: news.documentId,
    locale: 'ru',
    data: { name: unique('Новости') } as never,
  });
  const archive = await sections.create({ locale: 'az', data: { name: unique('Arxiv') } as never });
  await sections.create({ locale: 'az', data: { name: unique('Boş') } as never });
  published[SECTION] = { documentId: news.documentId };

  // Published in az and en; a pending edit of az; a never-published ru localization.
  const story = await articles.create({
    locale: 'az',
    status: 'published',
    data: { ...open('Dərc olunmuş xəbər'), section: news.documentId } as never,
  });
  await articles.update({
    documentId: story.documentId,
    locale: 'en',
    status: 'published',
    data: { ...open('Published story'), section: news.documentId } as never,
  });
  await articles.update({
    documentId: story.documentId,
    locale: 'az',
    data: { ...marked('pending edit'), section: news.documentId } as never,
  });
  await articles.update({
    documentId: story.documentId,
    locale: 'ru',
    data: { ...marked('never-published localization'), section: news.documentId } as never,
  });
  published[ARTICLE] = { documentId: story.documentId, slug: story.slug as string };

  // A second published story with nothing pending, in the same section.
  await articles.create({
    locale: 'az',
    status: 'published',
    data: { ...open('İkinci xəbər'), section: news.documentId } as never,
  });
  // Drafts that were never published, in the shared section and in the draft-only one.
  await articles.create({
    locale: 'az',
    data: {
      ...marked('never published'),
      originalReporting: true,
      section: news.documentId,
    } as never,
  });
  await articles.create({
    locale: 'az',
    data: {
      ...marked('alone in its section'),
      originalReporting: true,
      section: archive.documentId,
    } as never,
  });
  // Published with marked text, then unpublished: neither version is public any more.
  const withdrawn = await articles.create({
    locale: 'az',
    status: 'published',
    data: { ...marked('withdrawn'), originalReporting: true, section: news.documentId } as never,
  });
  await articles.unpublish({ documentId: withdrawn.documentId, locale: 'az' });

  const source = await strapi.documents(SOURCE).findFirst({});
  published[SOURCE] = { documentId: source?.documentId as string };
}

/* ----------------------------------------------------------------------------------------- */
/* Secrets: values only drafts hold, per model and field                                     */

type Secret = string | number;
const secrets = new Map<string, Map<string, Secret>>();

const asComparable = (value: unknown): Secret | undefined => {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' || typeof value === 'number') return value;
  return undefined;
};

async function findSecrets() {
  const hiddenValues = new Map<string, Map<string, Set<Secret>>>();
  const publicValues = new Map<string, Map<string, Set<string>>>();
  const note = (
    into: Map<string, Map<string, Set<Secret>>> | Map<string, Map<string, Set<string>>>,
    uid: string,
    row: Record<string, unknown>,
    asString: boolean
  ) => {
    const fields = into.get(uid) ?? new Map();
    into.set(uid, fields as never);
    for (const field of comparableFields(strapi, uid).keys()) {
      const value = asComparable(row[field]);
      if (value === undefined) continue;
      const set = fields.get(field) ?? new Set();
      fields.set(field, set);
      set.add(asString ? String(value) : value);
    }
  };
  for (const uid of Object.keys(strapi.contentTypes)) {
    if (!hasDraftAndPublish(strapi, uid)) continue;
    const components = Object.entries(attributesOf(strapi, uid)).filter(
      ([, attribute]) => attribute.type === 'component'
    );
    const rows = (await strapi.db.query(uid as never).findMany({
      populate: Object.fromEntries(components.map(([name]) => [name, true])),
    })) as Record<string, unknown>[];
    for (const row of rows) {
      const isDraft = row.publishedAt === null;
      if (isDraft) draftRows.add(`${String(row.documentId)}:${String(row.id)}`);
      const visit = (model: string, value: Record<string, unknown>) =>
        isDraft ? note(hiddenValues, model, value, false) : note(publicValues, model, value, true);
      visit(uid, row);
      for (const [name, attribute] of components) {
        const value = row[name];
        for (const item of Array.isArray(value) ? value : value ? [value] : []) {
          visit(attribute.component as string, item as Record<string, unknown>);
        }
      }
    }
  }
  for (const [uid, fields] of hiddenValues) {
    const found = new Map<string, Secret>();
    for (const [field, values] of fields) {
      const seen = publicValues.get(uid)?.get(field) ?? new Set<string>();
      // Not inside any public value either: `$contains`/`$startsWith` of a draft's line
      // "Source: Reuters" would otherwise match a published "Source: Reuters, AP" by right.
      const publicLower = [...seen].map((value) => value.toLowerCase());
      const only = [...values].filter((value) => {
        const lower = String(value).toLowerCase();
        return !publicLower.some((other) => other.includes(lower));
      });
      // Prefer a value with the marker: it is unmistakably a draft's.
      const pick = only.find((value) => String(value).includes(MARK)) ?? only[0];
      if (pick !== undefined) found.set(field, pick);
    }
    secrets.set(uid, found);
  }
}

/* ----------------------------------------------------------------------------------------- */
/* Guesses: a true and a false one, for each operator                                        */

/** One filter on a draft's value: `operator` applied to `field` at the end of `path`. */
interface GuessCase {
  root: string;
  path: ModelPath;
  field: string;
  kind: FieldKind;
  secret: Secret;
  operator: string; // without `$`
  /** Also as `$not` / `$or` / populate filter (REST) and nested argument (GraphQL). */
  allForms: boolean;
}

const FORMS_OPERATORS = new Set(['eq', 'startsWith']);

/** REST operators: GraphQL's string operators, plus the case-insensitive prefix/suffix ones only REST has. */
function operatorsFor(kind: FieldKind): string[] {
  const fromSchema = surface
    .operators('StringFilterInput')
    .filter((op) => !['and', 'or', 'not', 'null', 'notNull', 'lt', 'gt'].includes(op));
  if (kind === 'text') return [...fromSchema, 'startsWithi', 'endsWithi'];
  return fromSchema.filter((op) =>
    ['eq', 'ne', 'in', 'notIn', 'lte', 'gte', 'between'].includes(op)
  );
}

/**
 * The operator's true and false guess. Range operators pair with their strict twin on the same
 * value (`lte v` / `lt v`): the answers may differ only by rows equal to the secret, i.e. drafts.
 */
function guessValues(kind: FieldKind, secret: Secret, operator: string) {
  const absent =
    typeof secret === 'number' ? ABSENT_NUMBER : kind === 'ordered' ? ABSENT_DATE : ABSENT;
  switch (operator) {
    case 'in':
    case 'notIn':
      return { truth: [secret], falsehood: [absent], falseOperator: operator };
    case 'between':
      return { truth: [secret, secret], falsehood: [absent, absent], falseOperator: operator };
    case 'lte':
      return { truth: secret, falsehood: secret, falseOperator: 'lt' };
    case 'gte':
      return { truth: secret, falsehood: secret, falseOperator: 'gt' };
    default:
      return { truth: secret, falsehood: absent, falseOperator: operator };
  }
}

/**
 * A covering set rather than the full product: on every path that ends on a model whose drafts
 * hold secrets, every field once (with `eq`), every operator once (fields in turn), and every
 * form with `eq` and `startsWith` on the path's marked field.
 */
function guessCases(root: string): GuessCase[] {
  const cases: GuessCase[] = [];
  for (const path of modelPaths(strapi, root)) {
    const held = secrets.get(path.target);
    if (!held || held.size === 0) continue;
    const kinds = comparableFields(strapi, path.target);
    const fields = [...held.keys()].sort();
    const marked =
      fields.find(
        (field) => String(held.get(field)).includes(MARK) && kinds.get(field) === 'text'
      ) ?? fields[0];
    const add = (field: string, operator: string, allForms = false) =>
      cases.push({
        root,
        path,
        field,
        kind: kinds.get(field) as FieldKind,
        secret: held.get(field) as Secret,
        operator,
        allForms,
      });
    for (const field of fields) if (field !== marked) add(field, 'eq');
    for (const operator of FORMS_OPERATORS) add(marked, operator, true);
    const textFields = fields.filter((field) => kinds.get(field) === 'text');
    const orderedFields = fields.filter((field) => kinds.get(field) === 'ordered');
    for (const [kind, pool] of [
      ['text', textFields],
      ['ordered', orderedFields],
    ] as const) {
      operatorsFor(kind)
        .filter((operator) => !FORMS_OPERATORS.has(operator))
        .forEach((operator, index) => {
          if (pool.length > 0) add(pool[index % pool.length], operator);
        });
    }
  }
  return cases;
}

const listRoute = (uid: string) =>
  `/api/${strapi.contentType(uid as UID.ContentType).info.pluralName}`;
const isLocalized = (uid: string) =>
  Boolean(
    (strapi.contentType(uid as UID.ContentType).pluginOptions as { i18n?: { localized?: boolean } })
      ?.i18n?.localized
  );
const apiTypes = () => Object.keys(strapi.contentTypes).filter((uid) => uid.startsWith('api::'));

interface GuessPair {
  label: string;
  truth: Probe;
  falsehood: Probe;
}

function restGuessPairs(): GuessPair[] {
  const pairs: GuessPair[] = [];
  for (const root of apiTypes()) {
    const base = { ...(isLocalized(root) ? { locale: '*' } : {}), pagination: { pageSize: 100 } };
    for (const guess of guessCases(root)) {
      const keys = guess.path.steps.map((step) => step.attribute);
      const condition = (op: string, value: unknown) =>
        nest([...keys, guess.field, `$${op}`], value);
      const forms: [string, (op: string, value: unknown) => Record<string, unknown>][] = [
        ['filters', (op, value) => ({ filters: condition(op, value) })],
      ];
      if (guess.allForms) {
        forms.push(['$not', (op, value) => ({ filters: { $not: condition(op, value) } })]);
        forms.push([
          '$or',
          (op, value) => ({ filters: { $or: [condition(op, value), { id: ABSENT_NUMBER }] } }),
        ]);
        if (guess.path.steps.length > 0 && guess.path.steps.every((s) => s.kind === 'relation')) {
          // The same condition where it filters the populated relation itself.
          forms.push([
            'populate',
            (op, value) => ({
              populate: keys.reduceRight<unknown>(
                (inner, key, index) => ({
                  [key]:
                    index === keys.length - 1
                      ? { filters: nest([guess.field, `$${op}`], value) }
                      : { populate: inner },
                }),
                undefined
              ),
            }),
          ]);
        }
      }
      const { truth, falsehood, falseOperator } = guessValues(
        guess.kind,
        guess.secret,
        guess.operator
      );
      for (const [form, build] of forms) {
        const url = (op: string, value: unknown) =>
          `${listRoute(root)}?${toQueryString({ ...base, ...build(op, value) })}`;
        pairs.push({
          label: `REST ${describePath(guess.path)}.${guess.field} ${form} ${guess.operator}`,
          truth: { kind: 'rest', url: url(guess.operator, truth) },
          falsehood: { kind: 'rest', url: url(falseOperator, falsehood) },
        });
      }
    }
  }
  return pairs;
}

function graphqlGuessPairs(): GuessPair[] {
  const pairs: GuessPair[] = [];
  for (const root of apiTypes()) {
    const typeName = surface.typeOfModel.get(root);
    if (!typeName) continue;
    const list = surface
      .rootFields(typeName)
      .find(
        (field) => field.type.kind === 'NON_NULL' && field.args.some((a) => a.name === 'filters')
      );
    if (!list) continue;
    const rootArgs = {
      ...(list.args.some((a) => a.name === 'locale') ? { locale: '*' } : {}),
      pagination: { pageSize: 100 },
    };
    for (const guess of guessCases(root)) {
      const keys = guess.path.steps.map((step) => step.attribute);
      // The filter input at each step; a path GraphQL does not expose is skipped.
      const inputs: string[] = [surface.filtersArgType(surface.queryType, list.name) as string];
      for (const key of keys) {
        const next = surface.filterInputOf(inputs[inputs.length - 1], key);
        if (!next) break;
        inputs.push(next);
      }
      if (inputs.length !== keys.length + 1) continue;
      const fieldInput = surface.filterInputOf(inputs[inputs.length - 1], guess.field);
      if (!fieldInput || !surface.operators(fieldInput).includes(guess.operator)) continue;
      const { truth, falsehood, falseOperator } = guessValues(
        guess.kind,
        guess.secret,
        guess.operator
      );
      const top = (op: string, value: unknown): Probe => ({
        kind: 'graphql',
        query: `{ ${list.name}${graphqlArgs({ ...rootArgs, filters: nest([...keys, guess.field, op], value) })} { documentId } }`,
      });
      const label = `GraphQL ${describePath(guess.path)}.${guess.field}`;
      pairs.push({
        label: `${label} filters ${guess.operator}`,
        truth: top(guess.operator, truth),
        falsehood: top(falseOperator, falsehood),
      });
      // The same filter as the argument of the nested relation field it starts with.
      const first = guess.path.steps[0];
      if (
        guess.allForms &&
        first?.kind === 'relation' &&
        surface.filtersArgType(typeName, first.attribute)
      ) {
        const nested = (op: string, value: unknown): Probe => ({
          kind: 'graphql',
          query: `{ ${list.name}${graphqlArgs(rootArgs)} { documentId ${first.attribute}${graphqlArgs(
            {
              filters: nest([...keys.slice(1), guess.field, op], value),
            }
          )} { documentId } } }`,
        });
        pairs.push({
          label: `${label} nested-argument ${guess.operator}`,
          truth: nested(guess.operator, truth),
          falsehood: nested(falseOperator, falsehood),
        });
      }
    }
  }
  return pairs;
}

/* ----------------------------------------------------------------------------------------- */
/* Structural probes: routes × status-like arguments × populate × sort; GraphQL at depth       */

interface StructuralProbe {
  label: string;
  probe: Probe;
  /** The same question without the publication argument, when this one adds one. */
  withoutPublicationArgument?: Probe;
}

/** The publication arguments, REST spelling, from the GraphQL enum of publication filters. */
function publicationArguments(): Record<string, string>[] {
  const filters = surface
    .enumValues('PublicationFilter')
    .map((name) => name.toLowerCase().replace(/_/g, '-'));
  return [
    { status: 'draft' },
    { status: 'published' },
    { status: 'DRAFT' },
    { hasPublishedVersion: 'true' },
    { hasPublishedVersion: 'false' },
    ...filters.map((publicationFilter) => ({ publicationFilter })),
  ];
}

const onlyRelations = (path: ModelPath) =>
  path.steps.length > 0 && path.steps.every((s) => s.kind === 'relation');

function restStructuralProbes(): StructuralProbe[] {
  const probes: StructuralProbe[] = [];
  const routes = (
    strapi.server as unknown as { listRoutes(): { path: string; methods: string[] }[] }
  ).listRoutes();
  for (const root of apiTypes()) {
    const prefix = listRoute(root);
    const paths = modelPaths(strapi, root);
    const own = routes.filter(
      (route) =>
        route.methods.includes('GET') &&
        (route.path === prefix || route.path.startsWith(`${prefix}/`))
    );
    for (const route of own) {
      const url = route.path
        .replace(/:(id|documentId)\b/g, published[root].documentId)
        .replace(/:slug\b/g, published[root].slug ?? 'none');
      const isList = url === prefix;
      // The default locale, one with a published version, one with only a draft, all of them.
      const locales = !isLocalized(root)
        ? [undefined]
        : [undefined, 'az', 'ru', ...(isList ? ['*'] : [])];
      for (const locale of locales) {
        const base: Record<string, unknown> = locale ? { locale } : {};
        const get = (extra: Record<string, unknown>): Probe => ({
          kind: 'rest',
          url: `${url}?${toQueryString({ ...base, ...extra })}`,
        });
        const variants: [string, Record<string, unknown>][] = [
          ['plain', {}],
          ['populate=*', { populate: '*' }],
        ];
        for (const path of paths.filter(onlyRelations)) {
          const keys = path.steps.map((s) => s.attribute);
          variants.push([
            `populate ${describePath(path)}`,
            {
              populate: keys.reduceRight<unknown>(
                (inner, key) => ({ [key]: inner === true ? true : { populate: inner } }),
                true
              ),
            },
          ]);
          variants.push([
            `populate ${describePath(path)} count`,
            {
              populate: keys.reduceRight<unknown>(
                (inner, key, i) => ({
                  [key]: i === keys.length - 1 ? { count: true } : { populate: inner },
                }),
                undefined
              ),
            },
          ]);
          if (isList) {
            variants.push([
              `exists ${describePath(path)}`,
              { filters: nest([...keys, 'id', '$notNull'], true) },
            ]);
            variants.push([
              `missing ${describePath(path)}`,
              { filters: nest([...keys, 'id', '$null'], true) },
            ]);
          }
        }
        if (isList && (locale === '*' || !isLocalized(root))) {
          for (const path of paths.filter((p) => p.steps.every((s) => s.kind === 'relation'))) {
            for (const field of comparableFields(strapi, path.target).keys()) {
              const key = [...path.steps.map((s) => s.attribute), field].join('.');
              variants.push([`sort ${key}`, { sort: `${key}:asc`, pagination: { pageSize: 100 } }]);
              variants.push([
                `sort ${key} desc`,
                { sort: `${key}:desc`, pagination: { pageSize: 100 } },
              ]);
            }
          }
        }
        for (const [name, extra] of variants) {
          probes.push({ label: `${url} ${locale ?? ''} ${name}`, probe: get(extra) });
        }
        for (const argument of publicationArguments()) {
          probes.push({
            label: `${url} ${locale ?? ''} ${toQueryString(argument)}`,
            probe: get(argument),
            withoutPublicationArgument: get({}),
          });
        }
      }
    }
  }
  return probes;
}

function graphqlStructuralProbes(): StructuralProbe[] {
  const probes: StructuralProbe[] = [];
  const publicationArgs: Record<string, unknown>[] = [
    { status: new GraphQLEnum('DRAFT') },
    { status: new GraphQLEnum('PUBLISHED') },
    { hasPublishedVersion: true },
    { hasPublishedVersion: false },
    ...surface
      .enumValues('PublicationFilter')
      .map((name) => ({ publicationFilter: new GraphQLEnum(name) })),
  ];
  for (const root of apiTypes()) {
    const typeName = surface.typeOfModel.get(root);
    if (!typeName) continue;
    // Relation paths as GraphQL selections: each relation step as a field and as its _connection.
    const selections: { label: string; build: (leaf: string) => string }[] = [];
    for (const path of [
      { root, steps: [], target: root } as ModelPath,
      ...modelPaths(strapi, root).filter(onlyRelations),
    ]) {
      let variants: { label: string; type: string; build: (leaf: string) => string }[] = [
        { label: '', type: typeName, build: (leaf) => leaf },
      ];
      for (const step of path.steps) {
        variants = variants.flatMap((variant) =>
          [step.attribute, `${step.attribute}_connection`].flatMap((name) => {
            const field = surface.field(variant.type, name);
            const node = field && surface.nodeType(field);
            if (!field || !node) return [];
            return [
              {
                label: `${variant.label}.${name}`,
                type: node.type,
                build: (leaf: string) =>
                  variant.build(
                    `${surface.leafSelection(variant.type)} ${name} ${surface.wrapSelection(field, leaf)}`
                  ),
              },
            ];
          })
        );
      }
      for (const variant of variants) {
        const leaf = surface.leafSelection(variant.type);
        selections.push({ label: variant.label || '.', build: () => variant.build(leaf) });
      }
    }
    for (const field of surface.rootFields(typeName)) {
      const required: Record<string, unknown> = {};
      for (const arg of field.args.filter((a) => a.type.kind === 'NON_NULL')) {
        if (arg.name === 'documentId') required.documentId = published[root].documentId;
        else if (arg.name === 'slug') required.slug = published[root].slug ?? 'none';
        else if (arg.name === 'locale') required.locale = 'az';
        else continue;
      }
      const optional: Record<string, unknown> = {};
      if (field.args.some((a) => a.name === 'locale') && !required.locale) optional.locale = '*';
      if (field.args.some((a) => a.name === 'pagination')) optional.pagination = { pageSize: 100 };
      const supports = (args: Record<string, unknown>) =>
        Object.keys(args).every((name) => field.args.some((a) => a.name === name));
      const supported = publicationArgs.filter(supports);
      // Every argument with every selection on the list query; in turn on the other roots.
      const isList = field.type.kind === 'NON_NULL';
      selections.forEach((selection, index) => {
        const query = (extra: Record<string, unknown>): Probe => ({
          kind: 'graphql',
          query: `{ ${field.name}${graphqlArgs({ ...required, ...optional, ...extra })} ${surface.wrapSelection(field, selection.build(''))} }`,
        });
        probes.push({ label: `${field.name} ${selection.label}`, probe: query({}) });
        const chosen = isList
          ? supported
          : supported.length > 0
            ? [supported[index % supported.length]]
            : [];
        for (const args of chosen) {
          probes.push({
            label: `${field.name}${graphqlArgs(args)} ${selection.label}`,
            probe: query(args),
            withoutPublicationArgument: query({}),
          });
        }
      });
      if (isList && field.args.some((a) => a.name === 'sort')) {
        for (const path of modelPaths(strapi, root).filter((p) =>
          p.steps.every((s) => s.kind === 'relation')
        )) {
          for (const name of comparableFields(strapi, path.target).keys()) {
            if (name === 'id') continue;
            const key = [...path.steps.map((s) => s.attribute), name].join('.');
            probes.push({
              label: `${field.name}(sort: ${key})`,
              probe: {
                kind: 'graphql',
                query: `{ ${field.name}${graphqlArgs({ ...required, ...optional, sort: [`${key}:asc`] })} ${surface.wrapSelection(field, 'documentId locale')} }`,
              },
            });
          }
        }
      }
    }
  }
  return probes;
}

/* ----------------------------------------------------------------------------------------- */

let restPairs: GuessPair[];
let graphqlPairs: GuessPair[];
let structural: StructuralProbe[];
const firstAnswers = new Map<string, Answer>();

beforeAll(async () => {
  strapi = await bootStrapi();
  token = await apiToken();
  await seed();
  await findSecrets();

  // A signed-in site reader, made the way the site's sign-up would (registration may be off).
  const role = (await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'authenticated' } })) as { id: number };
  const user = (await strapi.db.query('plugin::users-permissions.user').create({
    data: {
      username: unique('reader').replace(/\s/g, ''),
      email: `${Math.random().toString(36).slice(2)}@reader.test`,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: role.id,
    },
  })) as { id: number };
  readerJwt = (
    strapi.plugin('users-permissions').service('jwt') as { issue(payload: object): string }
  ).issue({ id: user.id });

  const introspection = await http().post('/graphql').send({ query: INTROSPECTION });
  const naming = (
    strapi.plugin('graphql').service('utils') as {
      naming: { getTypeName(contentType: unknown): string };
    }
  ).naming;
  surface = new GraphQLSurface(
    introspection.body.data.__schema,
    new Map(
      apiTypes().map((uid) => [uid, naming.getTypeName(strapi.contentType(uid as UID.ContentType))])
    )
  );
  restPairs = restGuessPairs();
  graphqlPairs = graphqlGuessPairs();
  structural = [...restStructuralProbes(), ...graphqlStructuralProbes()];
});

afterAll(async () => {
  const lines = Object.entries(counts).map(
    ([name, { tried, leaks }]) => `  ${name}: ${tried} tried, ${leaks} leaking`
  );
  process.stdout.write(`\npublic read policy, generated surface:\n${lines.join('\n')}\n`);
  await stopStrapi();
});

describe('the generated surface', () => {
  it('covers every content type, its relations and relations of relations', () => {
    for (const uid of [ARTICLE, SECTION, SOURCE]) expect(apiTypes()).toContain(uid);
    const described = apiTypes().flatMap((uid) => modelPaths(strapi, uid).map(describePath));
    expect(described).toEqual(
      expect.arrayContaining([
        'article.localizations',
        'article.section.articles',
        'article.localizations.localizations',
        'section.articles.localizations',
        'section.localizations.articles',
      ])
    );
    expect(restPairs.length).toBeGreaterThan(500);
    expect(graphqlPairs.length).toBeGreaterThan(200);
    expect(structural.length).toBeGreaterThan(500);
  });

  it('reaches the drafts: an API token tells every path’s true guess from its false one', async () => {
    const byPath = new Map<string, GuessPair[]>();
    for (const pair of [...restPairs, ...graphqlPairs]) {
      const match = /^(\S+ \S+)\.[^. ]+ (filters|nested-argument) eq$/.exec(pair.label);
      if (match) byPath.set(match[1], [...(byPath.get(match[1]) ?? []), pair]);
    }
    const withDrafts = (probe: Probe): Probe =>
      probe.kind === 'rest'
        ? { kind: 'rest', url: `${probe.url}&status=draft` }
        : { kind: 'graphql', query: probe.query.replace('(', '(status: DRAFT, ') };
    const blind: string[] = [];
    await eachConcurrently([...byPath], async ([path, pairs]) => {
      // Some field of the path must tell the drafts apart with full rights.
      for (const pair of pairs) {
        const truth = await ask(withDrafts(pair.truth), 'token');
        const falsehood = await ask(withDrafts(pair.falsehood), 'token');
        if (!sameAnswer(truth, falsehood)) return;
      }
      blind.push(path);
    });
    expect(byPath.size).toBeGreaterThan(20);
    expect(blind).toEqual([]);
  });
});

describe('the public read policy', () => {
  it.each([
    ['REST', () => restPairs],
    ['GraphQL', () => graphqlPairs],
  ])('%s: a true and a false guess about a draft answer the same', async (surfaceName, pairs) => {
    const findings = new Findings();
    await eachConcurrently(pairs(), async (pair) => {
      findings.tried += 1;
      const truth = await ask(pair.truth, 'public');
      const falsehood = await ask(pair.falsehood, 'public');
      for (const problem of problemsIn(truth)) findings.add(pair.truth, problem);
      if (!sameAnswer(truth, falsehood)) {
        findings.add(pair.truth, `true and false guesses differ (${pair.label})`);
      }
    });
    report(`${surfaceName} guesses`, findings);
  });

  it('no draft at any depth of any route, relation, populate, sort or status-like argument; those arguments are refused or change nothing', async () => {
    const findings = new Findings();
    await eachConcurrently(structural, async ({ probe, withoutPublicationArgument }) => {
      findings.tried += 1;
      const answer = await ask(probe, 'public');
      firstAnswers.set(describeProbe(probe), answer);
      for (const problem of problemsIn(answer)) findings.add(probe, problem);
      if (withoutPublicationArgument && !isRefusal(answer)) {
        const key = describeProbe(withoutPublicationArgument);
        const plain = firstAnswers.get(key) ?? (await ask(withoutPublicationArgument, 'public'));
        firstAnswers.set(key, plain);
        if (!sameAnswer(answer, plain)) {
          findings.add(probe, 'a publication argument changed the answer');
        }
      }
    });
    report('structural', findings);
  });

  it('signed-in readers read what the public reads', async () => {
    const findings = new Findings();
    // A quarter of the structural probes, spread over the surface: the rule is one, not per probe.
    const sample = structural.filter((_, index) => index % 4 === 0);
    await eachConcurrently(sample, async ({ probe }) => {
      findings.tried += 1;
      const answer = await ask(probe, 'reader');
      const anonymous = firstAnswers.get(describeProbe(probe)) ?? (await ask(probe, 'public'));
      if (!sameAnswer(answer, anonymous)) {
        findings.add(probe, `reader got ${answer.status}, public ${anonymous.status}`);
      }
    });
    report('signed-in reader', findings);
    const story = await ask(
      { kind: 'rest', url: `/api/articles/${published[ARTICLE].documentId}?locale=az` },
      'reader'
    );
    expect(story.status).toBe(200);
  });

  // Last: it removes the drafts.
  it('removing every draft changes no public answer (sorts and counts included)', async () => {
    const articles = strapi.documents(ARTICLE);
    const rows = (await strapi.db.query(ARTICLE).findMany({
      select: ['documentId', 'locale', 'publishedAt'],
    })) as { documentId: string; locale: string; publishedAt: string | null }[];
    const versions = new Map<string, { draft: boolean; published: boolean }>();
    for (const row of rows) {
      const key = `${row.documentId}|${row.locale}`;
      const entry = versions.get(key) ?? { draft: false, published: false };
      if (row.publishedAt) entry.published = true;
      else entry.draft = true;
      versions.set(key, entry);
    }
    for (const [key, { published: isPublished }] of versions) {
      const [documentId, locale] = key.split('|');
      if (isPublished) await articles.discardDraft({ documentId, locale });
      else await articles.delete({ documentId, locale });
    }
    const findings = new Findings();
    // A publication argument's answer is a refusal or the plain one, which is compared here.
    const compared = structural.filter((probe) => !probe.withoutPublicationArgument);
    await eachConcurrently(compared, async ({ probe }) => {
      const before = firstAnswers.get(describeProbe(probe));
      if (!before) return;
      findings.tried += 1;
      const after = await ask(probe, 'public');
      if (!sameAnswer(before, after)) findings.add(probe, 'the answer depended on drafts');
    });
    report('drafts removed', findings);
  });
});
