// @ts-check
'use strict';
/*
 * CLI tools run from compiled JavaScript. Compiling takes seconds even when nothing changed (the
 * TypeScript program is type-checked again), so it runs only when the sources differ from
 * those of the last compile: a fingerprint of every input file's path, size and mtime.
 * Two outputs: the app in dist/ (what `npm run build` ships) and the benchmarks in bench/dist/
 * (bench/tsconfig.json; never part of the app's build).
 */
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { execFileSync } = require('node:child_process');

/** What the compiled app is made from, relative to the project. */
const INPUTS = ['src', 'config', 'database/migrations', 'types', 'tsconfig.json', 'package.json'];
const STAMP = path.join('dist', '.sources-fingerprint');

/** The benchmarks import app modules from src/, so those are their inputs too. */
const BENCH_INPUTS = ['bench/cli', 'bench/lib', 'bench/tsconfig.json', ...INPUTS];
const BENCH_STAMP = path.join('bench', 'dist', '.sources-fingerprint');

/**
 * @param {string} root
 * @param {string[]} [inputs]
 */
function sourcesFingerprint(root, inputs = INPUTS) {
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
  inputs.forEach(visit);
  return hash.digest('hex');
}

/**
 * Runs `compile` unless `output` exists and was compiled from sources with this fingerprint.
 * @param {string} root
 * @param {{ inputs: string[], stamp: string, output: string }} target
 * @param {() => Promise<unknown> | unknown} compile
 */
async function compileTargetIfChanged(root, target, compile) {
  const fingerprint = sourcesFingerprint(root, target.inputs);
  const stampFile = path.join(root, target.stamp);
  const previous = fs.existsSync(stampFile) ? fs.readFileSync(stampFile, 'utf8') : '';
  if (previous === fingerprint && fs.existsSync(path.join(root, target.output))) return false;
  await compile();
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, fingerprint);
  return true;
}

/**
 * Compiles the app to dist/ unless it was compiled from these very sources.
 * @param {string} root
 * @param {() => Promise<unknown>} [compile] the compiler to run (default: Strapi's)
 */
async function compileIfChanged(root, compile) {
  return compileTargetIfChanged(
    root,
    { inputs: INPUTS, stamp: STAMP, output: path.join('dist', 'src', 'index.js') },
    compile ?? (() => require('@strapi/strapi').compileStrapi({ appDir: root }))
  );
}

/**
 * Compiles the benchmarks (bench/tsconfig.json) to bench/dist/ unless they, and the app
 * modules they import, are unchanged since the last compile. A type error throws.
 * @param {string} root
 */
async function compileBenchIfChanged(root) {
  return compileTargetIfChanged(
    root,
    {
      inputs: BENCH_INPUTS,
      stamp: BENCH_STAMP,
      output: path.join('bench', 'dist', 'bench', 'cli', 'bench.js'),
    },
    () => {
      const tsc = require.resolve('typescript/bin/tsc');
      try {
        execFileSync(process.execPath, [tsc, '-p', path.join(root, 'bench', 'tsconfig.json')], {
          cwd: root,
          stdio: 'inherit',
        });
      } catch {
        throw new Error('the benchmarks did not compile (bench/tsconfig.json): see above');
      }
    }
  );
}

module.exports = { compileIfChanged, compileBenchIfChanged, sourcesFingerprint };
