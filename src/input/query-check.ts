/*
 * Checks a read query (filters, sort, pagination, populate) against the schema of the model it
 * reads, before Strapi turns it into SQL. Strapi's own validator checks that keys exist and are
 * not private; it does not check that an operator suits the field or that a value fits the
 * column, and PostgreSQL then refuses the statement: a 500 for `id $gt abc`, `$between` with one
 * value, `$or=1`, a relation compared with `abc`, `$jsonSupersetOf` on a string, a NUL byte,
 * an offset past bigint. The rule here is the column's type, not a list of those examples.
 * Pure: the schema comes in as plain data.
 */
import {
  INT32,
  attributeOf,
  integerProblem,
  isBooleanLike,
  kindOf,
  scalarProblem,
  targetOf,
  type AttributeSchema,
  type ModelLookup,
  type ModelSchema,
  type ValueKind,
} from './schema';
import { joinPath, scanValue, type InputProblem } from './text';

/** Filters deeper than this (groups and relations) are refused; qs stops at 20 anyway. */
export const QUERY_LIMITS = { maxDepth: 24, maxNodes: 5_000 };

const COMPARISONS = new Set(['$eq', '$ne', '$gt', '$gte', '$lt', '$lte']);
const CASE_INSENSITIVE = new Set([
  '$eqi',
  '$nei',
  '$containsi',
  '$notContainsi',
  '$startsWithi',
  '$endsWithi',
]);
/** SQL LIKE without a cast: PostgreSQL has no `integer LIKE text` or `jsonb LIKE text`. */
const CASE_SENSITIVE_LIKE = new Set(['$contains', '$notContains', '$startsWith', '$endsWith']);
const ID: AttributeSchema = { type: 'increments' };

type Problem = InputProblem | null;
const problem = (path: string, message: string): InputProblem => ({ path, message });
/** qs gives plain objects, graphql-js gives input objects without a prototype. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The first problem in this query for this model, or null. Unknown top-level keys are left alone. */
export function findQueryProblem(
  query: Record<string, unknown>,
  model: ModelSchema,
  lookup: ModelLookup
): Problem {
  const scanned = scanValue(query, '', QUERY_LIMITS);
  if (scanned) return scanned;
  const checker = new QueryChecker(lookup);
  return (
    (query.filters !== undefined ? checker.group(query.filters, model, 'filters', 0) : null) ??
    (query.sort !== undefined ? checker.sort(query.sort, model, 'sort') : null) ??
    checkPagination(query.pagination, 'pagination') ??
    checkPagination(
      pick(query, ['page', 'pageSize', 'start', 'limit']),
      '' // the Document Service takes them at the top level
    ) ??
    (query.populate !== undefined ? checker.populate(query.populate, model, 'populate', 0) : null)
  );
}

function pick(source: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) picked[key] = source[key];
  return picked;
}

const PAGINATION_MINIMA: Record<string, number> = { page: 1, pageSize: 1, start: 0, limit: -1 };

function checkPagination(pagination: unknown, path: string): Problem {
  if (pagination === undefined || pagination === null) return null;
  if (!isPlainObject(pagination)) return problem(path, 'must be an object');
  for (const [key, value] of Object.entries(pagination)) {
    const where = joinPath(path, key);
    if (key === 'withCount') {
      if (!isBooleanLike(value)) return problem(where, 'must be true or false');
      continue;
    }
    const minimum = PAGINATION_MINIMA[key];
    if (minimum === undefined) continue; // Strapi's validator names unknown keys
    if (integerProblem(value, { min: minimum, max: INT32.max })) {
      return problem(where, `must be an integer between ${minimum} and ${INT32.max}`);
    }
  }
  return null;
}

class QueryChecker {
  constructor(private readonly lookup: ModelLookup) {}

  private model(uid: string | undefined, path: string): ModelSchema | InputProblem {
    const target = uid ? this.lookup(uid) : undefined;
    return target ?? problem(path, 'cannot be filtered on (polymorphic or unknown target)');
  }

