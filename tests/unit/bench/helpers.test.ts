import { firstDifference, withoutIdentity } from '../../../bench/lib/compare';
import { seededRandom, shuffled, zipfSampler } from '../../../bench/lib/random';
import {
  articleJson,
  listMeta,
  paginationOf,
  type ArticleRecord,
} from '../../../bench/lib/raw-queries';
import {
  computeRatios,
  evaluateTargets,
  formatTable,
  type ScenarioMeasure,
} from '../../../bench/lib/report';
import { median, overheadPercent, percentile } from '../../../bench/lib/stats';

describe('random', () => {
  test('the same seed gives the same sequence', () => {
    const a = seededRandom(5);
    const b = seededRandom(5);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  test('Zipf ranks: the first is the most frequent, all stay in range', () => {
    const rank = zipfSampler(seededRandom(1), 100, 1);
    const counts = new Array(100).fill(0);
    for (let i = 0; i < 50_000; i += 1) counts[rank()] += 1;
    expect(counts[0]).toBeGreaterThan(counts[1]);
    expect(counts[1]).toBeGreaterThan(counts[10]);
    // P(rank 0) = 1 / H(100) ≈ 0.193
    expect(counts[0] / 50_000).toBeGreaterThan(0.17);
    expect(counts[0] / 50_000).toBeLessThan(0.22);
  });

  test('shuffled keeps every item once', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const result = shuffled(seededRandom(3), items);
    expect([...result].sort((a, b) => a - b)).toEqual(items);
    expect(result).not.toEqual(items);
  });
});

describe('stats', () => {
  test('percentiles interpolate between ranks', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBeCloseTo(9.1);
    expect(Number.isNaN(median([]))).toBe(true);
  });

  test('overhead in percent of the baseline', () => {
    expect(overheadPercent(12.5, 10)).toBeCloseTo(25);
    expect(overheadPercent(9, 10)).toBeCloseTo(-10);
  });
});

describe('compare', () => {
  test('finds the first differing path, ignoring key order', () => {
    expect(firstDifference({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBeNull();
    expect(firstDifference({ a: [1, { c: 2 }] }, { a: [1, { c: 3 }] })).toBe('$.a[1].c: 2 ≠ 3');
    expect(firstDifference({ a: 1 }, { a: 1, b: 2 })).toBe('$.b: missing on the left');
  });

  test('an article and its twin compare equal without ids, title, slug and times', () => {
    const article = {
      id: 1,
      documentId: 'a',
      title: 'T',
      slug: 't',
      lead: 'L',
      createdAt: '1',
      sources: [{ id: 5, quotedAs: 'q', source: { id: 9, name: 'Reuters' } }],
      translation: { id: 3, method: 'human', translatedAt: 'x' },
      alternates: [{ locale: 'en', slug: 'e', title: 'E' }],
    };
    const twin = {
      ...article,
      id: 2,
      documentId: 'b',
      title: 'T (twin)',
      slug: 't-twin',
      createdAt: '2',
      sources: [{ id: 6, quotedAs: 'q', source: { id: 9, name: 'Reuters' } }],
      translation: { id: 4, method: 'human', translatedAt: 'y' },
      alternates: [{ locale: 'en', slug: 'e-twin', title: 'E (twin)' }],
    };
    expect(firstDifference(withoutIdentity(article), withoutIdentity(twin))).toBeNull();
    const otherSource = {
      ...twin,
      sources: [{ id: 6, quotedAs: 'q', source: { id: 8, name: 'AP' } }],
    };
    expect(firstDifference(withoutIdentity(article), withoutIdentity(otherSource))).toMatch(
      /source/
    );
  });
});

describe('raw ceiling shapes', () => {
  test('articles have the REST field order, relations last', () => {
    const row = {
      id: 1,
      document_id: 'd',
      locale: 'az',
      section: null,
      translation: null,
      sources: null,
      alternates: [],
    } as unknown as ArticleRecord;
    expect(Object.keys(articleJson(row))).toEqual([
      'id',
      'documentId',
      'title',
      'slug',
      'lead',
      'body',
      'dateline',
      'originalReporting',
      'attributionLine',
      'originalLanguage',
      'originalPublishedAt',
      'embargoUntil',
      'publishOnEmbargoLift',
      'unpublishAt',
      'createdAt',
      'updatedAt',
      'publishedAt',
      'locale',
      'section',
      'translation',
      'sources',
      'corrections',
      'alternates',
    ]);
    expect(articleJson(row).sources).toEqual([]);
    expect(articleJson(row).corrections).toEqual([]);
  });

  test('pagination as Strapi reads it', () => {
    expect(paginationOf(new URLSearchParams(''))).toEqual({ page: 1, pageSize: 25 });
    expect(paginationOf(new URLSearchParams('pagination[page]=3&pagination[pageSize]=20'))).toEqual(
      {
        page: 3,
        pageSize: 20,
      }
    );
    expect(paginationOf(new URLSearchParams('pagination[pageSize]=500'))).toEqual({
      page: 1,
      pageSize: 100,
    });
    expect(paginationOf(new URLSearchParams('pagination[page]=0'))).toBeNull();
    expect(listMeta({ page: 2, pageSize: 20 }, 5001)).toEqual({
      pagination: { page: 2, pageSize: 20, pageCount: 251, total: 5001 },
    });
  });
});

describe('report', () => {
  const measure = (requestsPerSecond: number, p99 = 50): ScenarioMeasure => ({
    requestsPerSecond,
    latencyMs: { p50: 10, p90: 20, p99 },
    serverPeakRssMb: 300,
    non2xx: 0,
    errors: 0,
    timeouts: 0,
    bytesPerResponse: 1000,
  });

  test('ratios divide req/s; a missing scenario gives no ratio', () => {
    const ratios = computeRatios({ 'by-slug-off': measure(300), 'stock-slug-off': measure(100) });
    expect(ratios.find((r) => r.of === 'by-slug-off' && r.over === 'stock-slug-off')?.value).toBe(
      3
    );
    expect(ratios.find((r) => r.of === 'by-slug-on')?.value).toBeNull();
  });

  test('targets: met only when measured, and strictly under the limits', () => {
    const targets = evaluateTargets(
      {
        'by-slug-off': measure(200, 99),
        'stock-slug-off': measure(100),
        'by-slug-on': measure(900, 100),
        'raw-by-slug': measure(1000),
      },
      { 'strapi-cache-off': 500, 'strapi-cache-on': 650 }
    );
    const byName = Object.fromEntries(targets.map((t) => [t.name, t.met]));
    expect(byName['by-slug (cache off) ÷ stock']).toBe(true);
    expect(byName['by-slug (cache on) ÷ raw ceiling']).toBe(false);
    expect(byName['list page 1 ÷ stock']).toBe(false);
    expect(byName['by-slug (cache off) p99, ms']).toBe(true);
    expect(byName['by-slug (cache on) p99, ms']).toBe(false);
    expect(byName['Strapi server peak RSS, MB']).toBe(false);
  });

  test('tables align', () => {
    expect(
      formatTable(
        ['a', 'bb'],
        [
          ['x', 1],
          ['yyy', 22],
        ]
      ).split('\n')
    ).toEqual(['a    bb', '---  --', 'x     1', 'yyy  22']);
  });
});
