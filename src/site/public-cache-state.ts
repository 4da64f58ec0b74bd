import { ResponseCache } from './response-cache';

/** The one response cache of this process, shared by the HTTP middleware and the write hooks. */
export const publicResponseCache = new ResponseCache({
  maxEntries: 5000,
  maxBytes: 64 * 1024 * 1024,
  ttlMs: 30_000,
});