  /** A set of conditions joined by AND: `{ title: …, $or: […] }`, or a list of such sets. */
  group(value: unknown, model: ModelSchema, path: string, depth: number): Problem {
    if (depth > QUERY_LIMITS.maxDepth) return problem(path, 'is nested too deeply');
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) {
        const found = this.group(item, model, joinPath(path, index), depth + 1);
        if (found) return found;
      }
      return null;
    }
    if (!isPlainObject(value)) return problem(path, 'must be an object of conditions');
    for (const [key, condition] of Object.entries(value)) {
      const where = joinPath(path, key);
      if (key === '$and' || key === '$or') {
        if (!Array.isArray(condition)) return problem(where, 'must be a list of conditions');
        for (const [index, item] of condition.entries()) {
          if (!isPlainObject(item)) {
            return problem(joinPath(where, index), 'must be an object of conditions');
          }
          const found = this.group(item, model, joinPath(where, index), depth + 1);
          if (found) return found;
        }
        continue;
      }
      if (key === '$not') {
        if (!isPlainObject(condition)) return problem(where, 'must be an object of conditions');
        const found = this.group(condition, model, where, depth + 1);
        if (found) return found;
        continue;
      }
      if (key.startsWith('$'))
        return problem(where, 'cannot be used here (only $and, $or, $not and field names)');
      const attribute = attributeOf(model, key);
      if (!attribute) return problem(where, `is not a field of this type`);
      const found = this.attributeCondition(attribute, condition, where, depth + 1);
      if (found) return found;
    }
    return null;
  }

  private attributeCondition(
    attribute: AttributeSchema,
    condition: unknown,
    path: string,
    depth: number
  ): Problem {
    const kind = kindOf(attribute);
    if (kind === 'dynamiczone' || kind === 'unknown') return problem(path, 'cannot be filtered on');
    if (kind === 'relation' || kind === 'component') {
      return this.relationCondition(attribute, condition, path, depth);
    }
    if (isPlainObject(condition)) {
      for (const [operator, operand] of Object.entries(condition)) {
        const found = this.operator(kind, operator, operand, joinPath(path, operator), depth);
        if (found) return found;
      }
      return null;
    }
    return this.operator(kind, '$eq', condition, path, depth);
  }

  /**
   * On a relation, operators compare the target's id (`section: 5`, `section: { $in: [1, 2] }`)
   * and other keys filter on the target's fields. Strapi allows one operator and no mixing.
   */
  private relationCondition(
    attribute: AttributeSchema,
    condition: unknown,
    path: string,
    depth: number
  ): Problem {
    const target = this.model(targetOf(attribute), path);
    if ('message' in target) return target;
    if (!isPlainObject(condition)) return this.operator('integer', '$eq', condition, path, depth);
    const keys = Object.keys(condition);
    const operators = keys.filter((key) => key.startsWith('$'));
    if (operators.length === 0) return this.group(condition, target, path, depth);
    if (operators.length !== keys.length) {
      return problem(path, 'cannot mix operators and fields in one relation condition');
    }
    if (operators.length > 1) return problem(path, 'takes one operator on a relation');
    const [operator] = operators;
    const where = joinPath(path, operator);
    if (operator === '$and' || operator === '$or')
      return this.group(condition, target, path, depth);
    if (operator === '$not') {
      return problem(where, 'cannot be applied to a relation; wrap the condition in $not instead');
    }
    return this.operator(kindOf(ID), operator, condition[operator], where, depth);
  }

  private operator(
    kind: ValueKind,
    operator: string,
    operand: unknown,
    path: string,
    depth: number
  ): Problem {
    if (depth > QUERY_LIMITS.maxDepth) return problem(path, 'is nested too deeply');
    if (operator === '$not') {
      if (isPlainObject(operand)) {
        for (const [inner, value] of Object.entries(operand)) {
          const found = this.operator(kind, inner, value, joinPath(path, inner), depth + 1);
          if (found) return found;
        }
        return null;
      }
      return this.operator(kind, '$eq', operand, path, depth + 1);
    }
    if (operator === '$in' || operator === '$notIn') {
      const values = Array.isArray(operand) ? operand : [operand];
      return eachValue(values, path, (value, where) => comparedValue(kind, value, where));
    }
    if (operator === '$between') {
      if (!Array.isArray(operand) || operand.length !== 2) {
        return problem(path, 'takes exactly two values');
      }
      return eachValue(operand, path, (value, where) =>
        value === null ? problem(where, 'cannot be null') : comparedValue(kind, value, where)
      );
    }
    if (operator === '$null' || operator === '$notNull') {
      return isBooleanLike(operand) ? null : problem(path, 'must be true or false');
    }
    if (COMPARISONS.has(operator)) {
      const values = Array.isArray(operand) ? operand : [operand];
      return eachValue(values, path, (value, where) => comparedValue(kind, value, where));
    }
    if (CASE_INSENSITIVE.has(operator) || CASE_SENSITIVE_LIKE.has(operator)) {
      if (CASE_SENSITIVE_LIKE.has(operator) && kind !== 'text') {
        return problem(path, `works on text fields only (use ${operator}i)`);
      }
      const values = Array.isArray(operand) ? operand : [operand];
      return eachValue(values, path, (value, where) =>
        scalarProblem('text', value) ? problem(where, 'must be a string') : null
      );
    }
    if (operator === '$jsonSupersetOf') {
      if (kind !== 'json') return problem(path, 'works on JSON fields only');
      return jsonOperandProblem(operand, path);
    }
    return problem(path, 'is not a filter operator');
  }

  /** `sort=title:desc`, `sort[0]=section.name`, `sort[title]=asc`, `sort[section][name]=desc`. */
  sort(value: unknown, model: ModelSchema, path: string): Problem {
    if (typeof value === 'string') {
      for (const part of value.split(',')) {
        const [field, direction, ...rest] = part.trim().split(':');
        if (rest.length > 0) return problem(path, `"${part}" is not field[:asc|desc]`);
        const found =
          this.sortPath(field.split('.'), model, path) ?? directionProblem(direction, path);
        if (found) return found;
      }
      return null;
    }
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) {
        const found = this.sort(item, model, joinPath(path, index));
        if (found) return found;
      }
      return null;
    }
    if (!isPlainObject(value)) return problem(path, 'must be a field name, a list or an object');
    for (const [field, direction] of Object.entries(value)) {
      const where = joinPath(path, field);
      const attribute = attributeOf(model, field);
      if (!attribute) return problem(where, 'is not a field of this type');
      if (isPlainObject(direction)) {
        const target = this.sortTarget(attribute, where);
        if ('message' in target) return target;
        const found = this.sort(direction, target, where);
        if (found) return found;
        continue;
      }
      const found =
        this.sortPath([field], model, where) ??
        (typeof direction === 'string' ? directionProblem(direction, where) : null) ??
        (typeof direction !== 'string' ? problem(where, 'must be asc or desc') : null);
      if (found) return found;
    }
    return null;
  }

  private sortTarget(attribute: AttributeSchema, path: string): ModelSchema | InputProblem {
    const kind = kindOf(attribute);
    if (kind !== 'relation' && kind !== 'component') {
      return problem(path, 'has no fields to sort on');
    }
    return this.model(targetOf(attribute), path);
  }

  private sortPath(fields: string[], model: ModelSchema, path: string): Problem {
    let current = model;
    for (const [index, field] of fields.entries()) {
      const attribute = attributeOf(current, field);
      if (!attribute) return problem(path, `"${field}" is not a field of this type`);
      const last = index === fields.length - 1;
      const kind = kindOf(attribute);
      const nested = kind === 'relation' || kind === 'component';
      if (last && (nested || kind === 'dynamiczone')) {
        return problem(path, `"${field}" is a relation: sort on one of its fields`);
      }
      if (!last) {
        const target = this.sortTarget(attribute, path);
        if ('message' in target) return target;
        current = target;
      }
    }
    return null;
  }

  /** Filters and sorts inside an object `populate` are checked against the populated type. */
  populate(value: unknown, model: ModelSchema, path: string, depth: number): Problem {
    if (!isPlainObject(value) || depth > QUERY_LIMITS.maxDepth) return null;
    for (const [field, options] of Object.entries(value)) {
      const attribute = attributeOf(model, field);
      if (!attribute || !isPlainObject(options)) continue; // `*`, `true`: Strapi's validator
      const where = joinPath(path, field);
      if (attribute.type === 'dynamiczone') {
        if (!isPlainObject(options.on)) continue;
        for (const [uid, componentOptions] of Object.entries(options.on)) {
          const component = this.lookup(uid);
          if (!component) continue;
          const found = this.populateOptions(
            componentOptions,
            component,
            joinPath(where, uid),
            depth
          );
          if (found) return found;
        }
        continue;
      }
      const target = targetOf(attribute) ? this.lookup(targetOf(attribute)!) : undefined;
      if (!target) continue;
      const found = this.populateOptions(options, target, where, depth);
      if (found) return found;
    }
    return null;
  }

  private populateOptions(
    options: unknown,
    model: ModelSchema,
    path: string,
    depth: number
  ): Problem {
    if (!isPlainObject(options)) return null;
    return (
      (options.filters !== undefined
        ? this.group(options.filters, model, joinPath(path, 'filters'), depth + 1)
        : null) ??
      (options.sort !== undefined
        ? this.sort(options.sort, model, joinPath(path, 'sort'))
        : null) ??
      (options.populate !== undefined
        ? this.populate(options.populate, model, joinPath(path, 'populate'), depth + 1)
        : null)
    );
  }
}

