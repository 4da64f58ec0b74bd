/*
 * The newsroom's editorial tools on the server: pasted empty paragraphs dropped on save,
 * corrections (REST, GraphQL, JSON-LD, translations marked outdated), embargo and schedule.
 */
import type { Core } from '@strapi/strapi';
import { anArticle, paragraph, unique } from '../harness/builders';
import { adminJwt, apiToken, bootStrapi, http, stopStrapi } from '../harness/strapi';
import { timeUntil } from '../harness/instances';
import {
  runScheduledPublications,
  scheduleArticlePublications,
} from '../../src/scheduling/schedule-job';

const ARTICLE = 'api::article.article';
const CM = '/content-manager/collection-types/api::article.article';

let strapi: Core.Strapi;
let token: string;
let jwt: string;
const auth = () => ({ Authorization: `Bearer ${token}` });
const admin = () => ({ Authorization: `Bearer ${jwt}` });

beforeAll(async () => {
  strapi = await bootStrapi();
  token = await apiToken();
  jwt = await adminJwt();
});
afterAll(stopStrapi);

const hours = (n: number) => new Date(Date.now() + n * 3600_000).toISOString();

function create(locale: string, data: Record<string, unknown>, status = 'draft') {
  return http().post(`/api/articles?locale=${locale}&status=${status}`).set(auth()).send({ data });
}

async function rows(documentId: string) {
  return (await strapi.db.query(ARTICLE).findMany({
    where: { documentId },
    populate: { translation: true, corrections: true },
  })) as {
    id: number;
    locale: string;
    publishedAt: string | null;
    body: unknown[];
    embargoUntil: string | null;
    unpublishAt: string | null;
    publishOnEmbargoLift: boolean | null;
    translation: { status: string; from: string | null } | null;
    corrections: { note: string; correctedAt: string }[];
  }[];
}

describe('pasted text', () => {
  it('is saved without the empty paragraphs between its paragraphs', async () => {
    const nine = Array.from({ length: 9 }, (_, i) => paragraph(`Paragraph ${i + 1}.`));
    const pasted = nine.flatMap((block, i) => (i === 0 ? [block] : [paragraph(''), block]));
    expect(pasted).toHaveLength(17);
    const created = await create('en', anArticle({ body: pasted })).expect(201);
    expect(created.body.data.body).toEqual(nine);

    const { documentId } = created.body.data;
    const updated = await http()
      .put(`/api/articles/${documentId}?locale=en&status=draft`)
      .set(auth())
      .send({ data: { body: [paragraph(' '), paragraph('Only one.'), paragraph('\u00a0')] } })
      .expect(200);
    expect(updated.body.data.body).toEqual([paragraph('Only one.')]);
  });
});

