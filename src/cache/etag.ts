import { createHash } from 'node:crypto';

/** A weak validator of the bytes sent: equal bodies, equal ETags, whichever process made them. */
export function etagOf(body: string | Buffer): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** Whether an If-None-Match header names `etag` (or `*`): the answer is then a 304. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(/\s*,\s*/).some((tag) => tag === etag || tag === '*');
}
