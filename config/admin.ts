export default ({ env }: { env: EnvFn }) => ({
  auth: { secret: env('ADMIN_JWT_SECRET') },
  apiToken: { salt: env('API_TOKEN_SALT') },
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
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
