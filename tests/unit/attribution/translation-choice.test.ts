import {
  chooseTranslation,
  sourceLocaleOf,
  type StoredTranslation,
  type TranslationChoice,
} from '../../../src/attribution/translation-choice';

const NOW = new Date('2026-12-01T10:00:00.000Z');

const stored = (over: Partial<StoredTranslation>): StoredTranslation => ({
  method: 'original',
  from: null,
  translator: null,
  engine: null,
  translatedAt: null,
  status: 'current',
  sourceChangedAt: null,
  ...over,
});

const choice = (over: Partial<TranslationChoice>): TranslationChoice => ({
  incoming: undefined,
  stored: null,
  isNewLocalization: false,
  otherVersions: [],
  originalLanguage: null,
  locale: 'az',
  translator: null,
  touchesText: true,
  now: NOW,
  ...over,
});

describe('the translation of a write', () => {
  it('records a new document as the original', () => {
    expect(chooseTranslation(choice({}))).toMatchObject({
      method: 'original',
      from: null,
      status: 'current',
    });
  });

  it('records a new localization as a human translation from the original, by whom and when', () => {
    const result = chooseTranslation(
      choice({
        isNewLocalization: true,
        translator: 'Aysel Məmmədova',
        otherVersions: [
          { locale: 'ru', translation: stored({ method: 'human', from: 'en' }) },
          { locale: 'en', translation: stored({ method: 'original' }) },
        ],
      })
    );
    expect(result).toMatchObject({
      method: 'human',
      from: 'en',
      translator: 'Aysel Məmmədova',
      translatedAt: NOW.toISOString(),
      status: 'current',
    });
  });

  it('lets an editor’s explicit values win', () => {
    const result = chooseTranslation(
      choice({
        isNewLocalization: true,
        incoming: { method: 'machine', engine: 'deepl', from: 'tr' },
        otherVersions: [{ locale: 'en', translation: stored({}) }],
      })
    );
    expect(result).toMatchObject({ method: 'machine', engine: 'deepl', from: 'tr' });
  });

  it('marks an outdated translation current again when its text is saved', () => {
    const outdated = stored({
      method: 'human',
      from: 'en',
      status: 'outdated',
      sourceChangedAt: '2026-11-30T00:00:00.000Z',
    });
    expect(chooseTranslation(choice({ stored: outdated, touchesText: true }))).toMatchObject({
      status: 'current',
      sourceChangedAt: null,
    });
    expect(chooseTranslation(choice({ stored: outdated, touchesText: false }))).toMatchObject({
      status: 'outdated',
    });
  });

  it('takes a translation copied from another locale (the admin’s fill-in) for no statement', () => {
    const original = stored({ method: 'original', from: null, translatedAt: null });
    const result = chooseTranslation(
      choice({
        isNewLocalization: true,
        incoming: { method: 'original', from: null, translatedAt: null, status: 'current' },
        otherVersions: [{ locale: 'en', translation: original }],
      })
    );
    expect(result).toMatchObject({ method: 'human', from: 'en' });
  });

  it('turns an unknown method into original, which has no `from`', () => {
    const result = chooseTranslation(
      choice({ incoming: { method: 'guessed' as never, from: null } })
    );
    expect(result).toMatchObject({ method: 'original', from: null });
  });

  it('takes a lone other version as the origin when none is marked original', () => {
    expect(sourceLocaleOf([{ locale: 'ru', translation: null }])).toBe('ru');
    expect(sourceLocaleOf([])).toBeNull();
  });
});
