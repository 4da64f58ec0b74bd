import knownSourcesData from './data/known-sources.json';

export type SourceKind = 'news-agency' | 'newspaper' | 'broadcaster' | 'government' | 'other';

/** A news outlet the CMS knows before any article mentions it (seeded as a verified Source). */
export interface SourceSeed {
  readonly name: string;
  readonly slug: string;
  readonly kind: SourceKind;
  readonly url: string;
  /** ISO 3166-1 alpha-2 code of the country the outlet is based in. */
  readonly country: string;
  /** Other spellings, abbreviations and transliterations, as they appear in articles. */
  readonly aliases: readonly string[];
}

export { canonicalizeUnknownName, createSourceResolver } from './resolver';
export type { SourceResolver } from './resolver';

const SOURCE_KINDS: readonly SourceKind[] = [
  'news-agency',
  'newspaper',
  'broadcaster',
  'government',
  'other',
];

/**
 * The outlets the CMS knows, in data (src/attribution/data/known-sources.json) so that adding
 * an outlet or a spelling is an edit of a list, not of code. Earlier entries win an alias two
 * entries share. Checked on load: a malformed entry is a programming error, not a runtime case.
 */
export const KNOWN_SOURCES: readonly SourceSeed[] = (knownSourcesData as unknown[]).map(checkSeed);

function checkSeed(entry: unknown, index: number): SourceSeed {
  const seed = entry as Partial<SourceSeed>;
  const ok =
    typeof seed?.name === 'string' &&
    typeof seed.slug === 'string' &&
    /^[a-z0-9-]+$/.test(seed.slug) &&
    SOURCE_KINDS.includes(seed.kind as SourceKind) &&
    typeof seed.url === 'string' &&
    typeof seed.country === 'string' &&
    Array.isArray(seed.aliases) &&
    seed.aliases.every((alias) => typeof alias === 'string' && alias.trim() === alias && alias);
  if (!ok) throw new Error(`known-sources.json: entry ${index} is malformed`);
  return seed as SourceSeed;
}
