import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ArticleParseError, contentHash, parseArticleText, type ParsedArticle } from '../ingest';
import { describeBadLocale, knownLocaleCodes } from '../locales/known';
import { unparseableText } from './errors';
import type { ImportInput } from './types';

/** Same limit as the HTTP body parser's (config/middlewares.ts), for the CLI too. */
export const MAX_TEXT_BYTES = 1024 * 1024;
const MAX_URL_LENGTH = 2000; // attribution.source-ref originalUrl
const MAX_SECTION_LENGTH = 120; // section name
const MAX_DOCUMENT_ID_LENGTH = 64;

/** An import whose input is checked and whose text is parsed: ready for the database. */
export interface PreparedImport {
  locale: string;
  parsed: ParsedArticle;
  hash: string;
  originalUrl?: string;
  section?: string;
  documentId?: string;
  originalReporting: boolean;
  publish: boolean;
}

/**
 * Checks the input and parses the text, before any database write: every refusal here is a
 * 4xx-style Strapi error with a message that says what to fix.
 */
export async function prepareImport(
  strapi: Core.Strapi,
  input: ImportInput
): Promise<PreparedImport> {
  const { text, locale } = input;
  if (typeof text !== 'string' || text.trim() === '') {
    throw new errors.ValidationError('The text is empty: send the article as plain text.', {
      field: 'text',
    });
  }
  if (Buffer.byteLength(text, 'utf8') > MAX_TEXT_BYTES) {
    throw new errors.PayloadTooLargeError(
      `The text is larger than ${MAX_TEXT_BYTES / 1024 / 1024} MB: no article is that long.`
    );
  }
  await assertKnownLocale(strapi, locale);

  let parsed: ParsedArticle;
  try {
    parsed = parseArticleText(text);
  } catch (error) {
    if (error instanceof ArticleParseError) throw unparseableText(error);
    throw error;
  }

  return {
    locale,
    parsed,
    hash: contentHash(parsed),
    originalUrl: normalizeOriginalUrl(input.originalUrl),
    section: normalizeSection(input.section),
    documentId: normalizeDocumentId(input.documentId),
    originalReporting: input.originalReporting === true,
    publish: input.publish === true,
  };
}

async function assertKnownLocale(strapi: Core.Strapi, locale: unknown): Promise<void> {
  if (typeof locale !== 'string' || locale === '') {
    throw new errors.ValidationError('A locale is required, e.g. "az".', { field: 'locale' });
  }
  // `*` reads every locale; a text is written in exactly one.
  const problem =
    locale === '*'
      ? 'locale must be one locale code, not "*"'
      : describeBadLocale(locale, await knownLocaleCodes(strapi));
  if (problem) throw new errors.ValidationError(problem, { field: 'locale', locale });
}

/**
 * The address as it is stored and compared: absolute http(s), host lower-cased by the URL
 * parser, without the #fragment (it names a place in the same page).
 */
export function normalizeOriginalUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new errors.ValidationError(
      `originalUrl is not an absolute URL: "${trimmed.slice(0, 100)}"`,
      {
        field: 'originalUrl',
      }
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new errors.ValidationError('originalUrl must be an http or https address.', {
      field: 'originalUrl',
    });
  }
  url.hash = '';
  const normalized = url.toString();
  if (normalized.length > MAX_URL_LENGTH) {
    throw new errors.ValidationError(`originalUrl is longer than ${MAX_URL_LENGTH} characters.`, {
      field: 'originalUrl',
    });
  }
  return normalized;
}

function normalizeSection(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const name = value.replace(/\s+/g, ' ').trim();
  if (name === '') return undefined;
  if (name.length > MAX_SECTION_LENGTH) {
    throw new errors.ValidationError(`section is longer than ${MAX_SECTION_LENGTH} characters.`, {
      field: 'section',
    });
  }
  return name;
}

function normalizeDocumentId(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const id = value.trim();
  if (id === '' || id.length > MAX_DOCUMENT_ID_LENGTH || !/^[A-Za-z0-9_-]+$/.test(id)) {
    throw new errors.ValidationError(`documentId is not a document id: "${id.slice(0, 80)}"`, {
      field: 'documentId',
    });
  }
  return id;
}
