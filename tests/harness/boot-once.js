// @ts-check
'use strict';
// Boots the compiled app once against DATABASE_URL and exits: 0 when it came up.
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const root = path.resolve(__dirname, '..', '..');
(async () => {
  const app = createStrapi({
    appDir: root,
    distDir: path.join(root, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  });
  app.log.level = 'error';
  await app.load();
  await app.destroy();
  process.stdout.write('booted\n');
  process.exit(0);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
