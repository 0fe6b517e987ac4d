import { createHash } from 'node:crypto';
import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { InputError, KNOWN_EXTENSIONS } from '../parsers/index.js';

/** A document to read: its bytes, where they came from, and their hash. */
export interface Source {
  /** A path as given or found (POSIX, relative to the working directory), or "-" for standard input. */
  path: string;
  bytes: Buffer;
  sha256: string;
  /** The file name it is placed in the corpus under, where its path has none (an e-mail's attachment). */
  name?: string;
}

/** A file a folder holds that palmares does not read, and why. */
export interface Skipped {
  path: string;
  reason: string;
}

/**
 * Files under the given paths that palmares reads, sorted; a folder is walked, a file taken as it is.
 * What a folder holds and is not read (another extension, a link) is passed to `onSkipped`.
 */
export async function findDocuments(
  paths: string[],
  onSkipped: (skipped: Skipped) => void = () => {},
): Promise<string[]> {
  const skipped: Skipped[] = [];
  const found = await Promise.all(
    paths.map(async (path) => {
      const info = await stat(path).catch(() => {
        throw new InputError(`${path}: no such file or directory`, 'check the path');
      });
      if (!info.isDirectory()) return [path];
      const entries = await readdir(path, { recursive: true, withFileTypes: true });
      const files: string[] = [];
      for (const e of entries) {
        const at = join(e.parentPath, e.name);
        const why = skipReason(e);
        if (why === null) files.push(at);
        else if (why) skipped.push({ path: toPosixRelative(at), reason: why });
      }
      return files;
    }),
  );
  for (const s of skipped.sort((a, b) => byCodePoint(a.path, b.path))) onSkipped(s);
  return [...new Set(found.flat().map(toPosixRelative))].sort(byCodePoint);
}

/** Null for a document to read, '' for a folder (walked anyway), else why the entry is left out. */
function skipReason(entry: Dirent): string | null {
  if (entry.isDirectory()) return '';
  if (entry.isSymbolicLink()) return 'is a symbolic link, which is not followed; name its target to read it';
  if (!entry.isFile()) return 'is not a regular file';
  const ext = extname(entry.name).toLowerCase();
  if (KNOWN_EXTENSIONS.includes(ext)) return null;
  return `${ext ? `its extension ${ext} is` : 'a name without an extension is'} not one palmares reads (${KNOWN_EXTENSIONS.join(' ')}); name the file itself to read it anyway`;
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
