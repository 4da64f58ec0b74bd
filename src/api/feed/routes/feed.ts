import { PUBLIC_READ_AUTH } from '../../../cache/public-ability';

const auth = PUBLIC_READ_AUTH;

export default {
  routes: [
    { method: 'GET', path: '/feeds/:locale/rss.xml', handler: 'api::feed.feed.rss' },
    { method: 'GET', path: '/feeds/:locale/atom.xml', handler: 'api::feed.feed.atom' },
    { method: 'GET', path: '/feeds/:locale/feed.json', handler: 'api::feed.feed.json' },
    { method: 'GET', path: '/feeds/:locale/ninjs.json', handler: 'api::feed.feed.ninjs' },
  ].map((route) => ({ ...route, config: { auth } })),
};
