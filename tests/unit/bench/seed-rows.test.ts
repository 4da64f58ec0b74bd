import { KNOWN_SOURCES } from '../../../src/attribution';
import { generateArticle } from '../../../bench/lib/seed-data';
import {
  appendArticleRows,
  benchDocumentId,
  emptyRows,
  sourceLookup,
  type IdCursor,
  type SourceRow,
} from '../../../bench/lib/seed-rows';

const sources: SourceRow[] = KNOWN_SOURCES.map((source, i) => ({
  id: i + 1,
  name: source.name,
  // As Strapi's process returns jsonb: text.
  aliases: JSON.stringify([source.name, ...source.aliases]),
}));

function seed(count: number) {
  const rows = emptyRows();
  const ids: IdCursor = {
    articles: 10,
    sourceRefs: 20,
    sourceLinks: 30,
    translations: 40,
    componentLinks: 50,
    sectionLinks: 60,
  };
  const orders = new Map<number, number>();
  const context = {
    sources,
    sectionRowId: (index: number, locale: string) =>
      index * 10 + ['en', 'az', 'ru'].indexOf(locale),
    nextSectionOrder: (rowId: number) => {
      orders.set(rowId, (orders.get(rowId) ?? 0) + 1);
      return orders.get(rowId) as number;
    },
  };
  for (let index = 0; index < count; index += 1) {
    appendArticleRows(
      rows,
      ids,
      generateArticle(index),
      benchDocumentId(index),
      context,
      sourceLookup(sources)
    );
  }
  return rows;
}

describe('seeded rows, as the Document Service writes them', () => {
  test('each locale has a draft row and a published row with the same content', () => {
    const rows = seed(1);
    expect(rows.articles.map((row) => [row.locale, row.published_at === null])).toEqual([
      ['en', true],
      ['en', false],
      ['az', true],
      ['az', false],
      ['ru', true],
      ['ru', false],
    ]);
    const [draft, published] = rows.articles;
    const { id: _a, published_at: _b, ...draftContent } = draft;
    const { id: _c, published_at: _d, ...publishedContent } = published;
    expect(publishedContent).toEqual(draftContent);
    expect(new Set(rows.articles.map((row) => row.document_id)).size).toBe(1);
  });

  test('sources, translation and section are linked to each row, in Strapi order', () => {
    const rows = seed(1);
    const article = generateArticle(0);
    for (const row of rows.articles) {
      const links = rows.componentLinks.filter((link) => link.entity_id === row.id);
      const sourceLinks = links.filter((link) => link.field === 'sources');
      expect(sourceLinks.map((link) => link.order)).toEqual(article.agencies.map((_, i) => i + 1));
      expect(links.filter((link) => link.field === 'translation')).toHaveLength(1);
      expect(links.at(-1)?.field).toBe('translation');
      expect(rows.sectionLinks.filter((link) => link.article_id === row.id)).toHaveLength(1);
    }
    const credited = rows.sourceLinks.map(
      (link) => sources.find((s) => s.id === link.source_id)?.name
    );
    expect(new Set(credited)).toEqual(new Set(article.agencies));
  });

  test('the original says so; translations name the locale they came from', () => {
    const rows = seed(1);
    const translationOf = (articleId: number) => {
      const link = rows.componentLinks.find(
        (l) => l.entity_id === articleId && l.field === 'translation'
      );
      return rows.translations.find((t) => t.id === link?.cmp_id);
    };
    const byLocale = Object.fromEntries(
      rows.articles.filter((r) => r.published_at).map((r) => [r.locale, r])
    );
    expect(translationOf(byLocale.en.id)).toMatchObject({
      method: 'original',
      from: null,
      status: 'current',
    });
    expect(translationOf(byLocale.az.id)).toMatchObject({
      method: 'human',
      from: 'en',
      status: 'current',
    });
    expect(translationOf(byLocale.ru.id)).toMatchObject({ method: 'human', from: 'en' });
    expect(byLocale.az.attribution_line).toMatch(/^Mənbə(lər)?: /);
    expect(byLocale.ru.attribution_line).toMatch(/^Источник(и)?: /);
    expect(byLocale.en.attribution_line).toMatch(/^Sources?: /);
  });

  test('ids follow the cursor; section order counts documents per section row', () => {
    const rows = seed(20);
    expect(rows.articles[0].id).toBe(10);
    expect(rows.articles.map((r) => r.id)).toEqual(rows.articles.map((_, i) => 10 + i));
    const bySection = new Map<number, number[]>();
    for (const link of rows.sectionLinks) {
      bySection.set(link.section_id, [...(bySection.get(link.section_id) ?? []), link.article_ord]);
    }
    for (const orders of bySection.values()) {
      // draft and published share the document's place: 1, 1, 2, 2, 3, 3…
      expect(orders).toEqual(orders.map((_, i) => Math.floor(i / 2) + 1));
    }
  });
});

describe('benchDocumentId', () => {
  test('is cuid2-shaped, stable and distinct', () => {
    const ids = Array.from({ length: 5000 }, (_, i) => benchDocumentId(i));
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]{23}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(benchDocumentId(17)).toBe(benchDocumentId(17));
  });
});
