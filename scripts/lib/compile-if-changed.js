// @ts-check
'use strict';
/*
 * CLI tools run from dist/. Compiling the app takes seconds even when nothing changed (the
 * TypeScript program is type-checked again), so it runs only when the sources differ from
 * those of the last compile: a fingerprint of every input file's path, size and mtime.
 */
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

/** What the compiled app is made from, relative to the project. */
const INPUTS = ['src', 'config', 'database/migrations', 'types', 'tsconfig.json', 'package.json'];
const STAMP = path.join('dist', '.sources-fingerprint');

/** @param {string} root */
function sourcesFingerprint(root) {
  const hash = crypto.createHash('sha256');
  /** @param {string} relative */
  const visit = (relative) => {
    const absolute = path.join(root, relative);
    let stats;
    try {
      stats = fs.statSync(absolute);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const entry of fs.readdirSync(absolute).sort()) visit(path.join(relative, entry));
    } else {
      hash.update(`${relative}\0${stats.size}\0${stats.mtimeMs}\n`);
    }
  };
  INPUTS.forEach(visit);
  return hash.digest('hex');
}

/**
 * Compiles the app to dist/ unless it was compiled from these very sources.
 * @param {string} root
 * @param {() => Promise<unknown>} [compile] the compiler to run (default: Strapi's)
 */
async function compileIfChanged(root, compile) {
  const fingerprint = sourcesFingerprint(root);
  const stampFile = path.join(root, STAMP);
  const previous = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : '';
  if (previous === fingerprint && fs.existsSync(path.join(root, 'dist', 'src', 'index.js')))
    return false;
  if (compile) await compile();
  else await require('@strapi/strapi').compileStrapi({ appDir: root });
  fs.writeFileSync(stampFile, fingerprint);
  return true;
}

module.exports = { compileIfChanged, sourcesFingerprint };
