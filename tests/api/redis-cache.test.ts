/*
 * The shared cache in Redis (REDIS_URL): two instances on one database and one Redis share
 * each other's answers and invalidations; when Redis goes away visitors still get every
 * answer (from memory and the database), and Redis is used again once it is back. Runs a real
 * redis-server of its own, on a port of its own.
 */
import net from 'node:net';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import type { Core } from '@strapi/strapi';
import Redis from 'ioredis';
import { anArticle, unique } from '../harness/builders';
import { bootStrapi, http, stopStrapi } from '../harness/strapi';
import { startInstance, timeUntil, type Instance } from '../harness/instances';

const ARTICLE = 'api::article.article';

function redisServerInstalled(): boolean {
  try {
    execFileSync('redis-server', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

let redisPort = 0;
let redis: ChildProcess | null = null;

function startRedis(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: ['ignore', 'pipe', 'inherit'] }
    );
    redis = child;
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited (${code})`)));
  });
}

function stopRedis(): Promise<void> {
  const child = redis;
  redis = null;
  if (!child || child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const installed = redisServerInstalled();
if (!installed) console.log('redis-server is not installed: the Redis cache tests are skipped');
const describeWithRedis = installed ? describe : describe.skip;

let strapi: Core.Strapi;
let b: Instance;
let documentId: string;
let savedRedisUrl: string | undefined;

/** A URL of the article no instance has answered yet. */
const freshUrl = () => `/api/articles/${documentId}?locale=en&v=${unique('r').replace(/\W/g, '')}`;

async function redisKeys(): Promise<string[]> {
  const client = new Redis(process.env.REDIS_URL as string);
  try {
    return await client.keys('*');
  } finally {
    client.disconnect();
  }
}

/** B answers a URL only A has computed: from Redis (B's own memory never saw it). */
async function sharedHit(): Promise<boolean> {
  const url = freshUrl();
  expect((await http().get(url)).headers['x-cache']).toBe('MISS');
  return (await b.http().get(url)).headers['x-cache'] === 'HIT';
}

describeWithRedis('two instances sharing Redis', () => {
  beforeAll(async () => {
    redisPort = await freePort();
    await startRedis();
    savedRedisUrl = process.env.REDIS_URL;
    process.env.REDIS_URL = `redis://127.0.0.1:${redisPort}`;
    strapi = await bootStrapi();
    b = await startInstance({ REDIS_URL: process.env.REDIS_URL });
    const created = await strapi.documents(ARTICLE).create({
      locale: 'en',
      status: 'published',
      data: anArticle({ title: unique('Shared') }) as never,
    });
    documentId = created.documentId;
  });
  afterAll(async () => {
    await b?.stop();
    await stopStrapi();
    await stopRedis();
    if (savedRedisUrl === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = savedRedisUrl;
  });

  it('shares one instance’s answers with the other', async () => {
    await timeUntil(sharedHit);
  });

  it('shares invalidations: an answer stored in Redis is dropped by a write', async () => {
    // Computed by A only: B's memory never holds it, so a stale answer could only be Redis's.
    const url = freshUrl();
    await http().get(url).expect(200);
    await timeUntil(async () => (await redisKeys()).some((key) => key.endsWith(url)));
    const title = unique('Retitled');
    await strapi.documents(ARTICLE).update({ documentId, locale: 'en', data: { title } as never });
    await strapi.documents(ARTICLE).publish({ documentId, locale: 'en' });
    await timeUntil(async () => !(await redisKeys()).some((key) => key.endsWith(url)));
    expect((await b.http().get(url)).body.data.title).toBe(title);
  });

  it('answers every request while Redis is down, and uses it again when it is back', async () => {
    const url = freshUrl();
    await http().get(url).expect(200);
    await stopRedis();

    // Down: no visitor sees an error, cached or not, and writes still show.
    for (const instance of [http, () => b.http()]) {
      await instance().get(url).expect(200);
      await instance().get(freshUrl()).expect(200);
    }
    const title = unique('Written while Redis was down');
    await strapi.documents(ARTICLE).update({ documentId, locale: 'en', data: { title } as never });
    await strapi.documents(ARTICLE).publish({ documentId, locale: 'en' });
    await timeUntil(async () => (await b.http().get(url)).body.data.title === title);
    expect((await http().get(url).expect(200)).body.data.title).toBe(title);

    // Back: shared hits again, and nothing from before the outage is served.
    await startRedis();
    await timeUntil(sharedHit);
    expect((await b.http().get(url).expect(200)).body.data.title).toBe(title);
  });
});
