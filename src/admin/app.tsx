import type { StrapiApp } from '@strapi/strapi/admin';
import { Earth } from '@strapi/icons';
import { AttributionPanel } from './extensions/AttributionPanel';
import { OriginPanel } from './extensions/OriginPanel';

export default {
  // No release check against api.github.com from every editor's browser: updates are the
  // maintainers' business (package.json pins Strapi).
  config: { locales: [], notifications: { releases: false } },
  register(app: StrapiApp) {
    // The translator's page: missing and outdated translations of the user's locales.
    app.addMenuLink({
      to: 'translations',
      icon: Earth,
      intlLabel: { id: 'newsroom.translations.menu', defaultMessage: 'Translations' },
      permissions: [
        { action: 'plugin::content-manager.explorer.read', subject: 'api::article.article' },
      ],
      Component: () => import('./extensions/TranslatorPage'),
    });
  },
  bootstrap(app: StrapiApp) {
    // Plugin apis are typed Record<string, unknown>: the content manager's is checked, not cast.
    const { apis } = app.getPlugin('content-manager');
    if (typeof apis.addEditViewSidePanel !== 'function') return;
    // Beside the edit view's Entry panel: who the article credits and whether it can go out.
    apis.addEditViewSidePanel([AttributionPanel]);
    // For a translation: the text of its origin and what changed in it since.
    apis.addEditViewSidePanel([OriginPanel]);
  },
};
