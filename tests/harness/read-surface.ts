/*
 * Generates the public read surface from the running app instead of listing it: the relation
 * paths of every content type (from strapi.contentTypes), the operators and arguments GraphQL
 * offers (from introspection), REST query strings and GraphQL documents for each. Used by
 * tests/api/public-read-policy.test.ts.
 */
import type { Core } from '@strapi/strapi';

interface Attribute {
  type: string;
  target?: string;
  component?: string;
  private?: boolean;
  repeatable?: boolean;
}

export interface Step {
  attribute: string;
  kind: 'relation' | 'component';
  repeatable: boolean;
  target: string;
}

export interface ModelPath {
  root: string;
  steps: Step[];
  /** The model the path ends on: a content type or a component. */
  target: string;
}

/** What a terminal field holds, for choosing operators and values. */
export type FieldKind = 'text' | 'ordered';

const TEXT_TYPES = new Set(['string', 'text', 'uid', 'email', 'enumeration', 'richtext']);
const ORDERED_TYPES = new Set([
  'integer',
  'biginteger',
  'float',
  'decimal',
  'date',
  'datetime',
  'time',
]);

export function attributesOf(strapi: Core.Strapi, uid: string): Record<string, Attribute> {
  const models = { ...strapi.contentTypes, ...strapi.components } as Record<
    string,
    { attributes: Record<string, Attribute> }
  >;
  return models[uid]?.attributes ?? {};
}

export function isContentType(strapi: Core.Strapi, uid: string): boolean {
  return uid in strapi.contentTypes;
}

export function hasDraftAndPublish(strapi: Core.Strapi, uid: string): boolean {
  const model = (
    strapi.contentTypes as unknown as Record<string, { options?: { draftAndPublish?: boolean } }>
  )[uid];
  return Boolean(model?.options?.draftAndPublish);
}

/**
 * Every public path from `root`: through at most `maxRelations` relations, and through at most
 * one component. Private attributes are left out: the sanitizer refuses them to the public.
 */
export function modelPaths(strapi: Core.Strapi, root: string, maxRelations = 2): ModelPath[] {
  const paths: ModelPath[] = [{ root, steps: [], target: root }];
  const walk = (uid: string, steps: Step[], relations: number) => {
    for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
      if (attribute.private) continue;
      let step: Step | null = null;
      if (attribute.type === 'relation' && attribute.target && relations < maxRelations) {
        step = { attribute: name, kind: 'relation', repeatable: true, target: attribute.target };
      } else if (
        attribute.type === 'component' &&
        attribute.component &&
        !steps.some((s) => s.kind === 'component')
      ) {
        step = {
          attribute: name,
          kind: 'component',
          repeatable: Boolean(attribute.repeatable),
          target: attribute.component,
        };
      }
      if (!step) continue;
      const next = [...steps, step];
      paths.push({ root, steps: next, target: step.target });
      walk(step.target, next, relations + (step.kind === 'relation' ? 1 : 0));
    }
  };
  walk(root, [], 0);
  return paths;
}

export const relationCount = (path: ModelPath) =>
  path.steps.filter((step) => step.kind === 'relation').length;

export const describePath = (path: ModelPath) =>
  [path.root.split('.').pop(), ...path.steps.map((step) => step.attribute)].join('.');

/** The fields of a model that a filter or a sort can compare, with `id`/`documentId` Strapi adds. */
export function comparableFields(strapi: Core.Strapi, uid: string): Map<string, FieldKind> {
  const fields = new Map<string, FieldKind>([['id', 'ordered']]);
  if (isContentType(strapi, uid)) fields.set('documentId', 'text');
  for (const [name, attribute] of Object.entries(attributesOf(strapi, uid))) {
    if (attribute.private) continue;
    if (TEXT_TYPES.has(attribute.type)) fields.set(name, 'text');
    else if (ORDERED_TYPES.has(attribute.type)) fields.set(name, 'ordered');
  }
  return fields;
}

/** `{a: {b: value}}` for the keys ['a', 'b']. */
export function nest(keys: string[], value: unknown): Record<string, unknown> {
  return keys.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value) as Record<
    string,
    unknown
  >;
}

/** A REST query string in the bracket form Strapi parses with qs. */
export function toQueryString(params: Record<string, unknown>): string {
  const parts: string[] = [];
  const add = (key: string, value: unknown) => {
    if (Array.isArray(value)) value.forEach((item, index) => add(`${key}[${index}]`, item));
    else if (value !== null && typeof value === 'object') {
      for (const [name, inner] of Object.entries(value)) add(key ? `${key}[${name}]` : name, inner);
    } else parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  };
  add('', params);
  return parts.join('&');
}

/** Marks a GraphQL enum value in an argument object (printed bare, not quoted). */
export class GraphQLEnum {
  constructor(readonly name: string) {}
}

