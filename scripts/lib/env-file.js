// @ts-check
'use strict';
// Reads and completes the project's .env: in development, missing secrets are generated once
// (and kept), so `npm run develop` needs no setup; production must bring its own.
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'ENCRYPTION_KEY',
];

/** @param {string} name */
function generateSecret(name) {
  const random = () => crypto.randomBytes(24).toString('base64');
  return name === 'APP_KEYS' ? [random(), random(), random(), random()].join(',') : random();
}

/** @param {string} text @returns {Record<string, string>} */
function parseEnv(text) {
  /** @type {Record<string, string>} */
  const values = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const raw = match[2].trim();
    const quoted = /^(['"])(.*)\1$/.exec(raw);
    // Unquoted values end at a ` #` comment, as in .env.example.
    values[match[1]] = quoted ? quoted[2] : raw.replace(/(^|\s+)#.*$/, '').trim();
  }
  return values;
}

/**
 * Loads `<root>/.env` into process.env (without overriding what is already set) and, outside
 * production, appends any missing secret to it.
 * @param {string} root
 */
function loadEnvFile(root) {
  const file = path.join(root, '.env');
  const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const values = parseEnv(existing);
  const production = process.env.NODE_ENV === 'production';

  if (!production) {
    const missing = SECRET_NAMES.filter((name) => !values[name] && !process.env[name]);
    if (missing.length > 0) {
      const lines = missing.map((name) => `${name}=${generateSecret(name)}`);
      // A new development .env also serves the four languages the samples are written in.
      if (!existing && !process.env.CMS_LOCALES) lines.push('CMS_LOCALES=en,az,ru,tr');
      const prefix = existing && !existing.endsWith('\n') ? '\n' : '';
      const header = existing
        ? ''
        : '# Generated for development by scripts/run.js; see .env.example\n';
      fs.writeFileSync(file, `${existing}${prefix}${header}${lines.join('\n')}\n`, { mode: 0o600 });
      Object.assign(values, parseEnv(lines.join('\n')));
      console.log(`[newsroom] generated development secrets in .env: ${missing.join(', ')}`);
    }
  }

  for (const [name, value] of Object.entries(values)) {
    if (process.env[name] === undefined) process.env[name] = value;
  }
}

module.exports = { loadEnvFile, parseEnv, SECRET_NAMES };
