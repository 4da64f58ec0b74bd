import {
  articlePageUrl,
  googleNewsLanguage,
  parsePublicationNames,
  publicationName,
  readSiteConfig,
} from '../../../src/site/site-config';
import { site } from './fixtures';

describe('articlePageUrl', () => {
  it('fills locale, section and slug into the configured path, URL-encoded', () => {
    expect(articlePageUrl(site, { locale: 'az', sectionSlug: 'dunya', slug: 'a b' })).toBe(
      'https://news.example/az/dunya/a%20b'
    );
  });

  it('drops the section segment when the article has no section', () => {
    expect(articlePageUrl(site, { locale: 'az', sectionSlug: null, slug: 'x' })).toBe(
      'https://news.example/az/x'
    );
  });

  it('has no URL without a slug', () => {
    expect(articlePageUrl(site, { locale: 'az', slug: null })).toBeNull();
  });

  it('prefers a whole URL pattern when one is configured', () => {
    const custom = readSiteConfig({
      url: 'https://a.example',
      articleUrlPattern: 'https://b.example/{locale}/{slug}',
    });
    expect(articlePageUrl(custom, { locale: 'en', slug: 'x', sectionSlug: 'world' })).toBe(
      'https://b.example/en/x'
    );
  });
});

describe('publication names', () => {
  it('parses az=…,ru=… and falls back to the site name, also for a region of a known language', () => {
    expect(parsePublicationNames('az=Bbabo, ru = Ббабо ,bad')).toEqual({
      az: 'Bbabo',
      ru: 'Ббабо',
    });
    expect(publicationName(site, 'az')).toBe('Bbabo Xəbər');
    expect(publicationName(site, 'az-Cyrl')).toBe('Bbabo Xəbər');
    expect(publicationName(site, 'en')).toBe('Newsroom');
  });
});

describe('readSiteConfig', () => {
  it('makes the logo absolute and trims the trailing slash of the site URL', () => {
    expect(site.url).toBe('https://news.example');
    expect(site.logo).toBe('https://news.example/logo.png');
    expect(readSiteConfig({ logo: 'https://cdn.example/l.png' }).logo).toBe(
      'https://cdn.example/l.png'
    );
    expect(readSiteConfig({ logo: '' }).logo).toBeNull();
  });
});

describe('googleNewsLanguage', () => {
  it.each([
    ['az', 'az'],
    ['en-GB', 'en'],
    ['pt-BR', 'pt'],
    ['zh-Hans', 'zh-cn'],
    ['zh-TW', 'zh-tw'],
    ['zh-Hant-HK', 'zh-tw'],
  ])('%s → %s', (locale, code) => expect(googleNewsLanguage(locale)).toBe(code));
});
