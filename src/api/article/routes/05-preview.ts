import { previewTokenAuth } from '../../../preview/strapi-glue';

// The preview page the admin's "Open preview" shows (src/preview): admitted only with a signed
// token from the admin's preview handler (config/admin.ts), never by the Public role.
export default {
  routes: [
    {
      method: 'GET',
      path: '/preview/articles/:documentId',
      handler: 'api::article.article-preview.show',
      config: { auth: { strategies: [previewTokenAuth] } },
    },
  ],
};
