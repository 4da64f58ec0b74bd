import { etagOf } from '../../../src/cache/etag';
import type { CachedEntry } from '../../../src/cache/entry';
import { MemoryStore } from '../../../src/cache/memory-store';

const entry = (text: string, tags: string[] = []): CachedEntry => {
  const body = Buffer.from(text);
  return { body, etag: etagOf(body), headers: {}, tags };
};
const store = (options: Partial<ConstructorParameters<typeof MemoryStore>[0]> = {}) =>
  new MemoryStore({ maxEntries: 10, maxBytes: 1000, ttlMs: 60_000, ...options });

describe('MemoryStore', () => {
  it('serves what was stored until its tags are invalidated', () => {
    const cache = store();
    cache.set('/a', entry('{"a":1}', ['doc:a']), cache.mark());
    expect(cache.get('/a')?.body.toString()).toBe('{"a":1}');
    cache.invalidate(['doc:a']);
    expect(cache.get('/a')).toBeNull();
  });

  it('keeps entries whose tags a write did not touch', () => {
    const cache = store();
    cache.set('/a', entry('a', ['doc:a', 'list:az']), cache.mark());
    cache.set('/b', entry('b', ['doc:b']), cache.mark());
    cache.invalidate(['doc:a']);
    expect(cache.get('/a')).toBeNull();
    expect(cache.get('/b')?.body.toString()).toBe('b');
  });

  it('drops everything for an invalidation without tags', () => {
    const cache = store();
    cache.set('/b', entry('b', ['doc:b']), cache.mark());
    cache.invalidate();
    expect(cache.get('/b')).toBeNull();
  });

  it('does not store an answer computed while one of its tags was invalidated', () => {
    const cache = store();
    const mark = cache.mark();
    cache.invalidate(['doc:a']);
    expect(cache.set('/a', entry('old', ['doc:a']), mark)).toBe(false);
    expect(cache.get('/a')).toBeNull();
  });

  it('stores an answer computed while only other tags were invalidated', () => {
    const cache = store();
    const mark = cache.mark();
    cache.invalidate(['doc:b']);
    expect(cache.set('/a', entry('a', ['doc:a']), mark)).toBe(true);
  });

  it('refuses an answer computed before an invalidation of everything', () => {
    const cache = store();
    const mark = cache.mark();
    cache.invalidate();
    expect(cache.set('/a', entry('a', ['doc:a']), mark)).toBe(false);
  });

  it('expires entries after the TTL backstop', () => {
    let now = 0;
    const cache = store({ ttlMs: 100, now: () => now });
    cache.set('/a', entry('x'), cache.mark());
    now = 101;
    expect(cache.get('/a')).toBeNull();
  });

  it('evicts the least recently used entry beyond its bounds', () => {
    const cache = store({ maxEntries: 2 });
    cache.set('/a', entry('a'), cache.mark());
    cache.set('/b', entry('b'), cache.mark());
    cache.get('/a');
    cache.set('/c', entry('c'), cache.mark());
    expect(cache.get('/b')).toBeNull();
    expect(cache.get('/a')).not.toBeNull();
    expect(cache.size).toBe(2);
  });

  it('gives equal bodies equal ETags and different bodies different ones', () => {
    expect(etagOf('x')).toBe(etagOf('x'));
    expect(etagOf('x')).not.toBe(etagOf('y'));
  });
});
