#!/usr/bin/env node
// @ts-check
'use strict';
/*
 * `npm run types:check` (`.ci/run`): fails when types/generated/ (committed) no longer matches the
 * content-type and component schemas. It regenerates the types into a scratch directory with
 * Strapi's own generator and compares file by file. `npm run types:generate` (`--write`) rewrites
 * the committed ones.
 *
 * The generator loads the app's configuration but only reads schemas: it never connects to the
 * database, so an unset DATABASE_URL gets a placeholder (config/database.ts refuses to load without one).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.resolve(__dirname, '..');
const committedDir = path.join(root, 'types', 'generated');
// The package's exports map hides bin/; resolve it beside package.json instead.
const strapiBin = path.join(
  path.dirname(require.resolve('@strapi/strapi/package.json')),
  'bin',
  'strapi.js'
);

if (process.argv.includes('--write')) {
  // The generator's default place: types/generated/.
  generate([]);
  process.exit(0);
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-types-'));
try {
  // --out-dir is taken relative to the project; the generator writes <out-dir>/generated/*.d.ts.
  generate(['--silent', '--out-dir', path.relative(root, scratch)]);
  const freshDir = path.join(scratch, 'generated');
  if (listDts(freshDir).length === 0) {
    console.error(
      'strapi ts:generate-types wrote no types: nothing to compare with types/generated/'
    );
    process.exit(1);
  }
  const names = new Set([...listDts(committedDir), ...listDts(freshDir)]);
  const stale = [...names].sort().filter((name) => {
    const committed = readOrNull(path.join(committedDir, name));
    return committed === null || committed !== readOrNull(path.join(freshDir, name));
  });
  if (stale.length > 0) {
    console.error(
      `types/generated/ is stale: ${stale.join(', ')} no longer match${stale.length === 1 ? 'es' : ''} ` +
        'the schemas under src/.\nRun `npm run types:generate` and commit types/generated/.'
    );
    process.exit(1);
  }
  console.log(`types/generated/ matches the schemas (${names.size} files).`);
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}

/** Runs `strapi ts:generate-types` with the given options; exits on failure. @param {string[]} options */
function generate(options) {
  const result = spawnSync(process.execPath, [strapiBin, 'ts:generate-types', ...options], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL || 'postgres://types-check@127.0.0.1:1/unused',
      STRAPI_TELEMETRY_DISABLED: 'true',
    },
  });
  if (result.status !== 0) {
    console.error(`strapi ts:generate-types failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

/** @param {string} dir */
function listDts(dir) {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => name.endsWith('.d.ts')) : [];
}

/** @param {string} file */
function readOrNull(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
}
