/*
 * The slice of a Strapi content-type / component schema the input checks need, as plain data,
 * and the rules for one value of one attribute type. Pure: Strapi's schemas satisfy these
 * interfaces, the checks never import Strapi.
 */

export interface AttributeSchema {
  type: string;
  target?: string;
  component?: string;
  components?: string[];
  repeatable?: boolean;
  multiple?: boolean;
  enum?: string[];
}

export interface ModelSchema {
  attributes: Record<string, AttributeSchema>;
}

export type ModelLookup = (uid: string) => ModelSchema | undefined;

/** Columns every row has that schemas do not list as attributes. */
const SYSTEM_ATTRIBUTES: Record<string, AttributeSchema> = {
  id: { type: 'increments' },
  documentId: { type: 'string' },
};

export function attributeOf(model: ModelSchema, name: string): AttributeSchema | undefined {
  return Object.prototype.hasOwnProperty.call(model.attributes, name)
    ? model.attributes[name]
    : SYSTEM_ATTRIBUTES[name];
}

const TEXT_TYPES = new Set([
  'string',
  'text',
  'richtext',
  'email',
  'uid',
  'password',
  'enumeration',
]);
const INTEGER_TYPES = new Set(['integer', 'increments']);
const DECIMAL_TYPES = new Set(['float', 'decimal']);
const DATE_TYPES = new Set(['date', 'datetime', 'timestamp']);
const JSON_TYPES = new Set(['json', 'blocks']);

export type ValueKind =
  | 'text'
  | 'integer'
  | 'biginteger'
  | 'decimal'
  | 'boolean'
  | 'date'
  | 'time'
  | 'json'
  | 'relation'
  | 'component'
  | 'dynamiczone'
  | 'unknown';

export function kindOf(attribute: AttributeSchema): ValueKind {
  const { type } = attribute;
  if (TEXT_TYPES.has(type)) return 'text';
  if (INTEGER_TYPES.has(type)) return 'integer';
  if (type === 'biginteger') return 'biginteger';
  if (DECIMAL_TYPES.has(type)) return 'decimal';
  if (type === 'boolean') return 'boolean';
  if (DATE_TYPES.has(type)) return 'date';
  if (type === 'time') return 'time';
  if (JSON_TYPES.has(type)) return 'json';
  if (type === 'relation' || type === 'media') return 'relation';
  if (type === 'component') return 'component';
  if (type === 'dynamiczone') return 'dynamiczone';
  return 'unknown';
}

/** The model a relation, media or component attribute points at (undefined: polymorphic). */
export function targetOf(attribute: AttributeSchema): string | undefined {
  if (attribute.type === 'media') return 'plugin::upload.file';
  if (attribute.type === 'component') return attribute.component;
  return attribute.target;
}

/** PostgreSQL `integer` (ids and integer columns) and `bigint`. */
export const INT32 = { min: -2_147_483_648, max: 2_147_483_647 };
const INT64 = { min: -(2n ** 63n), max: 2n ** 63n - 1n };

const INTEGER_TEXT = /^[+-]?\d{1,30}$/;
const DECIMAL_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const TIME_TEXT = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/;
const BOOLEAN_VALUES = new Set<unknown>([true, false, 'true', 'false', 't', 'f', '1', '0', 1, 0]);
/** PostgreSQL's timestamp range is wider; years 1–9999 are what ISO 8601 and JS agree on. */
const LATEST_MS = Date.parse('9999-12-31T23:59:59.999Z');
const EARLIEST_MS = Date.parse('0001-01-01T00:00:00.000Z');

export function isBooleanLike(value: unknown): boolean {
  return BOOLEAN_VALUES.has(value);
}

export function integerProblem(value: unknown, range = INT32): string | null {
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= range.min && value <= range.max
      ? null
      : `must be an integer between ${range.min} and ${range.max}`;
  }
  if (typeof value === 'string' && INTEGER_TEXT.test(value.trim())) {
    return integerProblem(Number(value.trim()), range);
  }
  return `must be an integer between ${range.min} and ${range.max}`;
}

/**
 * Why `value` cannot stand for a value of this scalar kind (in a filter or a write), or null.
 * `null` itself is left to the caller (it means "no value" in both).
 */
export function scalarProblem(kind: ValueKind, value: unknown): string | null {
  switch (kind) {
    case 'text':
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
        ? null
        : 'must be a string';
    case 'integer':
      return integerProblem(value);
    case 'biginteger': {
      const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
      if (typeof text === 'string' && INTEGER_TEXT.test(text.trim())) {
        const big = BigInt(text.trim());
        if (big >= INT64.min && big <= INT64.max) return null;
      }
      return 'must be an integer that fits in 64 bits';
    }
    case 'decimal': {
      const number =
        typeof value === 'number'
          ? value
          : typeof value === 'string' && DECIMAL_TEXT.test(value.trim())
            ? Number(value)
            : NaN;
      return Number.isFinite(number) ? null : 'must be a finite number';
    }
    case 'boolean':
      return isBooleanLike(value) ? null : 'must be true or false';
    case 'date':
      return dateProblem(value);
    case 'time':
      return typeof value === 'string' && TIME_TEXT.test(value)
        ? null
        : 'must be a time (HH:mm:ss)';
    default:
      return null;
  }
}

function dateProblem(value: unknown): string | null {
  const message = 'must be an ISO 8601 date or time stamp between the years 1 and 9999';
  let ms: number;
  if (value instanceof Date) ms = value.getTime();
  else if (typeof value === 'number') ms = value;
  else if (typeof value === 'string' && /^\d{1,16}$/.test(value)) ms = Number(value);
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) ms = Date.parse(value);
  else return message;
  return Number.isFinite(ms) && ms >= EARLIEST_MS && ms <= LATEST_MS ? null : message;
}
