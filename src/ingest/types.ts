/** An article read from the plain-text import format (README, "The plain-text article format"). */
export interface ParsedArticle {
  /** Site name line, e.g. `Bbabo NET`, when the file has one. */
  site?: string;
  /** Section line, e.g. `Xəbərlər`, when the file has one. */
  section?: string;
  headline: string;
  /** Place name of the dateline only, as written: `Vaşinqton`, `LONDON`, `МОСКВА`. */
  dateline?: string;
  /**
   * Agency credit carried by the dateline (`Reuters`, `AP`, `ТАСС`, `AA`). The credit itself
   * stays in the first paragraph (`(Reuters) - …`, `/ТАСС/. …`) so attribution detection sees it.
   */
  datelineCredit?: string;
  /** Body paragraphs, the dateline place removed from the first one. */
  paragraphs: string[];
  /** Human-readable notes about oddities that were tolerated. */
  warnings: string[];
}

export type ArticleParseErrorReason = 'empty' | 'binary' | 'no-body' | 'headline-too-long';
