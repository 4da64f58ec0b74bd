/*
 * The document-service parameters that choose or compare versions of a document. The public
 * reads published rows only, so for it they could only say something about drafts: `status`
 * other than "published", `publicationFilter` (which published rows have pending edits, which
 * documents were never published…) and its older boolean form `hasPublishedVersion`.
 */
export const PUBLICATION_PARAMS = ['status', 'publicationFilter', 'hasPublishedVersion'] as const;

type PublicationParams = Partial<Record<(typeof PUBLICATION_PARAMS)[number], unknown>>;

/** Why the public may not send these parameters, or null when they ask for nothing but published rows. */
export function publicPublicationParamProblem(params: PublicationParams): string | null {
  if (params.status !== undefined && params.status !== null && params.status !== 'published') {
    return 'status: the public reads published content only (drafts are for API tokens and the admin)';
  }
  for (const name of ['publicationFilter', 'hasPublishedVersion'] as const) {
    if (params[name] !== undefined && params[name] !== null) {
      return `${name}: the public reads published content only (it is for API tokens and the admin)`;
    }
  }
  return null;
}
