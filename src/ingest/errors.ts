import type { ArticleParseErrorReason } from './types';

/** Thrown when a text cannot be read as an article; nothing should be written for it. */
export class ArticleParseError extends Error {
  readonly reason: ArticleParseErrorReason;

  constructor(reason: ArticleParseErrorReason, message: string) {
    super(message);
    this.name = 'ArticleParseError';
    this.reason = reason;
    // Keeps `instanceof` working when compiled to ES5-style classes by other toolchains.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}
