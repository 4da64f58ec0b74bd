/** One text to import, as the API and the CLI hand it over. */
export interface ImportInput {
  /** The article in the plain-text import format (README, "The plain-text article format"). */
  text: string;
  /** Locale code of the text, e.g. `az`; must be one of the configured locales. */
  locale: string;
  /** Address of the original the text is based on: a second import of it is a repeat. */
  originalUrl?: string;
  /** Section name in this locale; wins over a section line in the text. */
  section?: string;
  /** Add the text as a new localization of this document instead of a new document. */
  documentId?: string;
  /** The site's own reporting: publishable without an external source. */
  originalReporting?: boolean;
  /** Publish after importing, when the attribution guard allows it. */
  publish?: boolean;
}

export type ImportStatus = 'created' | 'unchanged';

/** The draft version the import created or found. */
export interface ImportedArticle {
  id: number;
  documentId: string;
  locale: string;
  title: string;
  slug: string | null;
}

export type PublishOutcome =
  | { outcome: 'published' }
  | { outcome: 'already-published' }
  /** The attribution guard refused; the draft is kept. */
  | { outcome: 'refused'; reason: string };

export interface ImportResult {
  status: ImportStatus;
  article: ImportedArticle;
  /** What the parser tolerated in the text (see ParsedArticle.warnings). */
  warnings: string[];
  /** Present when `publish` was asked for. */
  publish?: PublishOutcome;
}
