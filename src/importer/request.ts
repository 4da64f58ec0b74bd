import { errors } from '@strapi/utils';
import { unsupportedMediaType } from './errors';
import type { ImportInput } from './types';

/** What the controller hands over from the Koa context. */
export interface ImportRequest {
  /** `json`, `text`, or the Content-Type when it is neither (undefined: none sent). */
  kind: 'json' | 'text' | { other: string } | undefined;
  body: unknown;
  query: Record<string, unknown>;
}

const FIELDS = [
  'text',
  'locale',
  'originalUrl',
  'section',
  'documentId',
  'originalReporting',
] as const;
// Every field is a string but this one, a boolean (`true`/`false` in a query string).
const BOOLEAN_FIELD = 'originalReporting';
type Field = (typeof FIELDS)[number];

/**
 * The import input from a request: JSON `{text, locale, originalUrl?, section?, documentId?}`,
 * or the raw text as text/plain with the other fields in the query string. Shape errors only;
 * prepareImport checks the values.
 */
export function readImportRequest({ kind, body, query }: ImportRequest): ImportInput {
  if (kind !== undefined && typeof kind === 'object') throw unsupportedMediaType(kind.other);

  const raw: Partial<Record<Field, unknown>> = {};
  if (kind === 'text') {
    for (const field of FIELDS) if (field !== 'text') raw[field] = query[field];
    raw.text = typeof body === 'string' ? body : '';
  } else {
    if (kind === 'json' && (typeof body !== 'object' || body === null || Array.isArray(body))) {
      throw invalid([], 'The JSON body must be an object: {"text": …, "locale": …}.');
    }
    const fields = (kind === 'json' ? body : {}) as Record<string, unknown>;
    const unknown = Object.keys(fields).filter(
      (key) => !(FIELDS as readonly string[]).includes(key)
    );
    if (unknown.length > 0) {
      throw invalid(
        unknown,
        `Unknown field(s) ${unknown.map((key) => `"${key.slice(0, 40)}"`).join(', ')}: ` +
          `an import takes ${FIELDS.join(', ')}.`
      );
    }
    Object.assign(raw, fields);
    if (query.locale !== undefined) {
      if (raw.locale !== undefined && raw.locale !== query.locale) {
        throw invalid(['locale'], 'The body and the query string name different locales.');
      }
      raw.locale = query.locale;
    }
  }

  if (raw.text === undefined || raw.text === null) {
    throw invalid(
      ['text'],
      'text is required: send {"text": …, "locale": …} as JSON, or the text as text/plain with ?locale=….'
    );
  }
  for (const field of FIELDS) {
    // JSON clients often send null for an optional field they leave empty.
    if (raw[field] === null && field !== 'text' && field !== 'locale') delete raw[field];
    const value = raw[field];
    if (field === BOOLEAN_FIELD) {
      if (value === 'true' || value === 'false') raw[field] = value === 'true';
      if (raw[field] !== undefined && typeof raw[field] !== 'boolean') {
        throw invalid([field], `${field} must be true or false.`);
      }
      continue;
    }
    if (value !== undefined && typeof value !== 'string') {
      throw invalid([field], `${field} must be a string.`);
    }
  }
  if (raw.locale === undefined) throw invalid(['locale'], 'locale is required, e.g. "az".');

  return {
    text: raw.text as string,
    locale: raw.locale as string,
    ...(raw.originalUrl !== undefined && { originalUrl: raw.originalUrl as string }),
    ...(raw.section !== undefined && { section: raw.section as string }),
    ...(raw.documentId !== undefined && { documentId: raw.documentId as string }),
    ...(raw.originalReporting !== undefined && {
      originalReporting: raw.originalReporting as boolean,
    }),
  };
}

/** A 400 in the shape Strapi's own validation uses: one `details.errors` entry per field. */
function invalid(fields: string[], message: string): errors.ValidationError {
  const paths = fields.length > 0 ? fields.map((field) => [field]) : [[]];
  return new errors.ValidationError(message, {
    errors: paths.map((path) => ({ path, message, name: 'ValidationError' })),
  });
}
