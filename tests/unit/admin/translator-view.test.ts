import { changeSummary, editViewPath } from '../../../src/admin/extensions/translator-view';

describe("the translator's page links", () => {
  it("open the content manager's edit view of the article in the translator's locale", () => {
    expect(editViewPath('abc123', 'az')).toBe(
      '/content-manager/collection-types/api::article.article/abc123?plugins[i18n][locale]=az'
    );
  });

  it('escape what they carry', () => {
    expect(editViewPath('a/b', 'pt-BR')).toBe(
      '/content-manager/collection-types/api::article.article/a%2Fb?plugins[i18n][locale]=pt-BR'
    );
  });
});

describe('changeSummary: the changes in a translator’s words', () => {
  it('names fields, then paragraphs by number, then corrections', () => {
    expect(
      changeSummary({
        unchanged: false,
        fields: [{ field: 'lead', before: 'a', after: 'b' }],
        paragraphs: [
          { change: 'changed', was: 2, now: 2, before: 'x', after: 'y' },
          { change: 'changed', was: 3, now: 4, before: 'x', after: 'y' },
          { change: 'added', now: 5, after: 'z' },
          { change: 'removed', was: 6, before: 'w' },
        ],
        correctionsAdded: ['The date was wrong.'],
      })
    ).toEqual([
      'Lead changed',
      'Paragraph 2 changed',
      'Paragraph 3 changed (now paragraph 4)',
      'Paragraph 5 added',
      'Paragraph 6 removed',
      'A correction added',
    ]);
  });

  it('says so when nothing differs any more', () => {
    expect(
      changeSummary({ unchanged: true, fields: [], paragraphs: [], correctionsAdded: [] })
    ).toEqual(['No difference left: the origin was changed back']);
  });
});
