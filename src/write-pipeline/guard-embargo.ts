import { errors } from '@strapi/utils';
import { embargoRefusal, type EmbargoState } from '../scheduling/embargo';
import type { WriteStep } from './write-context';

/*
 * No path publishes an article under embargo: the publish action, and create/update with
 * status "published", which Strapi publishes without the publish action. Feeds, sitemaps and
 * search read only published rows, so refusing the publish is what keeps the article from the
 * public. Throws before anything is written.
 */
export const guardEmbargo: WriteStep = async (write, next) => {
  if (!write.isArticle) return next();
  const now = new Date();

  if (write.action === 'publish' && write.documentId) {
    const wanted = await write.targetLocales();
    for (const draft of await write.storedDrafts()) {
      if (wanted.includes(draft.locale)) refuseIf(draft, now);
    }
    return next();
  }

  if (write.writesData && write.params.status === 'published') {
    const data = write.data ?? {};
    const drafts = await write.storedDrafts();
    const stored = await write.storedDraft();
    refuseIf(
      {
        locale: await write.locale(),
        title: String(('title' in data ? data.title : stored?.title) ?? ''),
        // Shared by every locale: another locale's value holds for a new localization.
        embargoUntil:
          'embargoUntil' in data ? (data.embargoUntil as string) : drafts[0]?.embargoUntil,
        publishOnEmbargoLift:
          'publishOnEmbargoLift' in data
            ? data.publishOnEmbargoLift === true
            : stored?.publishOnEmbargoLift,
      },
      now
    );
  }
  return next();
};

function refuseIf(state: EmbargoState, now: Date): void {
  const refusal = embargoRefusal(state, now);
  if (refusal) throw new errors.ValidationError(refusal.message, refusal.details);
}
