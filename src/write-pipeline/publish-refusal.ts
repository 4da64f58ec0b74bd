import { errors } from '@strapi/utils';
import { firstUnpublishable } from '../attribution/publish-rule';
import { UNATTRIBUTED_FIELD_HINTS, unattributedMessage } from '../editorial/messages';
import type { StoredArticle } from './stored-versions';
import type { WriteContext } from './write-context';

/**
 * Refuses, with a 400 in the editor's terms (the fields' labels, what to do), to publish an
 * unsourced locale. The documentId goes in the details only: on a create-and-publish the
 * create is rolled back with the refusal, so that id never exists.
 */
export function refusePublishing(title: string, documentId: string | null, locale: string): never {
  throw new errors.ValidationError(unattributedMessage(title, locale), {
    documentId,
    locale,
    reason: 'unattributed',
    fields: ['sources', 'originalReporting'],
    // In the shape of Strapi's own validation errors, which the edit view shows at the fields.
    errors: UNATTRIBUTED_FIELD_HINTS.map(({ path, message }) => ({
      path: [...path],
      message,
      name: 'ValidationError',
    })),
  });
}

/** How many Sources a stored version's `sources` entries name. */
export const namedSourcesOf = (version: StoredArticle): number =>
  version.sources.filter((ref) => ref.source?.id).length;

export const isOriginalReporting = (versions: readonly StoredArticle[]): boolean =>
  versions.some((version) => version.originalReporting === true);

/**
 * Before a publish action: every locale about to be published must pass the publish rule.
 * Throws before anything is written, so nothing published changes.
 */
export async function assertPublishable(write: WriteContext): Promise<void> {
  const drafts = await write.storedDrafts();
  const refused = firstUnpublishable(
    drafts.map((draft) => ({ draft, locale: draft.locale, namedSources: namedSourcesOf(draft) })),
    await write.targetLocales(),
    isOriginalReporting(drafts)
  );
  if (refused) refusePublishing(refused.draft.title, write.documentId ?? null, refused.locale);
}
