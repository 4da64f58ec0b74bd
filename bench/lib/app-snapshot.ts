import fs from 'node:fs';
import path from 'node:path';

/** Where a snapshot keeps the compiled benchmark (its child processes), beside config/ and src/. */
const BENCH_BUILD = 'bench-build';

/**
 * A private copy of the compiled app (config/ and src/ of dist/) under bench/results/<name>,
 * with the compiled benchmark (bench/dist/) in its bench-build/, for the benchmark's child
 * processes: someone recompiling dist/ or bench/dist/ while a benchmark runs then cannot
 * change the code being measured half-way through.
 */
export function snapshotCompiledApp(root: string, name: string): string {
  const target = path.join(root, 'bench', 'results', name);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const entry of ['config', 'src']) {
    fs.cpSync(path.join(root, 'dist', entry), path.join(target, entry), { recursive: true });
  }
  for (const entry of ['bench', 'src']) {
    fs.cpSync(path.join(root, 'bench', 'dist', entry), path.join(target, BENCH_BUILD, entry), {
      recursive: true,
    });
  }
  return target;
}

/** The script of a benchmark child process (`strapi-server.js`…) in a snapshot. */
export function childEntry(appDir: string, file: string): string {
  return path.join(appDir, BENCH_BUILD, 'bench', 'lib', file);
}

/** The snapshot (the app's compiled dir) a child started by childEntry() belongs to. */
export function appDirOfChild(childDir: string): string {
  return path.resolve(childDir, '..', '..', '..');
}

export function removeSnapshot(target: string): void {
  fs.rmSync(target, { recursive: true, force: true });
}
