// How the public site names itself and builds article URLs (for JSON-LD and hreflang).
export default ({ env }: { env: EnvFn }) => ({
  name: env('CMS_SITE_NAME', 'Newsroom'),
  url: env('CMS_SITE_URL', ''),
  // e.g. https://news.example/{locale}/{slug}; empty: JSON-LD uses URNs instead of URLs.
  articleUrlPattern: env('CMS_ARTICLE_URL_PATTERN', ''),
});
