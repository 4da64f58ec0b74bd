import { errors } from '@strapi/utils';
import type { ArticleParseError } from '../ingest';

/**
 * An ApplicationError with its own HTTP status. Strapi's error middleware answers 400 for any
 * ApplicationError it does not know, so the import controller writes these itself.
 */
export class StatusError extends errors.ApplicationError<string, string, Record<string, unknown>> {
  readonly status: number;

  constructor(
    status: number,
    name: string,
    message: string,
    details: Record<string, unknown> = {}
  ) {
    super(message, details);
    this.name = name;
    this.status = status;
  }
}

/** The document already has a version in this locale: an import only adds new localizations. */
export const localizationExists = (documentId: string, locale: string) =>
  new StatusError(
    409,
    'ConflictError',
    `Article ${documentId} already has a "${locale}" version with other text. Import adds new ` +
      'localizations only: edit that version instead, or import without documentId.',
    { documentId, locale }
  );

export const unsupportedMediaType = (contentType: string) =>
  new StatusError(
    415,
    'UnsupportedMediaTypeError',
    `Send the article as application/json ({"text": …, "locale": …}) or as text/plain with ` +
      `?locale=…, not as ${contentType.slice(0, 100)}.`,
    { contentType: contentType.slice(0, 100) }
  );

/** The parser's refusal as a 400 that says why. */
export const unparseableText = (error: ArticleParseError) =>
  new errors.ValidationError(`The text cannot be imported as an article: ${error.message}`, {
    reason: error.reason,
  });
