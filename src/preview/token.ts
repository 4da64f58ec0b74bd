import { createHmac, timingSafeEqual } from 'node:crypto';

/*
 * Preview links: the admin's preview handler (config/admin.ts) signs what one link may show,
 * one version of one article in one locale, until when; the preview route checks it. The key
 * is derived from a server secret (the admin JWT secret) with a label of its own, so a preview
 * token is never valid as anything else and only the server that holds the secret can make one.
 * Pure: the secret and the time come in as arguments.
 */

export type PreviewStatus = 'draft' | 'published';

export interface PreviewClaims {
  documentId: string;
  locale: string;
  status: PreviewStatus;
}

/** An hour: long enough to keep the preview open while editing, short enough to leak little. */
export const PREVIEW_TTL_SECONDS = 60 * 60;

export type TokenVerdict = 'valid' | 'expired' | 'invalid';

const LABEL = 'newsroom:article-preview:v1';

function signature(secret: string, claims: PreviewClaims, expires: number): Buffer {
  const key = createHmac('sha256', secret).update(LABEL).digest();
  // Newlines cannot occur in a documentId, a locale code or a status: the fields cannot run together.
  const message = [claims.documentId, claims.locale, claims.status, String(expires)].join('\n');
  return createHmac('sha256', key).update(message).digest();
}

/** `<expiry in seconds since 1970>.<base64url HMAC>` */
export function signPreviewToken(
  secret: string,
  claims: PreviewClaims,
  nowMs: number,
  ttlSeconds = PREVIEW_TTL_SECONDS
): string {
  if (!secret) throw new Error('A preview token needs a server secret (ADMIN_JWT_SECRET).');
  const expires = Math.floor(nowMs / 1000) + ttlSeconds;
  return `${expires}.${signature(secret, claims, expires).toString('base64url')}`;
}

export function verifyPreviewToken(
  secret: string,
  token: unknown,
  claims: PreviewClaims,
  nowMs: number
): TokenVerdict {
  if (!secret || typeof token !== 'string') return 'invalid';
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return 'invalid';
  const expires = Number(match[1]);
  const given = Buffer.from(match[2], 'base64url');
  const expected = signature(secret, claims, expires);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  // Checked after the signature: an expired link is only reported as such when it was real.
  return expires * 1000 > nowMs ? 'valid' : 'expired';
}

/** The path of the preview page for `claims`, signed. */
export function previewPath(secret: string, claims: PreviewClaims, nowMs: number): string {
  const query = new URLSearchParams({
    locale: claims.locale,
    status: claims.status,
    token: signPreviewToken(secret, claims, nowMs),
  });
  return `/api/preview/articles/${encodeURIComponent(claims.documentId)}?${query}`;
}
