import { firstUnpublishable, mayPublish } from '../../../src/attribution/publish-rule';

describe('the publish rule', () => {
  it('lets a locale that names a Source be published', () => {
    expect(mayPublish({ locale: 'az', namedSources: 1 }, false)).toBe(true);
  });

  it('lets the site’s own reporting be published without a Source', () => {
    expect(mayPublish({ locale: 'az', namedSources: 0 }, true)).toBe(true);
  });

  it('refuses a locale that names no Source and is not original reporting', () => {
    expect(mayPublish({ locale: 'az', namedSources: 0 }, false)).toBe(false);
  });

  it('looks only at the locales being published', () => {
    const versions = [
      { locale: 'en', namedSources: 1 },
      { locale: 'az', namedSources: 0 },
    ];
    expect(firstUnpublishable(versions, ['en'], false)).toBeNull();
    expect(firstUnpublishable(versions, ['en', 'az'], false)).toEqual(versions[1]);
    expect(firstUnpublishable(versions, ['en', 'az'], true)).toBeNull();
  });
});
