import type { Core } from '@strapi/strapi';
import { scheduleJob, type ScheduledJob } from '../coherence';
import { ARTICLE_UID } from '../content-model/uids';

const JOB_NAME = 'scheduled-publications';
/** How late a scheduled publish or unpublish may be, at most. */
const EVERY = '15s';

export interface ScheduleRun {
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
 * "Unpublish at" after its unpublish, so a second run finds nothing to do. The scheduler
 * (scheduleJob) runs one round at a time across every instance.
 */
export async function runScheduledPublications(
  strapi: Core.Strapi,
  now: Date = new Date()
): Promise<ScheduleRun> {
  const run: ScheduleRun = { published: [], unpublished: [], refused: [] };
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
  return run;
}

/**
 * Every 15 s, once across all instances, where the app runs its clock (`npm run develop` /
 * `start` set CRON_ENABLED; tests and CLI commands do not).
 */
export async function scheduleArticlePublications(
  strapi: Core.Strapi
): Promise<ScheduledJob | null> {
  if (!strapi.config.get('server.cron.enabled', false)) return null;
  return scheduleJob(strapi, JOB_NAME, EVERY, async () => {
    const run = await runScheduledPublications(strapi);
    for (const { documentId, locale } of run.published)
      strapi.log.info(`scheduled publish of ${documentId} (${locale})`);
    for (const { documentId, locale } of run.unpublished)
      strapi.log.info(`scheduled unpublish of ${documentId} (${locale})`);
  });
}