describe('corrections', () => {
  const note = 'An earlier version of this article gave the wrong date for the talks.';

  async function publishedWithTranslation() {
    const created = await create('en', anArticle({ title: unique('Talks') }), 'published').expect(
      201
    );
    const { documentId } = created.body.data;
    await http()
      .put(`/api/articles/${documentId}?locale=az&status=published`)
      .set(auth())
      .send({ data: { title: unique('Danışıqlar'), body: [paragraph('Danışıqlar.')] } })
      .expect(200);
    return documentId as string;
  }

  it('are served to sites in REST, GraphQL and JSON-LD once published', async () => {
    const documentId = await publishedWithTranslation();
    await http()
      .put(`/api/articles/${documentId}?locale=en&status=published`)
      .set(auth())
      .send({ data: { corrections: [{ note, correctedAt: '2026-12-01T09:00:00.000Z' }] } })
      .expect(200);

    const rest = await http().get(`/api/articles/${documentId}?locale=en`).expect(200);
    expect(rest.body.data.corrections).toEqual([
      expect.objectContaining({ note, correctedAt: '2026-12-01T09:00:00.000Z' }),
    ]);
    const slug = rest.body.data.slug as string;
    const bySlug = await http().get(`/api/articles/by-slug/${slug}?locale=en`).expect(200);
    expect(bySlug.body.data.corrections).toEqual([expect.objectContaining({ note })]);

    const graphql = await http()
      .post('/graphql')
      .send({
        query: `query($slug: String!) { articleBySlug(slug: $slug, locale: "en") {
          corrections { note correctedAt } } }`,
        variables: { slug },
      })
      .expect(200);
    expect(graphql.body.errors).toBeUndefined();
    expect(graphql.body.data.articleBySlug.corrections).toEqual([
      { note, correctedAt: '2026-12-01T09:00:00.000Z' },
    ]);

    const jsonld = await http().get(`/api/articles/${documentId}/jsonld?locale=en`).expect(200);
    expect(JSON.parse(jsonld.text).correction).toEqual([
      { '@type': 'CorrectionComment', text: note, datePublished: '2026-12-01T09:00:00.000Z' },
    ]);
  });

  it('are dated when they are made if the editor gives no date', async () => {
    const created = await create('en', anArticle()).expect(201);
    const before = Date.now();
    const { documentId } = created.body.data;
    await http()
      .put(`/api/articles/${documentId}?locale=en&status=draft`)
      .set(auth())
      .send({ data: { corrections: [{ note: 'The name was misspelled.' }] } })
      .expect(200);
    const [correction] = (await rows(documentId))[0].corrections;
    expect(Date.parse(correction.correctedAt)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('mark the translations made from a corrected published locale outdated', async () => {
    const documentId = await publishedWithTranslation();
    const az = () =>
      rows(documentId).then((all) => all.find((r) => r.locale === 'az' && !r.publishedAt));
    expect((await az())?.translation).toMatchObject({ from: 'en', status: 'current' });
    await http()
      .put(`/api/articles/${documentId}?locale=en&status=draft`)
      .set(auth())
      .send({ data: { corrections: [{ note }] } })
      .expect(200);
    expect((await az())?.translation?.status).toBe('outdated');
  });

  it('do not mark translations outdated when a save leaves them as they were', async () => {
    const documentId = await publishedWithTranslation();
    const set = (corrections: unknown[]) =>
      http()
        .put(`/api/articles/${documentId}?locale=en&status=draft`)
        .set(auth())
        .send({ data: { corrections } })
        .expect(200);
    await set([{ note }]);
    // The translator catches up…
    await http()
      .put(`/api/articles/${documentId}?locale=az&status=draft`)
      .set(auth())
      .send({ data: { body: [paragraph('Danışıqlar, düzəlişlə.')] } })
      .expect(200);
    // …and a later save of the same correction changes nothing for them.
    const stored = (await rows(documentId)).find((r) => r.locale === 'en' && !r.publishedAt);
    await set(stored!.corrections.map((c) => ({ note: c.note, correctedAt: c.correctedAt })));
    const az = (await rows(documentId)).find((r) => r.locale === 'az' && !r.publishedAt);
    expect(az?.translation?.status).toBe('current');
  });
});

describe('embargo', () => {
  it('refuses a publish before the embargo lifts, saying until when and how to schedule', async () => {
    const embargoUntil = hours(3);
    const response = await create(
      'en',
      anArticle({ title: 'Embargoed talks', embargoUntil }),
      'published'
    ).expect(400);
    expect(response.body).toMatchObject({
      data: null,
      error: {
        status: 400,
        name: 'ValidationError',
        details: { reason: 'embargoed', embargoUntil, scheduled: false, locale: 'en' },
      },
    });
    expect(response.body.error.message).toMatch(
      /under embargo until .* "Publish when the embargo lifts"/
    );
  });

  it('refuses it in the admin panel too, for every locale (translations inherit the embargo)', async () => {
    const created = await create('en', anArticle({ embargoUntil: hours(2) })).expect(201);
    const { documentId } = created.body.data;
    await http()
      .put(`/api/articles/${documentId}?locale=az&status=draft`)
      .set(auth())
      .send({ data: { title: unique('Embarqo'), body: [paragraph('Mətn.')] } })
      .expect(200);
    const az = (await rows(documentId)).find((r) => r.locale === 'az');
    expect(az?.embargoUntil).toBe(created.body.data.embargoUntil);

    const refused = await http()
      .post(`${CM}/${documentId}/actions/publish?locale=az`)
      .set(admin())
      .send({})
      .expect(400);
    expect(refused.body.error.details).toMatchObject({ reason: 'embargoed', locale: 'az' });
    expect((await rows(documentId)).filter((r) => r.publishedAt)).toHaveLength(0);
    // The public never sees it.
    await http().get(`/api/articles/${documentId}?locale=az`).expect(404);
  });

  it('publishes once the embargo has passed', async () => {
    const created = await create('en', anArticle({ embargoUntil: hours(-1) }), 'published');
    expect(created.status).toBe(201);
  });

  it('publishes a scheduled article when the embargo lifts, once, and not before', async () => {
    const created = await create(
      'en',
      anArticle({ embargoUntil: hours(1), publishOnEmbargoLift: true })
    ).expect(201);
    const { documentId } = created.body.data;
    const scheduled = await http()
      .put(`/api/articles/${documentId}?locale=en&status=published`)
      .set(auth())
      .send({ data: {} })
      .expect(400);
    expect(scheduled.body.error.details.scheduled).toBe(true);
    expect(scheduled.body.error.message).toMatch(/scheduled to be published automatically/);

    const early = await runScheduledPublications(strapi);
    expect(early.published).not.toContainEqual({ documentId, locale: 'en' });

    // The hour passes.
    await strapi.db
      .query(ARTICLE)
      .updateMany({ where: { documentId }, data: { embargoUntil: hours(-0.01) } });
    const due = await runScheduledPublications(strapi);
    expect(due.published).toContainEqual({ documentId, locale: 'en' });
    await http().get(`/api/articles/${documentId}?locale=en`).expect(200);

    const again = await runScheduledPublications(strapi);
    expect(again.published).not.toContainEqual({ documentId, locale: 'en' });
  });

  it('leaves an unattributed scheduled article a draft, saying why', async () => {
    const created = await create(
      'en',
      anArticle({ originalReporting: false, embargoUntil: hours(-1), publishOnEmbargoLift: true })
    ).expect(201);
    const { documentId } = created.body.data;
    const run = await runScheduledPublications(strapi);
    expect(run.refused).toContainEqual(
      expect.objectContaining({ documentId, message: expect.stringMatching(/names no source/) })
    );
    expect((await rows(documentId)).filter((r) => r.publishedAt)).toHaveLength(0);
  });
});

describe('scheduled unpublish', () => {
  it('takes a published article down once "Unpublish at" has passed', async () => {
    const created = await create('en', anArticle({ unpublishAt: hours(1) }), 'published').expect(
      201
    );
    const { documentId } = created.body.data;
    expect((await runScheduledPublications(strapi)).unpublished).not.toContainEqual({
      documentId,
      locale: 'en',
    });
    await strapi.db
      .query(ARTICLE)
      .updateMany({ where: { documentId }, data: { unpublishAt: hours(-0.01) } });
    // This round takes it down, unless the app's own scheduler (every instance runs one) got
    // there first: then this round skipped it or found it already done. Either way it goes.
    await runScheduledPublications(strapi);
    for (;;) {
      const response = await http().get(`/api/articles/${documentId}?locale=en`);
      if (response.status === 404) break;
      expect(response.status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 200));
      await runScheduledPublications(strapi);
    }
    // Done with: publishing it again is not undone by the next round.
    const [draft] = await rows(documentId);
    expect(draft.unpublishAt).toBeNull();
  });
});

describe('the scheduled job', () => {
  it('publishes a locale whose embargo lifted on its own, where the app runs its clock', async () => {
    const created = await create(
      'en',
      anArticle({ embargoUntil: hours(-1), publishOnEmbargoLift: true })
    ).expect(201);
    const { documentId } = created.body.data;
    // Test instances run no clock (CRON_ENABLED unset); this one does, for this test only.
    strapi.config.set('server.cron.enabled', true);
    const job = await scheduleArticlePublications(strapi);
    try {
      expect(job).not.toBeNull();
      await timeUntil(async () => (await rows(documentId)).some((row) => row.publishedAt), 30_000);
    } finally {
      await job?.stop();
      strapi.config.set('server.cron.enabled', false);
    }
    expect(await scheduleArticlePublications(strapi)).toBeNull();
  });
});

describe('the Attribution panel (admin route)', () => {
  const panel = (documentId: string, locale: string) =>
    http().get(`/newsroom/attribution/${documentId}?locale=${locale}`).set(admin());

  it('shows the sources with the phrase each was found by, and that the locale can be published', async () => {
    const created = await create('az', {
      title: unique('Blinken'),
      lead: 'Reuters agentliyinin verdiyi məlumata görə, Blinken danışıb.',
    }).expect(201);
    const response = await panel(created.body.data.documentId, 'az').expect(200);
    expect(response.body.data).toMatchObject({
      locale: 'az',
      line: 'Mənbə: Reuters',
      sources: [
        { name: 'Reuters', quotedAs: 'Reuters agentliyinin verdiyi məlumata görə', detected: true },
      ],
      publish: { allowed: true, reasons: [] },
    });
  });

  it('heads each Sources entry with the agency name', async () => {
    const created = await create('en', {
      title: unique('Oil'),
      lead: 'LONDON (Reuters) - Oil rose.',
    }).expect(201);
    const [draft] = (await strapi.db.query(ARTICLE).findMany({
      where: { documentId: created.body.data.documentId },
      populate: { sources: true },
    })) as { sources: { agency: string | null }[] }[];
    expect(draft.sources.map((ref) => ref.agency)).toEqual(['Reuters']);
    // Private: for the edit view, not for sites.
    const rest = await http()
      .get(`/api/articles/${created.body.data.documentId}?locale=en&status=draft`)
      .set(auth())
      .expect(200);
    expect(rest.body.data.sources[0]).not.toHaveProperty('agency');
  });

  it('says why an unattributed locale cannot be published, in the labels of the fields', async () => {
    const created = await create('en', anArticle({ originalReporting: false })).expect(201);
    const response = await panel(created.body.data.documentId, 'en').expect(200);
    expect(response.body.data.publish.allowed).toBe(false);
    expect(response.body.data.publish.reasons).toEqual([
      expect.objectContaining({ reason: 'unattributed', fields: ['sources', 'originalReporting'] }),
    ]);
    const [reason] = response.body.data.publish.reasons;
    expect(reason.message).toMatch(/"Sources".*"Original reporting"/);
    expect(reason.message).not.toMatch(/originalReporting|documentId/);
  });

  it('shows the sources a translation inherits from its origin locale, and an embargo', async () => {
    const created = await create('en', {
      title: unique('Talks'),
      lead: 'LONDON (Reuters) - Talks went on.',
      embargoUntil: hours(5),
    }).expect(201);
    const { documentId } = created.body.data;
    await http()
      .put(`/api/articles/${documentId}?locale=az&status=draft`)
      .set(auth())
      .send({ data: { title: unique('Danışıqlar'), body: [paragraph('Danışıqlar davam edib.')] } })
      .expect(200);
    const response = await panel(documentId, 'az').expect(200);
    expect(response.body.data.inherited).toEqual([{ name: 'Reuters', locale: 'en' }]);
    // The inherited Source attributes the translation: only the embargo holds it back.
    expect(response.body.data.publish.reasons.map((r: { reason: string }) => r.reason)).toEqual([
      'embargoed',
    ]);
  });

  it('needs an admin session, a known locale and an existing draft', async () => {
    await http().get('/newsroom/attribution/x?locale=en').expect(401);
    const bad = await panel('x', 'xx-nope').expect(400);
    expect(bad.body.error.name).toBe('ValidationError');
    await panel('no-such-document', 'en').expect(404);
  });
});
