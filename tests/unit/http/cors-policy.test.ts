import { corsPolicy } from '../../../src/http/cors-policy';

const from = (origin: string) => ({ get: (header: string) => (header === 'Origin' ? origin : '') });

describe('corsPolicy', () => {
  it.each([undefined, '', ' , '])(
    'lets any origin read but never with credentials when unset (%p)',
    (setting) => {
      const policy = corsPolicy(setting);
      expect(policy.origin).toEqual(['*']);
      expect(policy.credentials(from('https://evil.example'))).toBe(false);
    }
  );

  it('allows the listed origins, normalized as browsers send them, with credentials', () => {
    const policy = corsPolicy(' https://News.example/ ,http://localhost:3000');
    expect(policy.origin).toEqual(['https://news.example', 'http://localhost:3000']);
    expect(policy.credentials(from('https://news.example'))).toBe(true);
    expect(policy.credentials(from('http://localhost:3000'))).toBe(true);
    expect(policy.credentials(from('https://evil.example'))).toBe(false);
  });

  it('with * in the list lets any origin read, credentials still only to the named ones', () => {
    const policy = corsPolicy('https://news.example,*');
    expect(policy.origin).toEqual(['*']);
    expect(policy.credentials(from('https://news.example'))).toBe(true);
    expect(policy.credentials(from('https://evil.example'))).toBe(false);
    expect(policy.credentials(from(''))).toBe(false);
  });

  it.each(['news.example', 'https://news.example/path', 'https://news.example?x=1', 'file:///x'])(
    'refuses %p, which is not an origin, naming the setting',
    (entry) => {
      expect(() => corsPolicy(entry)).toThrow(/CMS_CORS_ORIGINS/);
    }
  );
});
