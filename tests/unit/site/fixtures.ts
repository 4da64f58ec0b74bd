import type { PublishedArticle } from '../../../src/site/published-articles';
import { readSiteConfig } from '../../../src/site/site-config';

export const site = readSiteConfig({
  name: 'Newsroom',
  url: 'https://news.example/',
  articlePath: '/{locale}/{section}/{slug}',
  publicationNames: 'az=Bbabo Xəbər',
  logo: '/logo.png',
});

/** A Reuters story's az translation, as published-articles.ts reads it. */
export function anArticle(overrides: Partial<PublishedArticle> = {}): PublishedArticle {
  return {
    documentId: 'doc1',
    locale: 'az',
    title: 'İstanbulda bərələr işləyir',
    slug: 'istanbulda-bereler-isleyir',
    lead: 'Reuters agentliyinin verdiyi məlumata görə, bərələr işləyir.',
    body: [
      { type: 'paragraph', children: [{ type: 'text', text: 'Bakı <və> İstanbul & reyslər.' }] },
    ],
    dateline: 'İstanbul',
    attributionLine: 'Mənbə: Reuters. İngilis dilindən tərcümə',
    originalReporting: false,
    originalLanguage: 'en',
    originalPublishedAt: null,
    createdAt: '2025-11-24T08:00:00.000Z',
    updatedAt: '2025-11-24T09:59:59.941Z',
    publishedAt: '2025-11-24T10:00:00.000Z',
    firstPublishedAt: '2025-11-24T09:00:00.000Z',
    section: { name: 'Dünya', slug: 'dunya' },
    corrections: [],
    sources: [
      {
        name: 'Reuters',
        slug: 'reuters',
        kind: 'news-agency',
        url: 'https://www.reuters.com',
        verified: true,
        quotedAs: 'Reuters agentliyinin verdiyi məlumata görə',
        originalUrl: 'https://www.reuters.com/world/ferries',
        originalHeadline: 'Istanbul ferries resume',
        role: 'origin',
        inheritedFrom: null,
      },
    ],
    translation: {
      method: 'human',
      from: 'en',
      translator: 'Aygün',
      engine: null,
      translatedAt: null,
      status: 'current',
    },
    alternates: [
      {
        locale: 'en',
        slug: 'istanbul-ferries-resume',
        title: 'Istanbul ferries resume',
        sectionSlug: 'world',
        translatedFrom: null,
      },
    ],
    ...overrides,
  };
}
