import { paragraphsToBlocks, type BlocksContent, type ParsedArticle } from '../ingest';

const MAX_DATELINE_LENGTH = 120; // article.dateline

export interface ArticleImportData {
  title: string;
  lead: string;
  body: BlocksContent;
  dateline?: string;
  contentHash: string;
  section?: string;
}

// "(Reuters) - " or "/ТАСС/. " that the parser leaves at the start of the first paragraph.
const LEADING_CREDIT = /^(?:\([^)]{1,40}\)[ ]?[.,]?[ ]?(?:--|[-‐‑‒–—―])|\/[^/]{1,40}\/\.?)[ ]*/u;

/**
 * The Document Service `data` of an imported text. The body keeps every paragraph; the lead is
 * the first one (the wire lede, what listings and meta descriptions show) without the agency
 * credit the dateline left at its start.
 */
export function articleImportData(
  parsed: ParsedArticle,
  hash: string,
  sectionDocumentId?: string
): ArticleImportData {
  const first = parsed.paragraphs[0] ?? '';
  const lead = first.replace(LEADING_CREDIT, '') || first;
  const dateline =
    parsed.dateline && parsed.dateline.length <= MAX_DATELINE_LENGTH ? parsed.dateline : undefined;
  return {
    title: parsed.headline,
    lead,
    body: paragraphsToBlocks(parsed.paragraphs),
    ...(dateline !== undefined && { dateline }),
    contentHash: hash,
    ...(sectionDocumentId !== undefined && { section: sectionDocumentId }),
  };
}
