import { previewUrl } from '../src/preview/strapi-glue';

export default ({ env }: { env: EnvFn }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  // Strapi AI needs an Enterprise licence and Strapi's cloud: off. The edit view still asks two
  // AI questions; src/access/admin-requests.ts answers them instead of a 404.
  ai: { enabled: false },
  // The edit view's "Open preview": this server's own preview page of the version being edited,
  // behind a short-lived signed link (src/preview). Same origin as the admin, hence 'self'.
  preview: {
    enabled: true,
    config: {
      allowedOrigins: ["'self'"],
      handler: (uid: string, params: { documentId?: string; locale?: string; status?: string }) =>
        previewUrl(strapi, uid, params),
    },
  },
  // `strapi develop` restarts on file changes; tests, data and docs are not the app.
  watchIgnoreFiles: [
    '**/tests/**',
    '**/database/.data/**',
    '**/database/.data.launchers/**',
    '**/database/samples/**',
    '**/docs/**',
    '**/bench/**',
  ],
});