export function graphqlValue(value: unknown): string {
  if (value instanceof GraphQLEnum) return value.name;
  if (Array.isArray(value)) return `[${value.map(graphqlValue).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([key, inner]) => `${key}: ${graphqlValue(inner)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

export function graphqlArgs(args: Record<string, unknown>): string {
  const entries = Object.entries(args);
  return entries.length === 0
    ? ''
    : `(${entries.map(([key, value]) => `${key}: ${graphqlValue(value)}`).join(', ')})`;
}

/* ----------------------------------------------------------------------------------------- */
/* GraphQL introspection                                                                     */

interface TypeRef {
  name: string | null;
  kind: string;
  ofType: TypeRef | null;
}
interface IntrospectedField {
  name: string;
  args: { name: string; type: TypeRef }[];
  type: TypeRef;
}
interface IntrospectedType {
  name: string;
  kind: string;
  fields: IntrospectedField[] | null;
  inputFields: { name: string; type: TypeRef }[] | null;
  enumValues: { name: string }[] | null;
}

const TYPE_REF =
  'name kind ofType { name kind ofType { name kind ofType { name kind ofType { name kind } } } }';
export const INTROSPECTION = `{ __schema { queryType { name } types { name kind
  fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } }
  inputFields { name type { ${TYPE_REF} } }
  enumValues { name } } } }`;

const unwrap = (type: TypeRef): TypeRef => (type.ofType ? unwrap(type.ofType) : type);
const isRequired = (type: TypeRef) => type.kind === 'NON_NULL';

export class GraphQLSurface {
  private readonly types = new Map<string, IntrospectedType>();
  readonly queryType: string;

  constructor(
    schema: { queryType: { name: string }; types: IntrospectedType[] },
    /** GraphQL type name of each content type that has one. */
    readonly typeOfModel: Map<string, string>
  ) {
    for (const type of schema.types) this.types.set(type.name, type);
    this.queryType = schema.queryType.name;
  }

  type(name: string): IntrospectedType | undefined {
    return this.types.get(name);
  }

  field(typeName: string, fieldName: string): IntrospectedField | undefined {
    return this.type(typeName)?.fields?.find((field) => field.name === fieldName);
  }

  enumValues(name: string): string[] {
    return (this.type(name)?.enumValues ?? []).map((value) => value.name);
  }

  /** Operators of a filter input type (`StringFilterInput` → eq, startsWith, …). */
  operators(filterInput: string): string[] {
    return (this.type(filterInput)?.inputFields ?? []).map((field) => field.name);
  }

  /** The filter input type of `field` in `<Type>FiltersInput`, or undefined when not filterable. */
  filterInputOf(filtersInput: string, field: string): string | undefined {
    const input = this.type(filtersInput)?.inputFields?.find((f) => f.name === field);
    return input ? (unwrap(input.type).name ?? undefined) : undefined;
  }

  /** The `filters` argument type of a field (root query or nested relation). */
  filtersArgType(typeName: string, fieldName: string): string | undefined {
    const arg = this.field(typeName, fieldName)?.args.find((a) => a.name === 'filters');
    return arg ? (unwrap(arg.type).name ?? undefined) : undefined;
  }

  private modelTypes(): Set<string> {
    return new Set(this.typeOfModel.values());
  }

  /** The object type a field yields, looking through lists and `nodes` of connections. */
  nodeType(field: IntrospectedField): { type: string; connection: boolean } | undefined {
    const type = unwrap(field.type).name;
    if (!type) return undefined;
    if (this.modelTypes().has(type)) return { type, connection: false };
    const nodes = this.field(type, 'nodes');
    const nodeType = nodes ? unwrap(nodes.type).name : null;
    if (nodeType && this.modelTypes().has(nodeType)) return { type: nodeType, connection: true };
    return undefined;
  }

  /** Root query fields that yield a content type: list, `_connection`, by id, custom. */
  rootFields(modelType: string): IntrospectedField[] {
    return (this.type(this.queryType)?.fields ?? []).filter(
      (field) => this.nodeType(field)?.type === modelType
    );
  }

  /** Every scalar a row shows, with its components and custom objects, but no relation. */
  leafSelection(typeName: string, depth = 0): string {
    const parts: string[] = [];
    for (const field of this.type(typeName)?.fields ?? []) {
      if (field.args.some((arg) => isRequired(arg.type))) continue;
      const type = unwrap(field.type);
      if (type.kind === 'SCALAR' || type.kind === 'ENUM') parts.push(field.name);
      else if (type.kind === 'OBJECT' && !this.nodeType(field) && depth < 2 && type.name) {
        const inner = this.leafSelection(type.name, depth + 1);
        if (inner) parts.push(`${field.name} { ${inner} }`);
      }
    }
    return parts.join(' ');
  }

  /** `{ nodes { … } pageInfo { … } }` for a connection field, `{ … }` otherwise. */
  wrapSelection(field: IntrospectedField, inner: string): string {
    const node = this.nodeType(field);
    if (!node?.connection) return `{ ${inner} }`;
    const type = unwrap(field.type).name as string;
    const pageInfo = this.field(type, 'pageInfo')
      ? ' pageInfo { total page pageSize pageCount }'
      : '';
    return `{ nodes { ${inner} }${pageInfo} }`;
  }
}
