import Redis from 'ioredis';
import { decodeEntry, encodeEntry, type CachedEntry } from './entry';

/*
 * The optional shared store (REDIS_URL): instances share each other's answers. Redis is a
 * helper, never a dependency: every command fails fast when Redis is not there (no offline
 * queue, a short timeout), and the caller then answers from memory or the database.
 *
 * Layout under the prefix: `gen` (bumped to drop everything at once), `seq` and `log` (the
 * recent invalidations, checked atomically by a store), `e:<gen>:<key>` (entries) and
 * `t:<gen>:<tag>` (the keys carrying a tag).
 */

const LOG_SIZE = 1000;

// Returns {gen, seq, entry}: the entry, and where invalidations stood when it was read.
const READ = `
local gen = redis.call('GET', ARGV[1] .. 'gen') or '0'
local seq = redis.call('GET', ARGV[1] .. 'seq') or '0'
return {gen, seq, redis.call('GET', ARGV[1] .. 'e:' .. gen .. ':' .. ARGV[2])}
`;

// ARGV: prefix, key, value, ttl, gen, seq, tags... Refuses (0) an entry computed before an
// invalidation of one of its tags, or of everything, that Redis has seen since.
const STORE = `
local p = ARGV[1]
local gen = redis.call('GET', p .. 'gen') or '0'
if gen ~= ARGV[5] then return 0 end
local mark = tonumber(ARGV[6])
local seq = tonumber(redis.call('GET', p .. 'seq') or '0')
if seq ~= mark then
  local oldest = redis.call('ZRANGE', p .. 'log', 0, 0, 'WITHSCORES')
  if #oldest == 0 or tonumber(oldest[2]) > mark + 1 then return 0 end
  for _, item in ipairs(redis.call('ZRANGEBYSCORE', p .. 'log', '(' .. mark, '+inf')) do
    for tag in string.gmatch(item, '%S+') do
      if tag == '*' then return 0 end
      for i = 7, #ARGV do if ARGV[i] == tag then return 0 end end
    end
  end
end
redis.call('SET', p .. 'e:' .. gen .. ':' .. ARGV[2], ARGV[3], 'EX', ARGV[4])
for i = 7, #ARGV do
  local t = p .. 't:' .. gen .. ':' .. ARGV[i]
  redis.call('SADD', t, ARGV[2])
  redis.call('EXPIRE', t, ARGV[4])
end
return 1
`;

// ARGV: prefix, tags... (none: everything).
const INVALIDATE = `
local p = ARGV[1]
local seq = redis.call('INCR', p .. 'seq')
local item = tostring(seq)
if #ARGV == 1 then
  redis.call('INCR', p .. 'gen')
  item = item .. ' *'
else
  local gen = redis.call('GET', p .. 'gen') or '0'
  for i = 2, #ARGV do
    item = item .. ' ' .. ARGV[i]
    local t = p .. 't:' .. gen .. ':' .. ARGV[i]
    for _, key in ipairs(redis.call('SMEMBERS', t)) do
      redis.call('DEL', p .. 'e:' .. gen .. ':' .. key)
    end
    redis.call('DEL', t)
  end
end
redis.call('ZADD', p .. 'log', seq, item)
redis.call('ZREMRANGEBYRANK', p .. 'log', 0, -${LOG_SIZE + 1})
return seq
`;

interface Commands {
  newsroomReadBuffer(prefix: string, key: string): Promise<[Buffer, Buffer, Buffer | null]>;
  newsroomStore(...args: (string | Buffer | number)[]): Promise<number>;
  newsroomInvalidate(prefix: string, ...tags: string[]): Promise<number>;
}

export interface RedisMark {
  gen: string;
  seq: string;
}

export interface RedisStoreOptions {
  prefix?: string;
  ttlSeconds?: number;
  commandTimeoutMs?: number;
  onState?: (state: 'ready' | 'lost', detail?: string) => void;
}

export class RedisStore {
  private readonly redis: Redis & Commands;
  private readonly prefix: string;
  private readonly ttlSeconds: number;
  private wasReady = false;
  /** An invalidation could not reach Redis: drop everything there when it is back. */
  private missedInvalidation = false;

  constructor(
    url: string,
    private readonly options: RedisStoreOptions = {}
  ) {
    this.prefix = options.prefix ?? 'newsroom:cache:';
    this.ttlSeconds = options.ttlSeconds ?? 300;
    this.redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: options.commandTimeoutMs ?? 300,
      connectTimeout: 1000,
      retryStrategy: (times) => Math.min(100 * times, 2000),
      lazyConnect: false,
    }) as Redis & Commands;
    this.redis.defineCommand('newsroomRead', { numberOfKeys: 0, lua: READ });
    this.redis.defineCommand('newsroomStore', { numberOfKeys: 0, lua: STORE });
    this.redis.defineCommand('newsroomInvalidate', { numberOfKeys: 0, lua: INVALIDATE });
    this.redis.on('ready', () => {
      // Back after an outage: invalidations sent meanwhile by this process (or by others
      // that could not reach it either) are lost, so nothing there is trusted. Sent before
      // any read on this connection, which Redis runs in order.
      if (this.wasReady || this.missedInvalidation) {
        this.missedInvalidation = false;
        this.redis.newsroomInvalidate(this.prefix).catch(() => {
          this.missedInvalidation = true;
        });
      }
      this.wasReady = true;
      options.onState?.('ready');
    });
    this.redis.on('error', () => undefined);
    this.redis.on('close', () => {
      if (this.wasReady) options.onState?.('lost');
    });
  }

  get ready(): boolean {
    return this.redis.status === 'ready';
  }

  /** The entry, and a mark for store(); null when Redis is not there. */
  async read(key: string): Promise<{ entry: CachedEntry | null; mark: RedisMark } | null> {
    if (!this.ready) return null;
    try {
      const [gen, seq, value] = await this.redis.newsroomReadBuffer(this.prefix, key);
      return {
        entry: value ? decodeEntry(value) : null,
        mark: { gen: gen.toString(), seq: seq.toString() },
      };
    } catch {
      return null;
    }
  }

  async store(key: string, entry: CachedEntry, mark: RedisMark): Promise<boolean> {
    if (!this.ready) return false;
    try {
      const stored = await this.redis.newsroomStore(
        this.prefix,
        key,
        encodeEntry(entry),
        this.ttlSeconds,
        mark.gen,
        mark.seq,
        ...entry.tags
      );
      return stored === 1;
    } catch {
      return false;
    }
  }

  /** Queued at once (before any later read of this process), resolved when Redis has run it. */
  invalidate(tags?: readonly string[]): Promise<void> {
    if (!this.ready) {
      this.missedInvalidation = true;
      return Promise.resolve();
    }
    return this.redis.newsroomInvalidate(this.prefix, ...(tags ?? [])).then(
      () => undefined,
      () => {
        this.missedInvalidation = true;
      }
    );
  }

  async close(): Promise<void> {
    this.redis.removeAllListeners('ready');
    this.redis.disconnect();
  }
}
