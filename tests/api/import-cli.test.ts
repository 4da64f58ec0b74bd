/*
 * The import and seed commands as an editor runs them: compiled (global setup compiled the
 * app to dist/), as subprocesses, against this run's database (DATABASE_URL from global setup).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contentHash, parseArticleText } from '../../src/ingest';
import { unique } from '../harness/builders';
import { queryDatabase } from '../harness/databases';

const ROOT = path.resolve(__dirname, '..', '..');
const IMPORT = path.join(ROOT, 'dist', 'src', 'cli', 'import.js');
const SEED = path.join(ROOT, 'dist', 'src', 'cli', 'seed.js');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: ROOT,
      env: { ...process.env, STRAPI_LOG_LEVEL: 'error' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function story(label: string, credit = true): string {
  return [
    `Ferry service resumes on the ${label} route`,
    '',
    credit
      ? `LONDON, Nov 24 (Reuters) - Ferries on the ${label} route sailed again on Monday.`
      : `LONDON, - Ferries on the ${label} route sailed again on Monday, our reporter saw.`,
    '',
    `The ${label} route had been closed for a week by storms. Tickets remain valid.`,
  ].join('\n');
}

const hashOf = (text: string) => contentHash(parseArticleText(text));

async function articlesWithHash(text: string): Promise<{ published: boolean }[]> {
  return queryDatabase<{ published: boolean }>(
    process.env.DATABASE_URL as string,
    `SELECT published_at IS NOT NULL AS published FROM articles WHERE content_hash = '${hashOf(text)}'`
  );
}

let workDir: string;
beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-import-cli-'));
});
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

/** A folder of files; `name → text`, names may contain a subfolder. */
function folder(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(workDir, 'batch-'));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('usage errors exit with 2, before touching the database', () => {
  it('--help prints the usage and exits 0', async () => {
    const result = await run(IMPORT, ['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Usage: npm run import -- --locale <code>/);
  });

  it.each([
    ['no arguments', [], /--locale is required/],
    ['no files', ['--locale', 'en'], /Name at least one file or folder/],
    ['an unknown option', ['--locale', 'en', '--nope', '.'], /Unknown option '--nope'/],
    ['a malformed locale', ['--locale', 'e n', '.'], /not a locale code/],
    ['a bad concurrency', ['--locale', 'en', '--concurrency', '0', '.'], /--concurrency/],
  ])('%s', async (_label, args, message) => {
    const result = await run(IMPORT, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('a path that does not exist', async () => {
    const result = await run(IMPORT, ['--locale', 'en', path.join(workDir, 'nowhere')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/No such file or folder: .*nowhere/);
  });

  it('a locale the CMS does not serve', async () => {
    const dir = folder({ 'a.txt': story(unique('zz')) });
    const result = await run(IMPORT, ['--locale', 'zz', dir]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown locale "zz"\. Available locales: .*en/);
  });
});

describe('a folder with one broken file', () => {
  const good1 = story(unique('north'));
  const good2 = story(unique('south'));
  let dir: string;

  beforeAll(() => {
    dir = folder({
      'one.txt': good1,
      'nested/deeper/two.txt': good2,
      'broken.txt': 'Only a headline, nothing else',
      'notes.md': '# not an article: only *.txt files are imported from folders',
    });
  });

  it('--dry-run reports the broken file, exits 1 and writes nothing', async () => {
    const result = await run(IMPORT, ['--locale', 'en', '--dry-run', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Dry run: 2 parsed, 1 failed/);
    expect(result.stdout).toMatch(/broken\.txt: The text cannot be imported as an article/);
    expect(await articlesWithHash(good1)).toHaveLength(0);
  });

  it('imports the others, names the failure and its reason, and exits 1', async () => {
    const result = await run(IMPORT, ['--locale', 'en', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Summary: 2 created, 0 unchanged, 1 failed/m);
    expect(result.stdout).toMatch(/^Failed:\n {2}- .*broken\.txt: The text cannot be imported/m);
    expect(result.stdout).not.toMatch(/notes\.md/);
    // Not a terminal: one plain line per file instead of a progress bar.
    expect(result.stdout).toMatch(/^\[3\/3\] /m);
    expect(await articlesWithHash(good1)).toEqual([{ published: false }]);
    expect(await articlesWithHash(good2)).toEqual([{ published: false }]);
  });

  it('a second run finds them unchanged and, without the broken file, exits 0', async () => {
    fs.rmSync(path.join(dir, 'broken.txt'));
    const result = await run(IMPORT, ['--locale', 'en', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Summary: 0 created, 2 unchanged, 0 failed/m);
    expect(await articlesWithHash(good1)).toHaveLength(1);
  });
});

describe('--publish', () => {
  it('publishes what the attribution guard accepts, reports the refused and exits 1', async () => {
    const sourced = story(unique('east'));
    const unsourced = story(unique('west'), false);
    const dir = folder({ 'sourced.txt': sourced, 'unsourced.txt': unsourced });
    const result = await run(IMPORT, ['--locale', 'en', '--publish', dir]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Summary: 2 created, 0 unchanged, 0 failed/m);
    expect(result.stdout).toMatch(/^Published: 1 now, 0 already published, 1 refused/m);
    expect(result.stdout).toMatch(/unsourced\.txt: Article ".*" .*cannot be published/);
    expect(await articlesWithHash(sourced)).toEqual(
      expect.arrayContaining([{ published: true }, { published: false }])
    );
    expect(await articlesWithHash(unsourced)).toEqual([{ published: false }]);
  });

  it('exits 0 when every article was published', async () => {
    const dir = folder({ 'sourced.txt': story(unique('north')) });
    const result = await run(IMPORT, ['--locale', 'en', '--publish', dir]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Published: 1 now, 0 already published, 0 refused/m);
  });
});

describe('npm run seed', () => {
  it('imports the samples, and a second run finds every one unchanged', async () => {
    const first = await run(SEED);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^Summary: \d+ created, \d+ unchanged, 0 failed/m);
    // Each article with its documentId and slug; the README's examples use the model article's.
    const model = /az-000-seed\.txt → (\w+) \(az, \/([a-z0-9-]+)\)/.exec(first.stdout);
    expect(model).not.toBeNull();
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain(`/api/articles/by-slug/${model?.[2].replace(/-\d+$/, '')}?locale=az`);
    expect(first.stdout).toContain(
      `curl 'http://localhost:1337/api/articles/${model?.[1]}/attribution?locale=az'`
    );

    const second = await run(SEED);
    expect(second.code).toBe(0);
    const samples = fs
      .readdirSync(path.join(ROOT, 'database', 'samples'))
      .filter((name) => name.endsWith('.txt')).length;
    expect(second.stdout).toMatch(
      new RegExp(`^Summary: 0 created, ${samples} unchanged, 0 failed`, 'm')
    );
    expect(second.stdout).toMatch(/^Published: 0 now, \d+ already published/m);

    const seed = fs.readFileSync(path.join(ROOT, 'database', 'samples', 'az-000-seed.txt'), 'utf8');
    const rows = await queryDatabase<{ attribution_line: string; published: boolean }>(
      process.env.DATABASE_URL as string,
      `SELECT attribution_line, published_at IS NOT NULL AS published FROM articles
        WHERE content_hash = '${hashOf(seed)}' AND locale = 'az'`
    );
    expect(rows).toHaveLength(2); // the draft and its published copy
    for (const row of rows) expect(row.attribution_line).toContain('Reuters');
  });
});
