import { previewPath, signPreviewToken, verifyPreviewToken } from '../../../src/preview/token';

const SECRET = 'a-server-secret';
const claims = { documentId: 'abc123', locale: 'az', status: 'draft' as const };
const now = Date.UTC(2026, 11, 1, 12, 0, 0);

describe('a preview token', () => {
  it('is valid for the claims it was signed for, until it expires', () => {
    const token = signPreviewToken(SECRET, claims, now, 600);
    expect(verifyPreviewToken(SECRET, token, claims, now)).toBe('valid');
    expect(verifyPreviewToken(SECRET, token, claims, now + 599_000)).toBe('valid');
    expect(verifyPreviewToken(SECRET, token, claims, now + 600_000)).toBe('expired');
  });

  it('is invalid for any other document, locale, status or secret', () => {
    const token = signPreviewToken(SECRET, claims, now);
    expect(verifyPreviewToken(SECRET, token, { ...claims, documentId: 'abc124' }, now)).toBe(
      'invalid'
    );
    expect(verifyPreviewToken(SECRET, token, { ...claims, locale: 'en' }, now)).toBe('invalid');
    expect(verifyPreviewToken(SECRET, token, { ...claims, status: 'published' }, now)).toBe(
      'invalid'
    );
    expect(verifyPreviewToken('another', token, claims, now)).toBe('invalid');
  });

  it('cannot be extended by rewriting its expiry', () => {
    const token = signPreviewToken(SECRET, claims, now, 600);
    const [expires, mac] = token.split('.');
    const later = `${Number(expires) + 86_400}.${mac}`;
    expect(verifyPreviewToken(SECRET, later, claims, now)).toBe('invalid');
  });

  it('is invalid when malformed, missing, or checked without a secret', () => {
    for (const bad of [undefined, '', 'x', '123.', '.abc', ['a'], 42]) {
      expect(verifyPreviewToken(SECRET, bad, claims, now)).toBe('invalid');
    }
    expect(verifyPreviewToken('', signPreviewToken(SECRET, claims, now), claims, now)).toBe(
      'invalid'
    );
    expect(() => signPreviewToken('', claims, now)).toThrow(/secret/);
  });

  it('travels in the preview path with the claims it covers', () => {
    const path = previewPath(SECRET, { ...claims, documentId: 'a/b?c' }, now);
    const url = new URL(path, 'http://cms.test');
    expect(url.pathname).toBe('/api/preview/articles/a%2Fb%3Fc');
    expect(url.searchParams.get('locale')).toBe('az');
    expect(url.searchParams.get('status')).toBe('draft');
    const token = url.searchParams.get('token');
    expect(verifyPreviewToken(SECRET, token, { ...claims, documentId: 'a/b?c' }, now)).toBe(
      'valid'
    );
  });
});
