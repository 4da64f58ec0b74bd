import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  evaluateArticle,
  problemWith,
  scoresOf,
  type LabelledArticle,
} from '../../../src/attribution/eval/score';

const article = (overrides: Partial<LabelledArticle>): LabelledArticle => ({
  locale: 'en',
  title: 'Oil falls',
  paragraphs: [],
  expected: [],
  ...overrides,
});

describe('attribution evaluation', () => {
  it('counts a known outlet under any spelling as found, and each outlet once', () => {
    const result = evaluateArticle(
      article({
        paragraphs: [
          'LONDON (Reuters) - Oil fell.',
          'Prices dropped, Рейтер and Reuters reported.',
        ],
        expected: ['Рейтер'],
      })
    );
    expect(result.found).toEqual(['Reuters']);
    expect(result.missed).toEqual([]);
    expect(result.wrong).toEqual([]);
  });

  it('reports what it missed and what it found that was not expected', () => {
    const result = evaluateArticle(
      article({
        paragraphs: ['Oil fell, according to Bloomberg.'],
        expected: ['Associated Press'],
      })
    );
    expect(result.missed).toEqual(['Associated Press']);
    expect(result.wrong).toEqual(['Bloomberg']);
  });

  it('scores precision, recall and F1, and an empty prediction of nothing as perfect', () => {
    const scores = scoresOf({
      truePositives: 8,
      falsePositives: 2,
      falseNegatives: 8,
      articles: 3,
    });
    expect(scores.precision).toBeCloseTo(0.8);
    expect(scores.recall).toBeCloseTo(0.5);
    expect(scores.f1).toBeCloseTo(0.6154, 3);
    expect(
      scoresOf({ truePositives: 0, falsePositives: 0, falseNegatives: 0, articles: 1 }).f1
    ).toBe(1);
  });

  it('refuses malformed corpus entries with a reason', () => {
    expect(problemWith({ locale: 'az', title: 't', paragraphs: 'text', expected: [] })).toMatch(
      /paragraphs/
    );
    expect(problemWith({ title: 't', paragraphs: [], expected: [] })).toMatch(/locale/);
    expect(problemWith(article({}))).toBeNull();
  });

  it('finds the bundled corpus well formed: twelve languages, at least ten articles each', () => {
    const folder = path.join(__dirname, '../../../database/eval/attribution');
    const articles = readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .flatMap((file) => JSON.parse(readFileSync(path.join(folder, file), 'utf8')) as unknown[]);
    for (const entry of articles) expect(problemWith(entry)).toBeNull();
    const perLanguage = new Map<string, number>();
    for (const entry of articles as LabelledArticle[])
      perLanguage.set(entry.locale, (perLanguage.get(entry.locale) ?? 0) + 1);
    expect(perLanguage.size).toBe(12);
    for (const count of perLanguage.values()) expect(count).toBeGreaterThanOrEqual(10);
  });
});
