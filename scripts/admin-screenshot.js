#!/usr/bin/env node
// @ts-check
'use strict';
/*
 * node scripts/admin-screenshot.js [out.png]   (default docs/admin-article-edit.png)
 *
 * Checks the Article edit view in a real browser and saves a screenshot: boots the compiled app
 * with its admin panel on a scratch PostgreSQL database, writes an en article and its az
 * translation (the seed text, imported with the en documentId), changes the en text so the az
 * translation is outdated, logs in with headless Chromium and opens the az edit view.
 *
 * Needs the compiled app and admin panel (`DATABASE_URL=... npx strapi build`), Debian's
 * chromium (`apt-get install chromium`; no browser is downloaded), and a PostgreSQL server:
 * DATABASE_URL's, else postgres://postgres@127.0.0.1:5432/postgres. The scratch database is
 * dropped afterwards. Not part of `npm test`.
 */
/* global fetch, document -- Node 20's fetch; `document` inside page.evaluate (the browser) */
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const output = path.resolve(process.argv[2] || path.join(root, 'docs', 'admin-article-edit.png'));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ADMIN = {
  firstname: 'Nigar',
  lastname: 'Əliyeva',
  email: 'editor@newsroom.test',
  password: 'Screenshot-Passw0rd!',
};
const ARTICLE = 'api::article.article';

/** @param {string} message */
const say = (message) => console.log(`[admin-screenshot] ${message}`);

/** @param {string} url @param {string} database */
function withDatabase(url, database) {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** @param {string} serverUrl @param {string} sql */
async function onServer(serverUrl, sql) {
  const client = new Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** @returns {Promise<number>} */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @param {string} text */
const paragraph = (text) => ({ type: 'paragraph', children: [{ type: 'text', text }] });

/**
 * The story in en (the original), its az translation imported from the seed, then a change
 * to the en lead, which marks the az translation outdated.
 * @param {any} strapi the booted app (Strapi's types are not loaded in a plain script)
 */
async function writeArticles(strapi) {
  const en = await strapi.documents(ARTICLE).create({
    locale: 'en',
    data: {
      title: 'Blinken asks Russia for proof it will not invade Ukraine',
      lead: 'The U.S. secretary of state asked Moscow to pull back troops and heavy weapons.',
      dateline: 'WASHINGTON',
      originalLanguage: 'en',
      body: [
        paragraph(
          'WASHINGTON, Feb 1 (Reuters) - U.S. Secretary of State Antony Blinken asked Russia on Tuesday for proof that it does not intend to invade Ukraine.'
        ),
        paragraph(
          'In a phone call with Russian Foreign Minister Sergei Lavrov, Blinken said it was time to pull back troops and heavy weapons.'
        ),
      ],
    },
  });
  const { importArticle } = require(path.join(dist, 'src', 'importer'));
  const seed = fs.readFileSync(path.join(root, 'database', 'samples', 'az-000-seed.txt'), 'utf8');
  await importArticle(strapi, { text: seed, locale: 'az', documentId: en.documentId });
  // Who translated it: an import records no person, an editor names one.
  await strapi.documents(ARTICLE).update({
    documentId: en.documentId,
    locale: 'az',
    data: { translation: { translator: 'Leyla Məmmədova' } },
  });
  await strapi.documents(ARTICLE).update({
    documentId: en.documentId,
    locale: 'en',
    data: {
      lead: 'The U.S. secretary of state asked Moscow to pull back troops and heavy weapons, a senior official said.',
    },
  });
  return en.documentId;
}

/** @param {string} baseUrl @param {string} documentId */
async function screenshot(baseUrl, documentId) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1640 } });
    await page.goto(`${baseUrl}/admin/auth/login`);
    await page.fill('input[name="email"]', ADMIN.email);
    await page.fill('input[name="password"]', ADMIN.password);
    await page.click('button[type="submit"]');
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });

    const edit = `${baseUrl}/admin/content-manager/collection-types/${ARTICLE}/${documentId}?plugins[i18n][locale]=az`;
    await page.goto(edit);
    await page.getByText('Attribution line', { exact: true }).first().waitFor({ timeout: 60_000 });
    // A first-login guided tour or notice would cover the form: close it.
    for (const name of [/skip/i, /close/i, /got it/i]) {
      const button = page.getByRole('button', { name }).first();
      if (await button.isVisible().catch(() => false)) await button.click().catch(() => {});
    }
    await page.keyboard.press('Escape');
    // Open the repeatable source entry so its source and phrase show.
    const sourceEntry = page.getByRole('button', { name: /agentliyinin|Reuters/ }).first();
    if (await sourceEntry.isVisible().catch(() => false)) await sourceEntry.click();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1000);
    fs.mkdirSync(path.dirname(output), { recursive: true });
    await page.screenshot({ path: output, fullPage: true });
    const seen = await page.evaluate(() => document.body.innerText);
    for (const text of ['Translation', 'outdated', 'Translated from', 'Sources']) {
      if (!seen.includes(text)) say(`warning: "${text}" is not on the page`);
    }
    const line = await page.locator('input[name="attributionLine"]').inputValue();
    if (!line.startsWith('Mənbə: Reuters')) say(`warning: the attribution line reads "${line}"`);
  } finally {
    await browser.close();
  }
}

async function main() {
  if (!fs.existsSync(path.join(dist, 'build', 'index.html'))) {
    throw new Error('No admin build in dist/build: run `DATABASE_URL=... npx strapi build` first.');
  }
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `No browser at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH).`
    );
  }
  require('./lib/env-file').loadEnvFile(root);
  const serverUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const database = `newsroom_admin_shot_${Date.now().toString(36)}`;
  await onServer(serverUrl, `CREATE DATABASE "${database}"`);
  const port = await freePort();
  Object.assign(process.env, {
    DATABASE_URL: withDatabase(serverUrl, database),
    HOST: '127.0.0.1',
    PORT: String(port),
    STRAPI_TELEMETRY_DISABLED: 'true',
    BROWSER: 'none',
  });

  const { createStrapi } = require('@strapi/strapi');
  const app = createStrapi({
    appDir: root,
    distDir: dist,
    autoReload: false,
    serveAdminPanel: true,
  });
  app.log.level = process.env.STRAPI_LOG_LEVEL || 'error';
  try {
    await app.start();
    const baseUrl = `http://127.0.0.1:${port}`;
    say(`app on ${baseUrl}, database ${database}`);
    const registered = await fetch(`${baseUrl}/admin/register-admin`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(ADMIN),
    });
    if (!registered.ok)
      throw new Error(`register-admin: ${registered.status} ${await registered.text()}`);
    const documentId = await writeArticles(app);
    say(`article ${documentId}: en original, az translation (outdated)`);
    await screenshot(baseUrl, documentId);
    say(`saved ${path.relative(process.cwd(), output)}`);
  } finally {
    await app.destroy();
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[admin-screenshot] ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
);
