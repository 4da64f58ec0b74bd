import fs from 'node:fs/promises';
import path from 'node:path';
import { MAX_TEXT_BYTES } from './prepare';

export interface CollectedFiles {
  files: string[];
  /** Paths that do not exist. */
  missing: string[];
}

/**
 * The files to import: a named file as it is (whatever its extension), a folder's `*.txt`
 * files at any depth, skipping hidden entries (`.git`, `.DS_Store`). Sorted, each once.
 */
export async function collectTextFiles(paths: string[]): Promise<CollectedFiles> {
  const found = new Set<string>();
  const missing: string[] = [];
  for (const given of paths) {
    const stat = await fs.stat(given).catch(() => null);
    if (!stat) missing.push(given);
    else if (stat.isDirectory()) for (const file of await textFilesUnder(given)) found.add(file);
    else found.add(path.normalize(given));
  }
  return { files: [...found].sort(), missing };
}

async function textFilesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await textFilesUnder(full)));
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.txt')) files.push(full);
  }
  return files;
}

/** A file's text, refusing what no article can be (over the API's 1 MB limit). */
export async function readArticleFile(file: string): Promise<string> {
  const stat = await fs.stat(file);
  if (stat.size > MAX_TEXT_BYTES) {
    throw new Error(`The file is ${(stat.size / 1024 / 1024).toFixed(1)} MB, over the 1 MB limit.`);
  }
  return fs.readFile(file, 'utf8');
}
