/*
 * Checks the `data` of a write against the schema of the model written, before any hook or
 * Strapi validator walks it: every string is text PostgreSQL accepts (no NUL, no lone
 * surrogate), nothing is nested deeper than a document can be, text fields hold strings,
 * numbers fit their column, blocks are blocks, components and dynamic zones hold objects of
 * their own schema. Strapi's validators then check what they check (required, lengths,
 * enumerations, relations). Pure.
 */
import { blocksProblem } from './blocks';
import { isPlainObject } from './query-check';
import {
  attributeOf,
  integerProblem,
  kindOf,
  scalarProblem,
  targetOf,
  type AttributeSchema,
  type ModelLookup,
  type ModelSchema,
} from './schema';
import { joinPath, scanValue, type InputProblem } from './text';

/** Blocks nest a few levels per list; a component a few per level. */
export const DATA_LIMITS = { maxDepth: 64, maxNodes: 200_000 };
/** Entries of one repeatable component or dynamic zone. */
export const MAX_REPEATED = 1_000;

type Problem = InputProblem | null;
const problem = (path: string, message: string): InputProblem => ({ path, message });

export function findDataProblem(data: unknown, model: ModelSchema, lookup: ModelLookup): Problem {
  if (data === undefined) return null;
  return scanValue(data, 'data', DATA_LIMITS) ?? entityProblem(data, model, lookup, 'data');
}

function entityProblem(
  value: unknown,
  model: ModelSchema,
  lookup: ModelLookup,
  path: string
): Problem {
  if (!isPlainObject(value)) return problem(path, 'must be an object');
  for (const [key, fieldValue] of Object.entries(value)) {
    const attribute = attributeOf(model, key);
    // Unknown keys are Strapi's to refuse (REST) or ignore (Document Service).
    if (!attribute || fieldValue === undefined || fieldValue === null) continue;
    const found = fieldProblem(attribute, fieldValue, lookup, joinPath(path, key));
    if (found) return found;
  }
  return null;
}

function fieldProblem(
  attribute: AttributeSchema,
  value: unknown,
  lookup: ModelLookup,
  path: string
): Problem {
  const kind = kindOf(attribute);
  switch (kind) {
    case 'text':
      if (typeof value !== 'string') return problem(path, 'must be a string');
      if (attribute.enum && !attribute.enum.includes(value)) {
        return problem(path, `must be one of ${attribute.enum.join(', ')}`);
      }
      return null;
    case 'json':
      return attribute.type === 'blocks' ? blocksProblem(value, path) : null;
    case 'component': {
      const component = lookup(targetOf(attribute) ?? '');
      if (!component) return null;
      if (!attribute.repeatable) return entityProblem(value, component, lookup, path);
      return listOf(value, path, (entry, where) => entityProblem(entry, component, lookup, where));
    }
    case 'dynamiczone':
      return listOf(value, path, (entry, where) => {
        const uid = isPlainObject(entry) ? entry.__component : undefined;
        const component =
          typeof uid === 'string' && attribute.components?.includes(uid) ? lookup(uid) : undefined;
        if (!component)
          return problem(joinPath(where, '__component'), "must name one of this zone's components");
        return entityProblem(entry, component, lookup, where);
      });
    case 'relation':
      return relationProblem(value, path);
    case 'unknown':
      return null;
    default: {
      // Numbers, booleans, dates and times: one value of the column's type.
      const found = scalarProblem(kind, value);
      return found ? problem(path, found) : null;
    }
  }
}

function listOf(
  value: unknown,
  path: string,
  check: (entry: unknown, path: string) => Problem
): Problem {
  if (!Array.isArray(value)) return problem(path, 'must be a list');
  if (value.length > MAX_REPEATED) return problem(path, `may hold at most ${MAX_REPEATED} entries`);
  for (const [index, entry] of value.entries()) {
    const found = check(entry, joinPath(path, index));
    if (found) return found;
  }
  return null;
}

/**
 * Strapi takes a relation as an id, a documentId, a list of those, or
 * `{ connect, disconnect, set }` of those or of `{ id | documentId, locale?, status?, position? }`.
 * Only the shape and the id range are checked here; that the targets exist is Strapi's check.
 */
function relationProblem(value: unknown, path: string, depth = 0): Problem {
  if (depth > 4) return problem(path, 'is not a relation value');
  if (typeof value === 'string') return null;
  if (typeof value === 'number') {
    const found = integerProblem(value);
    return found ? problem(path, `id ${found}`) : null;
  }
  if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) {
      const found = relationProblem(entry, joinPath(path, index), depth + 1);
      if (found) return found;
    }
    return null;
  }
  if (!isPlainObject(value))
    return problem(path, 'must be an id, a documentId or { connect, disconnect, set }');
  for (const [key, entry] of Object.entries(value)) {
    const where = joinPath(path, key);
    if (key === 'id' || key === 'documentId') {
      const found = relationProblem(entry, where, 4);
      if (found) return found;
    } else if (key === 'connect' || key === 'disconnect' || key === 'set' || key === 'position') {
      const found = relationProblem(entry, where, depth + 1);
      if (found) return found;
    } else if (key === 'locale' || key === 'status' || key === 'before' || key === 'after') {
      if (
        typeof entry !== 'string' &&
        typeof entry !== 'number' &&
        typeof entry !== 'boolean' &&
        entry !== null
      ) {
        return problem(where, 'must be a single value');
      }
    } else if (key === 'count') {
      // The admin edit view reads relations as `{ count }` and sends them back unchanged.
      if (typeof entry !== 'number') return problem(where, 'must be a number');
    } else if (key !== 'start' && key !== 'end') {
      return problem(where, 'is not part of a relation value');
    }
  }
  return null;
}
