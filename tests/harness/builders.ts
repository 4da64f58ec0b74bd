/** Request bodies for articles, built from a few choices; tests override what they care about. */
let counter = 0;

export interface ArticleInput {
  title: string;
  lead?: string;
  body?: unknown;
  dateline?: string;
  originalReporting?: boolean;
  [field: string]: unknown;
}

export function paragraph(text: string) {
  return { type: 'paragraph', children: [{ type: 'text', text }] };
}

/** An article the publish guard accepts: the site's own reporting unless told otherwise. */
export function anArticle(overrides: Partial<ArticleInput> = {}): ArticleInput {
  counter += 1;
  return {
    title: `Test article ${counter} ${Date.now().toString(36)}`,
    lead: 'A lead paragraph.',
    body: [paragraph('First paragraph of the body.')],
    originalReporting: true,
    ...overrides,
  };
}

export function unique(label: string): string {
  counter += 1;
  return `${label} ${counter}-${Math.random().toString(36).slice(2, 8)}`;
}
