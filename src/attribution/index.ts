export { slugify, slugWithSuffix, MAX_SLUG_LENGTH } from './slug';
export { foldCase, matchKey } from './case-fold';
export { KNOWN_SOURCES, type SourceKind, type SourceSeed } from './registry';
export {
  canonicalizeUnknownName,
  createSourceResolver,
  type NamedSource,
  type SourceResolver,
} from './resolver';
export { detectAttributions, type DetectedAttribution } from './detect';
export {
  createKnownNames,
  defaultKnownNames,
  reusingKnownNames,
  type KnownNames,
} from './detection/known-names';
export {
  extractText,
  paragraphsToBlocks,
  type ArticleTextInput,
  type ParagraphBlock,
} from './text';
export { renderAttributionLine, type AttributionLineInput, type TranslationMethod } from './line';
