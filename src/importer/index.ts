// Strapi glue for importing plain-text articles (src/ingest parses them): one article through
// importArticle, the HTTP request shape, and the batch runner behind the CLI and the seed.
export { importArticle } from './import-article';
export { prepareImport, MAX_TEXT_BYTES } from './prepare';
export { StatusError } from './errors';
export { readImportRequest } from './request';
export type { ImportRequest } from './request';
export { loadImportedArticle } from './view';
export type { ImportedArticleView } from './view';
export { importFiles, dryRunFiles } from './batch';
export type { ImportJob, JobOutcome, DryRunOutcome, BatchOptions } from './batch';
export { collectTextFiles, readArticleFile } from './files';
export type {
  ImportInput,
  ImportResult,
  ImportStatus,
  ImportedArticle,
  PublishOutcome,
} from './types';
