// How the public site names itself and builds article URLs: JSON-LD, feeds, sitemaps, ninjs.
// Normalized by src/site/site-config.ts (readSiteConfig).
export default ({ env }: { env: EnvFn }) => ({
  name: env('CMS_SITE_NAME', 'Newsroom'),
  // The public site (not this API); absolute. Feeds and sitemaps need absolute URLs.
  url: env('CMS_SITE_URL', 'http://localhost:3000'),
  // Path of an article page under `url`: {locale}, {section} (the section's slug; its segment
  // is dropped when an article has none) and {slug}.
  articlePath: env('CMS_ARTICLE_PATH', '/{locale}/{section}/{slug}'),
  // Older setting: a whole URL with {locale} and {slug}; wins over articlePath when set.
  articleUrlPattern: env('CMS_ARTICLE_URL_PATTERN', ''),
  // Publication name per locale, `az=Bbabo NET,ru=Ббабо` (Google News, feeds); `name` otherwise.
  publicationNames: env('CMS_PUBLICATION_NAMES', ''),
  // Publisher logo for schema.org (absolute, or a path under `url`).
  logo: env('CMS_SITE_LOGO', '/logo.png'),
});
