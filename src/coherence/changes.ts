/*
 * What a committed write changed, as far as the in-process caches of every process go. Sent
 * between processes as the payload of a PostgreSQL NOTIFY (at most 8000 bytes), so it is kept
 * small: which caches, and for the response cache which tags (no tags: every response).
 */

/** The in-process memories that follow the database. */
export const CACHE_SCOPES = ['responses', 'ability', 'locales', 'sources'] as const;
export type CacheScope = (typeof CACHE_SCOPES)[number];

export interface Change {
  scopes: CacheScope[];
  /** For `responses`: the tags whose entries are stale; absent means every response. */
  tags?: string[];
}

/** Everything: what a process assumes when it may have missed changes (listener reconnect). */
export const EVERYTHING: Change = { scopes: [...CACHE_SCOPES] };

// NOTIFY refuses payloads of 8000 bytes or more; past this a change widens to "every response".
const MAX_PAYLOAD = 7900;

export function encodeChange(origin: string, change: Change): string {
  const payload = JSON.stringify({ o: origin, s: change.scopes, t: change.tags });
  if (Buffer.byteLength(payload) <= MAX_PAYLOAD) return payload;
  return JSON.stringify({ o: origin, s: change.scopes });
}

/** The change a payload carries, or null for one this project did not write. */
export function decodeChange(payload: string): { origin: string; change: Change } | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const { o, s, t } = parsed as { o?: unknown; s?: unknown; t?: unknown };
  if (typeof o !== 'string' || !Array.isArray(s)) return null;
  const scopes = s.filter((scope): scope is CacheScope =>
    (CACHE_SCOPES as readonly unknown[]).includes(scope)
  );
  const tags = Array.isArray(t)
    ? t.filter((tag): tag is string => typeof tag === 'string')
    : undefined;
  return { origin: o, change: tags ? { scopes, tags } : { scopes } };
}
