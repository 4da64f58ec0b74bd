// @ts-check
'use strict';
const { Client } = require('pg');
const { removeDataDir } = require('../../scripts/lib/embedded-postgres');

module.exports = async function globalTeardown() {
  /** @type {any} */
  const state = /** @type {any} */ (globalThis).__NEWSROOM_TEST_STATE__;
  if (!state) return;
  if (state.embedded) {
    await state.embedded.stop();
    removeDataDir(state.dataDir);
    return;
  }
  const url = new URL(state.serverUrl);
  url.pathname = '/postgres';
  const admin = new Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${state.database}" WITH (FORCE)`);
  await admin.end();
};
