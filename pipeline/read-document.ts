import { constants, type Stats } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { InputError } from '../parsers/errors.js';
import { READABLE } from '../parsers/formats.js';
import { DEFAULT_LIMITS, tooLarge } from '../parsers/limits.js';

/**
 * The bytes of one document file. Only a regular file of at most `maxBytes` is read: a folder, a FIFO,
 * a device or a socket, a missing or unreadable path and a file over the limit are each a one-line
 * InputError (the caller names the file).
 */
export async function readDocument(path: string, maxBytes = DEFAULT_LIMITS.maxBytes): Promise<Buffer> {
  let handle: FileHandle;
  try {
    // Non-blocking, so that opening a FIFO does not wait for a writer: it is refused just below.
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw openError(e as NodeJS.ErrnoException);
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory())
      throw new InputError('is a directory', 'give a file, or use `palmares ingest` for a directory');
    if (!info.isFile()) throw new InputError(`is not a regular file (${kindOf(info)})`, `give ${READABLE}`);
    if (info.size > maxBytes) throw tooLarge(maxBytes);
    return await readAtMost(handle, maxBytes);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw openError(e as NodeJS.ErrnoException);
  } finally {
    await handle.close();
  }
}

/** Reads to the end; a file that grows past the limit while it is read is refused too. */
async function readAtMost(handle: FileHandle, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw tooLarge(maxBytes);
  }
  return Buffer.concat(chunks, total);
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a file';
}

function openError(e: NodeJS.ErrnoException): InputError {
  switch (e.code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new InputError('no such file');
    case 'EISDIR':
      return new InputError('is a directory', 'give a file, or use `palmares ingest` for a directory');
    case 'EACCES':
    case 'EPERM':
      return new InputError('cannot be read (permission denied)', 'check its permissions');
    case 'ELOOP':
      return new InputError('cannot be read (a loop of symbolic links)', 'check the path');
    case 'ENAMETOOLONG':
      return new InputError('cannot be read (its name is too long)', 'check the path');
    default:
      return new InputError(`cannot be read (${e.code ?? e.message})`, 'check the path');
  }
}
