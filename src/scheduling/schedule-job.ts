import type { Core } from '@strapi/strapi';
import { runExclusively } from './run-once';
import { ARTICLE_UID } from '../content-model/uids';

const LOCK_KEY = 'newsroom:scheduled-publications';
const JOB_NAME = 'newsroom-scheduled-publications';

export interface ScheduleRun {
  /** false when another instance held the lock and did this round. */
  ran: boolean;
  published: { documentId: string; locale: string }[];
  unpublished: { documentId: string; locale: string }[];
  refused: { documentId: string; locale: string; message: string }[];
}

interface Row {
  id: number;
  documentId: string;
  locale: string;
}

/*
 * One round of scheduled publishing, at `now`: every draft locale marked "Publish when the
 * embargo lifts" whose embargo has lifted is published (through the Document Service, so the
 * attribution guard still applies), and every published locale whose "Unpublish at" has passed
 * is unpublished. The state is the schedule: the flag is cleared before its publish and
 * "Unpublish at" after its unpublish, so a second run (another instance a moment later) finds
 * nothing to do; the advisory lock keeps two instances from doing the same round at once.
 */
export async function runScheduledPublications(
  strapi: Core.Strapi,
  now: Date = new Date()
): Promise<ScheduleRun> {
  const run: ScheduleRun = { ran: false, published: [], unpublished: [], refused: [] };
  const outcome = await runExclusively(strapi.db.connection, LOCK_KEY, async () => {
    const articles = strapi.db.query(ARTICLE_UID);
    const due = (await articles.findMany({
      where: { publishedAt: null, publishOnEmbargoLift: true, embargoUntil: { $lte: now } },
      select: ['id', 'documentId', 'locale'],
    })) as Row[];
    for (const draft of due) {
      await articles.update({ where: { id: draft.id }, data: { publishOnEmbargoLift: false } });
      try {
        await strapi
          .documents(ARTICLE_UID)
          .publish({ documentId: draft.documentId, locale: draft.locale });
        run.published.push({ documentId: draft.documentId, locale: draft.locale });
      } catch (error) {
        // e.g. the attribution guard: the editor sees the article still a draft, and the log says why.
        const message = error instanceof Error ? error.message : String(error);
        strapi.log.warn(
          `scheduled publish of ${draft.documentId} (${draft.locale}) refused: ${message}`
        );
        run.refused.push({ documentId: draft.documentId, locale: draft.locale, message });
      }
    }

    const expired = (await articles.findMany({
      where: { publishedAt: { $notNull: true }, unpublishAt: { $lte: now } },
      select: ['id', 'documentId', 'locale'],
    })) as Row[];
    for (const published of expired) {
      await strapi
        .documents(ARTICLE_UID)
        .unpublish({ documentId: published.documentId, locale: published.locale });
      run.unpublished.push({ documentId: published.documentId, locale: published.locale });
    }
    // Done: a later publish is not undone by a date already passed.
    const documentIds = [...new Set(expired.map((row) => row.documentId))];
    if (documentIds.length > 0) {
      await articles.updateMany({
        where: { documentId: { $in: documentIds }, unpublishAt: { $lte: now } },
        data: { unpublishAt: null },
      });
    }
  });
  run.ran = outcome.ran;
  return run;
}

/** At second 0 of every minute, where Strapi's cron runs (`npm run develop` / `start`). */
export function scheduleArticlePublications(strapi: Core.Strapi): void {
  strapi.cron.add({
    [JOB_NAME]: {
      task: async () => {
        try {
          await runScheduledPublications(strapi);
        } catch (error) {
          strapi.log.error(`scheduled publishing failed: ${String(error)}`);
        }
      },
      options: { rule: '0 * * * * *' },
    },
  });
}
