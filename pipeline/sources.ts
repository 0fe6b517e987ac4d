import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { InputError, KNOWN_EXTENSIONS } from '../parsers/index.js';

/** A document to read: its bytes, where they came from, and their hash. */
export interface Source {
  /** A path as given or found (POSIX, relative to the working directory), or "-" for standard input. */
  path: string;
  bytes: Buffer;
  sha256: string;
}

/** Files under the given paths that palmares reads, sorted; a folder is walked, a file taken as it is. */
export async function findDocuments(paths: string[]): Promise<string[]> {
  const found = await Promise.all(
    paths.map(async (path) => {
      const info = await stat(path).catch(() => {
        throw new InputError(`${path}: no such file or directory`, 'check the path');
      });
      if (!info.isDirectory()) return [path];
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      return entries
        .filter((e) => e.isFile() && KNOWN_EXTENSIONS.includes(extname(e.name).toLowerCase()))
        .map((e) => join(e.parentPath, e.name));
    }),
  );
  return [...new Set(found.flat().map(toPosixRelative))].sort(byCodePoint);
}

/** Reads the documents named by `paths` ("-" reads standard input once). */
export async function readSources(paths: string[], stdin: () => Promise<Buffer>): Promise<Source[]> {
  const files = await findDocuments(paths.filter((p) => p !== '-'));
  const sources = await Promise.all(files.map(async (path) => source(path, await readFile(path))));
  if (paths.includes('-')) sources.push(source('-', await stdin()));
  return sources;
}

export function source(path: string, bytes: Buffer): Source {
  return { path, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function toPosixRelative(path: string): string {
  return relative(process.cwd(), path).split(sep).join('/');
}

export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
