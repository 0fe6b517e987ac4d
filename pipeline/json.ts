import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** The one serialisation of records: two-space JSON and a final newline, so files diff well. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** `<file>.<pid>.<12 hex digits>.tmp`: the temporary a write goes through, named after the process writing it. */
const TEMPORARY = /\.(?:(\d+)\.)?[0-9a-f]{12}\.tmp$/;

/**
 * Writes through a temporary file beside `path` and a rename, so that a reader never sees half a file:
 * a process killed mid-write leaves the old file whole, and at worst a temporary that
 * `removeStaleTemporaries` deletes on the next run.
 */
export async function writeAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    // The folder is made only when it is missing: most writes go to one that is there.
    await writeFile(tmp, content).catch(async (e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
      await mkdir(dirname(path), { recursive: true });
      await writeFile(tmp, content);
    });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/** Writes only when the content differs, so that running again on the same input touches nothing. */
export async function writeIfChanged(path: string, content: string): Promise<boolean> {
  const current = await readFile(path, 'utf8').catch(() => null);
  if (current === content) return false;
  await writeAtomic(path, content);
  return true;
}

/**
 * Deletes the temporaries that killed runs left in these folders (and below): those of processes that
 * are no longer running, so that a run going on beside this one keeps its own. Returns their paths.
 */
export async function removeStaleTemporaries(dirs: string[]): Promise<string[]> {
  const removed: string[] = [];
  for (const dir of dirs.filter((d) => existsSync(d))) {
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      const pid = entry.isFile() ? TEMPORARY.exec(entry.name) : null;
      if (!pid || (pid[1] && isRunning(Number(pid[1])))) continue;
      const path = join(entry.parentPath, entry.name);
      await rm(path, { force: true });
      removed.push(path);
    }
  }
  return removed.sort();
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it runs, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
