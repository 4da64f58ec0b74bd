import Parser from 'rss-parser';
import { XMLValidator } from 'fast-xml-parser';
import {
  feedItem,
  renderAtom,
  renderJsonFeed,
  renderRss,
  type FeedContext,
} from '../../../src/site/feeds';
import { anArticle, site } from './fixtures';

const context: FeedContext = {
  site,
  locale: 'az',
  title: 'Bbabo Xəbər',
  description: 'Son xəbərlər',
  links: {
    rss: 'https://api.example/api/feeds/az/rss.xml',
    atom: 'https://api.example/api/feeds/az/atom.xml',
    json: 'https://api.example/api/feeds/az/feed.json',
    ninjs: 'https://api.example/api/feeds/az/ninjs.json',
  },
};
const NOW = '2025-11-25T00:00:00.000Z';

describe('feedItem', () => {
  it('credits the agency as author, links its original and the page of every language', () => {
    const item = feedItem(site, anArticle());
    expect(item).toMatchObject({
      id: 'urn:newsroom:article:doc1:az',
      url: 'https://news.example/az/dunya/istanbulda-bereler-isleyir',
      published: '2025-11-24T09:00:00.000Z',
      authors: [{ name: 'Reuters', url: 'https://www.reuters.com' }],
      via: [{ name: 'Reuters', url: 'https://www.reuters.com/world/ferries' }],
      alternates: [{ locale: 'en', url: 'https://news.example/en/world/istanbul-ferries-resume' }],
    });
    expect(item.contentHtml).toContain('<p class="attribution">Mənbə: Reuters.');
  });

  it('is never updated before it was published', () => {
    const item = feedItem(site, anArticle());
    expect(item.updated).toBe('2025-11-24T10:00:00.000Z');
  });

  it('names the site as author of its own reporting', () => {
    const item = feedItem(site, anArticle({ sources: [], originalReporting: true }));
    expect(item.authors).toEqual([{ name: 'Newsroom', url: 'https://news.example' }]);
  });
});

describe('renderRss / renderAtom', () => {
  it('writes well-formed XML that a feed parser reads back, text escaped', async () => {
    const items = [feedItem(site, anArticle({ title: 'A <b> & "c"' }))];
    for (const xml of [renderRss(context, items, NOW), renderAtom(context, items, NOW)]) {
      expect(XMLValidator.validate(xml)).toBe(true);
      const feed = await new Parser().parseString(xml);
      expect(feed.items[0].title).toBe('A <b> & "c"');
    }
  });

  it('is valid with no items', () => {
    expect(XMLValidator.validate(renderRss(context, [], NOW))).toBe(true);
    expect(renderAtom(context, [], NOW)).toContain(`<updated>${NOW}</updated>`);
  });
});

describe('renderJsonFeed', () => {
  it('is JSON Feed 1.1 with the extension under _newsroom', () => {
    const feed = renderJsonFeed(context, [feedItem(site, anArticle())]);
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.items[0]).toMatchObject({
      external_url: 'https://www.reuters.com/world/ferries',
      language: 'az',
      tags: ['Dünya'],
      _newsroom: { attribution_line: 'Mənbə: Reuters. İngilis dilindən tərcümə' },
    });
  });
});
