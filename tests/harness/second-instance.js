// @ts-check
'use strict';
/*
 * Another app instance on the same database, as a load balancer's second backend would be:
 * the compiled app booted in its own process and listening on a free port. Prints
 * `listening <port>` when it serves, then Strapi's log lines (STRAPI_LOG_LEVEL) as they come.
 */
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
  app.log.level = process.env.STRAPI_LOG_LEVEL ?? 'error';
  await app.load();
  app.server.mount();
  await new Promise((resolve) => app.server.httpServer.listen(0, '127.0.0.1', () => resolve(null)));
  const address = app.server.httpServer.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : ''}\n`);
  const stop = async () => {
    await app.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
