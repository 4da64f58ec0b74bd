/** A locale code that Strapi does not know (add), or a locale that does not exist (the others). */
export class UnknownLocaleError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly suggestions: string[] = []
  ) {
    super(message);
    this.name = 'UnknownLocaleError';
  }
}

/** An operation refused because it would lose content or break the site. */
export class LocaleRefusedError extends Error {
  constructor(
    message: string,
    readonly reason: 'default-locale' | 'configured' | 'has-content',
    readonly details: Record<string, unknown> = {}
  ) {
    super(message);
    this.name = 'LocaleRefusedError';
  }
}
