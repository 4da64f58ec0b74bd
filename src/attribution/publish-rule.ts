/*
 * The publish rule, the one place it is written: every published locale of an article says
 * where it came from. A locale may be published when it names at least one Source, or when
 * the story is the site's own reporting (a flag shared by every locale of the document).
 */

export interface PublishCandidate {
  locale: string;
  /** How many Sources its `sources` entries name (an entry holding only a URL names none). */
  namedSources: number;
}

export function mayPublish(candidate: PublishCandidate, originalReporting: boolean): boolean {
  return originalReporting || candidate.namedSources > 0;
}

/** The first of `candidates` in `locales` that may not be published, if any. */
export function firstUnpublishable<T extends PublishCandidate>(
  candidates: readonly T[],
  locales: readonly string[],
  originalReporting: boolean
): T | null {
  return (
    candidates.find(
      (candidate) => locales.includes(candidate.locale) && !mayPublish(candidate, originalReporting)
    ) ?? null
  );
}
