#!/usr/bin/env node
// @ts-check
'use strict';
/*
 * node scripts/translator-page-screenshot.js [out.png]   (default docs/translator-page.png; the
 * edit view with its Origin panel beside it goes to out-origin-panel.png)
 *
 * Checks the translator's page (admin menu "Translations") in a real browser and saves a
 * screenshot: boots the compiled app with its admin panel on a scratch PostgreSQL database,
 * writes an en article and its az translation, then changes the en lead and a paragraph and
 * adds one (the az translation is outdated), writes a second en article with no az version
 * (missing), signs in as a Translator (az) and opens the page. It then follows the outdated
 * article's link and checks that the az edit view opens with the Origin panel showing the en
 * text and what changed.
 *
 * Needs what scripts/admin-screenshot.js needs: the compiled app and admin panel, Debian's
 * chromium, a PostgreSQL server (DATABASE_URL's, else postgres://postgres@127.0.0.1:5432/postgres).
 * The scratch database is dropped afterwards. Not part of `npm test`.
 */
/* global fetch, document -- Node 20's fetch; `document` inside page.evaluate (the browser) */
const fs = require('node:fs');
const net = require('node:net');
const path = require('node:path');
const { Client } = require('pg');

const root = path.resolve(__dirname, '..');
const dist = path.join(root, 'dist');
const output = path.resolve(process.argv[2] || path.join(root, 'docs', 'translator-page.png'));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ADMIN = {
  firstname: 'Nigar',
  lastname: 'Əliyeva',
  email: 'editor@newsroom.test',
  password: 'Screenshot-Passw0rd!',
};
const TRANSLATOR = {
  firstname: 'Leyla',
  lastname: 'Məmmədova',
  email: 'leyla@newsroom.test',
  password: 'Screenshot-Passw0rd!',
};
const ARTICLE = 'api::article.article';

/** @param {string} message */
const say = (message) => console.log(`[translator-page-screenshot] ${message}`);

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
 * @param {string} baseUrl
 * @param {string} path
 * @param {unknown} body
 * @param {string} [token]
 */
