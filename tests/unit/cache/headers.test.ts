import { decodeEntry, encodeEntry } from '../../../src/cache/entry';
import { corsHeaders, edgeHeadersOf, storedHeaders } from '../../../src/cache/headers';
import { corsPolicy } from '../../../src/http/cors-policy';

describe('stored headers', () => {
  it('keep what Strapi put on the answer, and leave out what belongs to one request', () => {
    const headers = storedHeaders(
      {
        'Content-Type': 'application/json; charset=utf-8',
        'X-Frame-Options': 'SAMEORIGIN',
        Vary: 'Origin',
        'Access-Control-Allow-Origin': 'https://a.example',
        'Set-Cookie': ['koa.sess=1'],
        'Content-Length': 10,
      },
      'W/"x"'
    );
    expect(headers).toEqual({
      'content-type': 'application/json; charset=utf-8',
      'x-frame-options': 'SAMEORIGIN',
      vary: 'Origin, Authorization',
      etag: 'W/"x"',
      'cache-control': 'public, max-age=15, stale-while-revalidate=60',
    });
  });
});

describe('CORS per request, as strapi::cors answers', () => {
  it('echoes an allowed origin with credentials, and says nothing to another', () => {
    const options = { origin: ['https://site.example'] };
    expect(corsHeaders('https://site.example', options)).toEqual({
      'access-control-allow-origin': 'https://site.example',
      'access-control-allow-credentials': 'true',
    });
    expect(corsHeaders('https://evil.example', options)).toEqual({});
  });

  it('echoes any origin under the default "*"', () => {
    expect(corsHeaders('https://x.example', {})).toMatchObject({
      'access-control-allow-origin': 'https://x.example',
    });
  });

  it('cannot tell for an origin function: the request goes to Strapi', () => {
    expect(corsHeaders('https://x.example', { origin: () => true })).toBeNull();
  });

  it("asks the project's CMS_CORS_ORIGINS policy for credentials, as @koa/cors does", () => {
    const named = corsPolicy('https://site.example,*');
    expect(corsHeaders('https://site.example', named)).toEqual({
      'access-control-allow-origin': 'https://site.example',
      'access-control-allow-credentials': 'true',
    });
    expect(corsHeaders('https://other.example', named)).toEqual({
      'access-control-allow-origin': 'https://other.example',
    });
    const open = corsPolicy(undefined);
    expect(corsHeaders('', open)).toEqual({ 'access-control-allow-origin': '*' });
  });

  it('reads strapi::cors and strapi::poweredBy from the middleware list', () => {
    const edge = edgeHeadersOf([
      'strapi::poweredBy',
      { name: 'strapi::cors', config: { origin: 'https://a.example, https://b.example' } },
    ]);
    expect(edge.late).toEqual({ 'x-powered-by': 'Strapi <strapi.io>' });
    expect(corsHeaders('https://b.example', edge.cors)).not.toEqual({});
    expect(edgeHeadersOf(['strapi::errors'])).toEqual({ cors: null, late: {} });
  });
});

describe('entries in Redis', () => {
  it('come back as they were stored', () => {
    const entry = {
      body: Buffer.from('{"ə":1}'),
      etag: 'W/"e"',
      headers: { a: 'b' },
      tags: ['doc:x'],
    };
    expect(decodeEntry(encodeEntry(entry))).toEqual(entry);
    expect(decodeEntry(Buffer.from('xx'))).toBeNull();
  });
});
