import { previewPage, readerNotes, type PreviewArticle } from '../../../src/preview/page';

const article = (overrides: Partial<PreviewArticle> = {}): PreviewArticle => ({
  locale: 'en',
  status: 'draft',
  title: 'Talks resume',
  lead: 'The talks resumed.',
  dateline: null,
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'On Monday.' }] }],
  originalReporting: false,
  sourceNames: ['Reuters'],
  translation: null,
  ...overrides,
});

describe('the preview page', () => {
  it('credits the sources and says how a translation was made, in its language', () => {
    const notes = readerNotes(
      article({
        locale: 'ru',
        translation: { method: 'machine', from: 'en', status: 'current', sourceChangedAt: null },
      })
    );
    expect(notes.attribution).toBe('Источник: Reuters');
    expect(notes.translation).toMatch(/^Машинный перевод с английского/);
  });

  it('has no translation note for an original', () => {
    expect(readerNotes(article()).translation).toBe('');
    expect(previewPage(article())).not.toContain('translation-note');
  });

  it('is written right to left for Arabic and Persian', () => {
    expect(previewPage(article({ locale: 'ar' }))).toContain('<html lang="ar" dir="rtl">');
    expect(previewPage(article({ locale: 'fa' }))).toContain('<html lang="fa" dir="rtl">');
    expect(previewPage(article({ locale: 'az' }))).toContain('<html lang="az" dir="ltr">');
  });

  it('escapes every value, the locale included', () => {
    const html = previewPage(
      article({ locale: 'x"><b', title: '<i>t</i>', lead: '&', sourceNames: ['<Evil>'] })
    );
    expect(html).toContain('<html lang="x&quot;&gt;&lt;b"');
    expect(html).toContain('<h1>&lt;i&gt;t&lt;/i&gt;</h1>');
    expect(html).toContain('<p class="lead">&amp;</p>');
    expect(html).not.toContain('<Evil>');
  });

  it('tells the editor a published version from a draft', () => {
    expect(previewPage(article())).toContain('Preview of the draft (en): not public.');
    expect(previewPage(article({ status: 'published' }))).toContain(
      'Preview of the published version (en).'
    );
  });
});