async function post(baseUrl, path, body, token) {
  const response = await fetch(`${baseUrl}${path}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return /** @type {any} */ (await response.json());
}

/** A Translator (az) admin user, registered through the admin API. @param {string} baseUrl */
async function addTranslator(baseUrl) {
  const admin = await post(baseUrl, '/admin/register-admin', ADMIN);
  const token = admin.data.token;
  const roles = await fetch(`${baseUrl}/admin/roles`, {
    headers: { Authorization: `Bearer ${token}` },
  }).then((response) => /** @type {Promise<any>} */ (response.json()));
  const role = roles.data.find((/** @type {{name: string}} */ r) => r.name === 'Translator (az)');
  const { firstname, lastname, email, password } = TRANSLATOR;
  const invited = await post(
    baseUrl,
    '/admin/users',
    { firstname, lastname, email, roles: [role.id] },
    token
  );
  await post(baseUrl, '/admin/register', {
    registrationToken: invited.data.registrationToken,
    userInfo: { firstname, lastname, password },
  });
}

/** @param {any} strapi the booted app */
async function writeArticles(strapi) {
  const en = await strapi.documents(ARTICLE).create({
    locale: 'en',
    data: {
      title: 'Blinken asks Russia for proof it will not invade Ukraine',
      lead: 'The U.S. secretary of state asked Moscow to pull back troops and heavy weapons.',
      originalReporting: true,
      originalLanguage: 'en',
      body: [
        paragraph('U.S. Secretary of State Antony Blinken asked Russia on Tuesday for proof.'),
        paragraph('In a phone call with Sergei Lavrov, Blinken said it was time to pull back.'),
        paragraph('The State Department did not comment further.'),
      ],
    },
  });
  await strapi.documents(ARTICLE).update({
    documentId: en.documentId,
    locale: 'az',
    data: {
      title: 'Blinken Rusiyadan Ukraynaya hücum etməyəcəyinə dair sübut istəyib',
      lead: 'ABŞ dövlət katibi Moskvadan qoşunları və ağır silahları geri çəkməyi xahiş edib.',
      body: [
        paragraph('ABŞ dövlət katibi Antoni Blinken çərşənbə axşamı Rusiyadan sübut istəyib.'),
        paragraph(
          'Sergey Lavrovla telefon danışığında Blinken geri çəkilmə vaxtının çatdığını deyib.'
        ),
        paragraph('Dövlət Departamenti əlavə şərh verməyib.'),
      ],
    },
  });
  await strapi.documents(ARTICLE).update({
    documentId: en.documentId,
    locale: 'en',
    data: {
      lead: 'The U.S. secretary of state asked Moscow to pull back troops and heavy weapons, a senior official said.',
      body: [
        paragraph('U.S. Secretary of State Antony Blinken asked Russia on Tuesday for proof.'),
        paragraph(
          'In a phone call with Sergei Lavrov, Blinken said it was time to pull back troops and heavy weapons.'
        ),
        paragraph('The State Department did not comment further.'),
        paragraph('Lavrov is due to answer in writing this week.'),
      ],
    },
  });
  await strapi.documents(ARTICLE).create({
    locale: 'en',
    data: {
      title: 'Storm Arwen leaves thousands without power',
      lead: 'Britain counts the damage.',
      originalReporting: true,
      body: [paragraph('Thousands of homes were without power on Sunday.')],
    },
  });
  return en.documentId;
}

/** @param {string} baseUrl @param {string} documentId */
async function screenshot(baseUrl, documentId) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1400 } });
    const failed = /** @type {string[]} */ ([]);
    page.on('response', (response) => {
      if (response.url().includes('/translators/') && response.status() >= 400) {
        failed.push(`${response.status()} ${response.url()}`);
      }
    });
    await page.goto(`${baseUrl}/admin/auth/login`);
    await page.fill('input[name="email"]', TRANSLATOR.email);
    await page.fill('input[name="password"]', TRANSLATOR.password);
    await page.click('button[type="submit"]');
    await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });

    await page.getByRole('link', { name: 'Translations' }).first().click();
    await page.getByText('Outdated in az', { exact: false }).first().waitFor({ timeout: 60_000 });
    for (const name of [/skip/i, /close/i, /got it/i]) {
      const button = page.getByRole('button', { name }).first();
      if (await button.isVisible().catch(() => false)) await button.click().catch(() => {});
    }
    await page.keyboard.press('Escape');
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    fs.mkdirSync(path.dirname(output), { recursive: true });
    await page.screenshot({ path: output, fullPage: true });
    // Badges are upper-cased by CSS, which innerText follows.
    const seen = (await page.evaluate(() => document.body.innerText)).toLowerCase();
    for (const text of [
      'Lead changed',
      'Paragraph 2 changed',
      'Paragraph 4 added',
      'Missing in az',
      'Storm Arwen leaves thousands without power',
    ]) {
      if (!seen.includes(text.toLowerCase())) throw new Error(`"${text}" is not on the page`);
    }
    if (failed.length > 0) throw new Error(`failed requests: ${failed.join(', ')}`);

    await page
      .locator(`[data-document-id="${documentId}"]`)
      .getByRole('link', { name: /Edit the az translation/ })
      .click();
    await page.waitForURL((url) => url.pathname.endsWith(documentId), { timeout: 60_000 });
    if (!page.url().includes('plugins[i18n][locale]=az') && !page.url().includes('locale%5D=az')) {
      throw new Error(`the link opened ${page.url()}`);
    }
    await page.getByText('Attribution line', { exact: true }).first().waitFor({ timeout: 60_000 });
    await page.getByText('Origin (en)').first().waitFor({ timeout: 60_000 });
    await page.getByTestId('origin-panel').waitFor({ timeout: 60_000 });
    const panel = await page.getByTestId('origin-panel').innerText();
    for (const text of ['Outdated: the en text changed', 'Paragraph 4 added', 'Lavrov is due']) {
      if (!panel.includes(text)) throw new Error(`"${text}" is not in the Origin panel`);
    }
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: output.replace(/\.png$/, '-origin-panel.png'), fullPage: true });
    say(`the link opens ${new URL(page.url()).pathname}${new URL(page.url()).search}`);

    // The missing article's link: the create-locale form, with the origin to fill in from named.
    await page.goBack();
    await page
      .getByRole('link', { name: /Translate into az/ })
      .first()
      .click();
    await page.getByTestId('origin-panel').waitFor({ timeout: 60_000 });
    const creating = await page.getByTestId('origin-panel').innerText();
    if (!creating.includes('human translation from en') || !creating.includes('Storm Arwen')) {
      throw new Error(`the Origin panel of the new az version reads: ${creating}`);
    }
    say(
      `the missing article's link opens ${new URL(page.url()).pathname}${new URL(page.url()).search}`
    );
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
  const database = `newsroom_translator_shot_${Date.now().toString(36)}`;
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
    await addTranslator(baseUrl);
    const documentId = await writeArticles(app);
    say(
      `article ${documentId}: en original, az translation outdated; a second article missing in az`
    );
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
    console.error(`[translator-page-screenshot] ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
);
