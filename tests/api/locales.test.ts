import path from 'node:path';
import { spawn } from 'node:child_process';
import { bootStrapi, http, adminJwt, stopStrapi } from '../harness/strapi';
import { createScratchDatabase, queryDatabase } from '../harness/databases';

beforeAll(bootStrapi);
afterAll(stopStrapi);

interface Locale {
  code: string;
  isDefault: boolean;
}

describe('locales created at bootstrap', () => {
  it('has en as the default and az always, plus CMS_LOCALES', async () => {
    const response = await http()
      .get('/i18n/locales')
      .set('Authorization', `Bearer ${await adminJwt()}`)
      .expect(200);
    const locales = response.body as Locale[];
    const codes = locales.map((locale) => locale.code).sort();
    expect(codes).toEqual(['az', 'en', 'ru', 'tr']);
    expect(locales.find((locale) => locale.isDefault)?.code).toBe('en');
  });
});

describe('two instances starting at the same moment on one empty database', () => {
  it('both come up and leave exactly one row per locale code', async () => {
    const scratch = await createScratchDatabase('twin');
    try {
      const bootOnce = () =>
        new Promise<{ code: number | null; output: string }>((resolve) => {
          const child = spawn(process.execPath, [path.join(__dirname, '../harness/boot-once.js')], {
            env: { ...process.env, DATABASE_URL: scratch.url },
          });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.on('exit', (code) => resolve({ code, output }));
        });
      const [first, second] = await Promise.all([bootOnce(), bootOnce()]);
      expect(first).toEqual({ code: 0, output: 'booted\n' });
      expect(second).toEqual({ code: 0, output: 'booted\n' });

      const rows = await queryDatabase<{ code: string; rows: string }>(
        scratch.url,
        'SELECT code, count(*) AS rows FROM i18n_locale GROUP BY code ORDER BY code'
      );
      expect(rows).toEqual([
        { code: 'az', rows: '1' },
        { code: 'en', rows: '1' },
        { code: 'ru', rows: '1' },
        { code: 'tr', rows: '1' },
      ]);
    } finally {
      await scratch.drop();
    }
  });
});