function directionProblem(direction: string | undefined, path: string): Problem {
  if (direction === undefined || /^(asc|desc)$/i.test(direction)) return null;
  return problem(path, 'order must be asc or desc');
}

function eachValue(
  values: unknown[],
  path: string,
  check: (value: unknown, path: string) => Problem
): Problem {
  for (const [index, value] of values.entries()) {
    const found = check(value, values.length > 1 ? joinPath(path, index) : path);
    if (found) return found;
  }
  return null;
}

/** A value an `=`/`<`/`IN` compares with the column: it must be a value of the column's type. */
function comparedValue(kind: ValueKind, value: unknown, path: string): Problem {
  if (value === null) return null;
  if (typeof value === 'object' && !(value instanceof Date)) {
    return problem(path, 'must be a single value');
  }
  if (kind === 'json') {
    return problem(path, 'a JSON field can only be tested with $null, $notNull or $containsi');
  }
  const found = scalarProblem(kind, value);
  return found ? problem(path, found) : null;
}

function jsonOperandProblem(operand: unknown, path: string): Problem {
  if (typeof operand === 'string') {
    try {
      JSON.parse(operand);
      return null;
    } catch {
      return problem(path, 'must be JSON');
    }
  }
  return operand !== null && typeof operand === 'object' ? null : problem(path, 'must be JSON');
}
