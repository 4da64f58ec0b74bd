// @ts-check
'use strict';
/*
 * Once per `npm test`: a fresh PostgreSQL database for this run (on DATABASE_URL's server when
 * it is set, else on an embedded server in a temporary directory), secrets for the app, and one
 * TypeScript compile of the app that every API test file then boots.
 */
const path = require('node:path');
const crypto = require('node:crypto');
const { Client } = require('pg');
const { startEmbeddedPostgres, temporaryDataDir } = require('../../scripts/lib/embedded-postgres');
const { compileIfChanged } = require('../../scripts/lib/compile-if-changed');

const root = path.resolve(__dirname, '..', '..');

/** @param {string} url @param {string} database */
function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

module.exports = async function globalSetup() {
  // Compiled first: a type error then fails the run before any database exists.
  // Strapi's own compileStrapi() calls process.exit on a type error, which leaves jest hanging;
  // the compiler underneath throws instead, and the run fails with the diagnostics printed.
  const { compile } = require('@strapi/typescript-utils');
  await compileIfChanged(root, () =>
    compile(root, { configOptions: { options: { incremental: true } } })
  );
  const database = `newsroom_test_${Date.now().toString(36)}_${crypto.randomBytes(3).toString('hex')}`;
  /** @type {Record<string, unknown>} */
  const state = { database };

  if (process.env.DATABASE_URL) {
    const serverUrl = process.env.DATABASE_URL;
    const admin = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    state.serverUrl = serverUrl;
    process.env.DATABASE_URL = withDatabase(serverUrl, database);
    console.log(`\n[tests] PostgreSQL from DATABASE_URL, fresh database ${database}`);
  } else {
    const dataDir = temporaryDataDir();
    const port = 20000 + Math.floor(Math.random() * 20000);
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port,
      database,
      quiet: true,
      command: 'npm test',
    });
    state.embedded = embedded;
    state.dataDir = dataDir;
    process.env.DATABASE_URL = embedded.url;
    console.log(`\n[tests] embedded PostgreSQL on port ${embedded.port}, database ${database}`);
  }

  const random = () => crypto.randomBytes(16).toString('base64');
  Object.assign(process.env, {
    NODE_ENV: 'test',
    APP_KEYS: [random(), random()].join(','),
    API_TOKEN_SALT: random(),
    ADMIN_JWT_SECRET: random(),
    JWT_SECRET: random(),
    TRANSFER_TOKEN_SALT: random(),
    ENCRYPTION_KEY: random(),
    CMS_LOCALES: process.env.CMS_LOCALES || 'en,az,ru,tr',
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
  });

  /** @type {any} */ (globalThis).__NEWSROOM_TEST_STATE__ = state;
};
