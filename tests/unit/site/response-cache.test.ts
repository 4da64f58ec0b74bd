import { ResponseCache, etagOf } from '../../../src/site/response-cache';

const response = (body: string) => ({ body, contentType: 'application/json', etag: etagOf(body) });

describe('ResponseCache', () => {
  it('serves what was stored until the next write', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1000, ttlMs: 60_000 });
    cache.set('/a', response('{"a":1}'), cache.currentGeneration());
    expect(cache.get('/a')?.body).toBe('{"a":1}');
    cache.invalidateAll();
    expect(cache.get('/a')).toBeNull();
  });

  it('does not store a response computed before a write that happened meanwhile', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1000, ttlMs: 60_000 });
    const generation = cache.currentGeneration();
    cache.invalidateAll();
    cache.set('/a', response('old'), generation);
    expect(cache.get('/a')).toBeNull();
  });

  it('expires entries after the TTL', () => {
    let now = 0;
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1000, ttlMs: 100, now: () => now });
    cache.set('/a', response('x'), cache.currentGeneration());
    now = 101;
    expect(cache.get('/a')).toBeNull();
  });

  it('evicts the least recently used entry beyond its bounds', () => {
    const cache = new ResponseCache({ maxEntries: 2, maxBytes: 1000, ttlMs: 60_000 });
    const generation = cache.currentGeneration();
    cache.set('/a', response('a'), generation);
    cache.set('/b', response('b'), generation);
    cache.get('/a');
    cache.set('/c', response('c'), generation);
    expect(cache.get('/b')).toBeNull();
    expect(cache.get('/a')).not.toBeNull();
    expect(cache.size).toBe(2);
  });

  it('gives equal bodies equal ETags and different bodies different ones', () => {
    expect(etagOf('x')).toBe(etagOf('x'));
    expect(etagOf('x')).not.toBe(etagOf('y'));
  });
});
