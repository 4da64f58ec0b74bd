import fs from 'node:fs';
import path from 'node:path';

/**
 * A private copy of the compiled app (config/ and src/ of `compiled`) under
 * bench/results/<name>, for the benchmark's child processes: someone recompiling dist/ while a
 * benchmark runs then cannot change the code being measured half-way through.
 */
export function snapshotCompiledApp(compiled: string, root: string, name: string): string {
  const target = path.join(root, 'bench', 'results', name);
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const entry of ['config', 'src']) {
    fs.cpSync(path.join(compiled, entry), path.join(target, entry), { recursive: true });
  }
  return target;
}

export function removeSnapshot(target: string): void {
  fs.rmSync(target, { recursive: true, force: true });
}
