/*
 * npm run locales -- ...: the compiled CLI run as its own process against a scratch database,
 * judged by its exit code and output, while an app instance runs on the same database (as a
 * server would) to make content and look at the result.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import type { Core } from '@strapi/strapi';
import { anArticle, paragraph, unique } from '../harness/builders';
import { createScratchDatabase, queryDatabase } from '../harness/databases';
import { adminJwt, apiToken, bootStrapi, http, stopStrapi } from '../harness/strapi';

const CLI = path.resolve(__dirname, '../../dist/src/cli/locales.js');
const ARTICLE = 'api::article.article';

let scratch: { url: string; drop: () => Promise<void> };
let runDatabaseUrl: string | undefined;
let strapi: Core.Strapi;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function locales(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: { ...process.env, DATABASE_URL: scratch.url, STRAPI_LOG_LEVEL: 'error' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  runDatabaseUrl = process.env.DATABASE_URL;
  scratch = await createScratchDatabase('locales_cli');
  process.env.DATABASE_URL = scratch.url;
  strapi = await bootStrapi();
});
afterAll(async () => {
  await stopStrapi();
  process.env.DATABASE_URL = runDatabaseUrl;
  await scratch.drop();
});

describe('usage (exit code 2, no database needed)', () => {
  it.each([
    [[]],
    [['frobnicate']],
    [['add']],
    [['add', 'ka', 'ru']],
    [['remove', 'ka', '--nope']],
    [['list', '--force']],
  ])('refuses %j with the usage text', async (args) => {
    const run = await locales(...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: npm run locales --');
    expect(run.stdout).toBe('');
  });

  it('prints the usage and the exit codes on --help (exit 0)', async () => {
    const run = await locales('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Exit codes:[\s\S]*3 +refused[\s\S]*4 +unknown locale/);
  });
});

describe('list', () => {
  it('shows each locale with its name, the default, its documents and its translator role', async () => {
    const created = await strapi.documents(ARTICLE).create({
      locale: 'en',
      status: 'published',
      data: anArticle({ title: unique('Listed article') }) as never,
    });
    expect(created.documentId).toBeDefined();

    const run = await locales('list');
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^code +name +default +articles +published +translator role$/);
    expect(lines.find((line) => line.startsWith('en '))).toMatch(
      /^en +English \(en\) +yes +1 +1 +Translator \(en\)$/
    );

    const json = JSON.parse((await locales('list', '--json')).stdout);
    expect(json.data.find((locale: { code: string }) => locale.code === 'az')).toEqual({
      code: 'az',
      name: 'Azerbaijani (az)',
      isDefault: false,
      articles: 0,
      published: 0,
      translatorRole: 'Translator (az)',
    });
  });
});

describe('add', () => {
  it("adds an ISO code in Strapi's canonical form, with its translator role", async () => {
    const run = await locales('add', 'KA');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toBe('Added locale ka (Georgian (ka)); role "Translator (ka)".\n');
    const rows = await queryDatabase<{ code: string; name: string }>(
      scratch.url,
      "SELECT code, name FROM i18n_locale WHERE lower(code) = 'ka'"
    );
    expect(rows).toEqual([{ code: 'ka', name: 'Georgian (ka)' }]);
    const roles = await queryDatabase<{ name: string }>(
      scratch.url,
      "SELECT name FROM admin_roles WHERE code = 'translator:ka'"
    );
    expect(roles).toEqual([{ name: 'Translator (ka)' }]);
  });

  it('is idempotent: adding it again changes nothing, --name renames it', async () => {
    const again = await locales('add', 'ka');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Locale ka \(Georgian \(ka\)\) exists already; nothing to do/);
    const renamed = await locales('add', 'ka', '--name', 'Georgian');
    expect(renamed.code).toBe(0);
    expect(renamed.stdout).toMatch(/renamed to "Georgian"/);
    const rows = await queryDatabase(scratch.url, "SELECT name FROM i18n_locale WHERE code = 'ka'");
    expect(rows).toEqual([{ name: 'Georgian' }]);
  });

  it('refuses a code Strapi does not know (exit 4), suggesting close ones', async () => {
    const run = await locales('add', 'georgian');
    expect(run.code).toBe(4);
    expect(run.stderr).toMatch(
      /"georgian" is not a locale code Strapi knows\. Did you mean: ka \(Georgian \(ka\)\)/
    );
    expect((await locales('add', 'xx-nope')).code).toBe(4);
  });

  it('leaves one row when two adds of the same code run at once', async () => {
    const [first, second] = await Promise.all([locales('add', 'pt-br'), locales('add', 'PT-BR')]);
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(
      [first.stdout, second.stdout].filter((out) => out.startsWith('Added locale pt-BR'))
    ).toHaveLength(1);
    const rows = await queryDatabase(
      scratch.url,
      "SELECT code FROM i18n_locale WHERE lower(code) = 'pt-br'"
    );
    expect(rows).toEqual([{ code: 'pt-BR' }]);
  });

  it('leaves the database refusing a second row with the same code, in any case', async () => {
    await expect(
      queryDatabase(
        scratch.url,
        "INSERT INTO i18n_locale (document_id, code, name) VALUES ('dup', 'KA', 'Georgian again')"
      )
    ).rejects.toThrow(/i18n_locale_code_ci_unique/);
  });
});

describe('default', () => {
  it('makes a locale the default, and refuses one that does not exist (exit 4)', async () => {
    const run = await locales('default', 'ka');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('Default locale: ka (Georgian), was en.\n');
    expect((await locales('default', 'uz')).code).toBe(4);
  });

  it('refuses to remove the default locale (exit 3)', async () => {
    const run = await locales('remove', 'ka');
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/"ka" is the default locale/);
    expect((await locales('default', 'en')).code).toBe(0);
  });
});

describe('status', () => {
  it('prints what the endpoint answers, as text or as the same JSON', async () => {
    const en = await strapi.documents(ARTICLE).create({
      locale: 'en',
      data: anArticle({ title: unique('Source text') }) as never,
    });
    await strapi.documents(ARTICLE).update({
      documentId: en.documentId,
      locale: 'az',
      data: { title: unique('Tərcümə'), body: [paragraph('Mətn.')] } as never,
    });
    await strapi.documents(ARTICLE).update({
      documentId: en.documentId,
      locale: 'en',
      data: { lead: 'A changed lead.' } as never,
    });

    const json = await locales('status', 'az', '--json');
    expect(json.code).toBe(0);
    const token = await apiToken();
    const endpoint = await http()
      .get('/api/articles/translation-status?locale=az')
      .set({ Authorization: `Bearer ${token}` })
      .expect(200);
    expect(JSON.parse(json.stdout)).toEqual(endpoint.body);
    expect(
      endpoint.body.data.outdated.map((item: { documentId: string }) => item.documentId)
    ).toEqual([en.documentId]);

    const text = await locales('status', 'az');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Translation status of az \(Azerbaijani \(az\)\)/);
    expect(text.stdout).toMatch(
      new RegExp(
        `Outdated in az 1-1 of 1:\\n  ${en.documentId} .*\\(from en, source changed \\d{4}-`
      )
    );
  });

  it('refuses a locale that does not exist (exit 4) and a bad page (exit 2)', async () => {
    expect((await locales('status', 'uz')).code).toBe(4);
    expect((await locales('status', 'az', '--page', 'zero')).code).toBe(2);
  });
});

describe('remove', () => {
  let documentId: string;

  // Set up on the app instance: a locale outside CMS_LOCALES with one published article.
  beforeAll(async () => {
    const jwt = await adminJwt();
    await http()
      .post('/i18n/locales')
      .set({ Authorization: `Bearer ${jwt}` })
      .send({ code: 'uk', name: 'Ukrainian (uk)', isDefault: false })
      .expect(200);
    const created = await strapi.documents(ARTICLE).create({
      locale: 'uk',
      data: anArticle({ title: unique('Стаття українською') }) as never,
    });
    documentId = created.documentId;
    await strapi.documents(ARTICLE).publish({ documentId, locale: 'uk' });
  });

  it('refuses while the locale has articles (exit 3), and deletes nothing', async () => {
    const run = await locales('remove', 'uk');
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/"uk" has 1 article\(s\) and 0 section\(s\).*--force/);
    const rows = await queryDatabase(scratch.url, "SELECT id FROM articles WHERE locale = 'uk'");
    expect(rows).toHaveLength(2);
  });

  it('refuses a locale in CMS_LOCALES (exit 3): every start would add it back', async () => {
    const run = await locales('remove', 'ru', '--force');
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/"ru" is configured \(CMS_LOCALES=/);
  });

  it('with --force exports the articles (draft and published, every field) first, then removes the locale', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'locales-cli-')), 'uk.json');
    const run = await locales('remove', 'uk', '--force', '--export', file);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Exported 1 article(s) and 0 section(s) in uk to ${file}`);
    expect(run.stdout).toContain('Removed locale uk (Ukrainian (uk)).');
    expect(run.stdout).toContain('Removed role "Translator (uk)".');

    const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({
      format: 'newsroom-locale-export/1',
      locale: { code: 'uk', name: 'Ukrainian (uk)' },
      counts: { articles: 1, sections: 0 },
    });
    const [article] = exported.articles;
    expect(article.documentId).toBe(documentId);
    for (const version of [article.draft, article.published]) {
      expect(version).toMatchObject({
        locale: 'uk',
        title: expect.stringMatching(/^Стаття українською/),
      });
      expect(version).toHaveProperty('translation.method', 'original');
      expect(version).toHaveProperty('contentHash');
      expect(version).toHaveProperty('sources');
    }
    expect(article.published.publishedAt).not.toBeNull();

    expect(await queryDatabase(scratch.url, "SELECT id FROM articles WHERE locale = 'uk'")).toEqual(
      []
    );
    expect(
      await queryDatabase(scratch.url, "SELECT id FROM i18n_locale WHERE code = 'uk'")
    ).toEqual([]);
    expect(
      await queryDatabase(scratch.url, "SELECT id FROM admin_roles WHERE code = 'translator:uk'")
    ).toEqual([]);
    // Deleted through the Document Service: no translation component is left without its article.
    const orphans = await queryDatabase(
      scratch.url,
      `SELECT t.id FROM components_attribution_translations t
        WHERE NOT EXISTS (SELECT 1 FROM articles_cmps l
                           WHERE l.cmp_id = t.id AND l.component_type = 'attribution.translation')`
    );
    expect(orphans).toEqual([]);
  });

  it('removes a locale without content without --force, and refuses an unknown one (exit 4)', async () => {
    const run = await locales('remove', 'pt-BR');
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('Exported');
    const gone = await locales('remove', 'uk');
    expect(gone.code).toBe(4);
    expect(gone.stderr).toMatch(/There is no locale "uk"\. Locales: az, en, ka, ru, tr\./);
  });
});
