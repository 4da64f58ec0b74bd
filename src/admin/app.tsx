import type { StrapiApp } from '@strapi/strapi/admin';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { AttributionPanel } from './extensions/AttributionPanel';

interface ContentManagerApis {
  addEditViewSidePanel(panels: PanelComponent[]): void;
}

export default {
  // No release check against api.github.com from every editor's browser: updates are the
  // maintainers' business (package.json pins Strapi).
  config: { locales: [], notifications: { releases: false } },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: ContentManagerApis;
    };
    // Beside the edit view's Entry panel: who the article credits and whether it can go out.
    contentManager.apis.addEditViewSidePanel([AttributionPanel]);
  },
};
