import { PUBLIC_READ_AUTH } from '../../../cache/public-ability';

const auth = PUBLIC_READ_AUTH;

export default {
  routes: [
    { method: 'GET', path: '/sitemaps/index.xml', handler: 'api::sitemap.sitemap.index' },
    {
      method: 'GET',
      path: '/sitemaps/:locale/articles-:page.xml',
      handler: 'api::sitemap.sitemap.articles',
    },
    { method: 'GET', path: '/sitemaps/:locale/news.xml', handler: 'api::sitemap.sitemap.news' },
  ].map((route) => ({ ...route, config: { auth } })),
};
