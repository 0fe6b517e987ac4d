import { createRequire } from 'node:module';
import { InputError } from './errors.js';

let loaded: typeof import('fflate') | undefined;

/** fflate, loaded by the first zip: format detection imports this module for every document. */
export function fflate(): typeof import('fflate') {
  loaded ??= createRequire(import.meta.url)('fflate') as typeof import('fflate');
  return loaded;
}

/**
 * Bounds for the zip containers of DOCX and ODT, checked on the central directory before anything is
 * inflated: a zip bomb is refused from its declared sizes, and an entry that lies about its size is
 * inflated into a buffer of the declared size, no larger. No real announcement comes near them.
 */
export const ZIP_LIMITS = {
  /** Entries in the archive. */
  maxEntries: 2_000,
  /** Inflated bytes of one entry that is read. */
  maxEntryBytes: 32 * 1024 * 1024,
  /** Inflated bytes of all the entries read. */
  maxTotalBytes: 64 * 1024 * 1024,
  /** Inflated over compressed size of an entry read: text XML compresses 5 to 30 times, a bomb thousands. */
  maxRatio: 200,
};

/** The local file header signature every zip, DOCX and ODT opens with. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

interface EntryInfo {
  name: string;
  size: number;
  originalSize: number;
}

/** The names of the archive's entries, from its central directory; nothing is inflated. */
export function zipNames(bytes: Uint8Array, kind?: string): string[] {
  return entries(bytes, kind).map((e) => e.name);
}

/**
 * The entries `wanted` picks, inflated, after the whole archive passed the limits. Errors are
 * InputErrors that say what is wrong with the file (`kind` names it: "DOCX", "ODT").
 */
export function readZip(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  kind: string,
): Map<string, Uint8Array> {
  const infos = entries(bytes, kind);
  if (infos.length > ZIP_LIMITS.maxEntries) {
    throw bomb(kind, `it has ${infos.length} entries, more than the limit of ${ZIP_LIMITS.maxEntries}`);
  }
  let total = 0;
  for (const e of infos.filter((i) => wanted(i.name))) {
    if (e.originalSize > ZIP_LIMITS.maxEntryBytes) {
      throw bomb(kind, `${e.name} inflates to ${mib(e.originalSize)}`);
    }
    if (e.originalSize > 1024 * 1024 && e.originalSize > ZIP_LIMITS.maxRatio * Math.max(1, e.size)) {
      throw bomb(kind, `${e.name} inflates ${Math.round(e.originalSize / Math.max(1, e.size))} times`);
    }
    total += e.originalSize;
  }
  if (total > ZIP_LIMITS.maxTotalBytes) throw bomb(kind, `its text inflates to ${mib(total)}`);
  try {
    return new Map(Object.entries(fflate().unzipSync(bytes, { filter: (f) => wanted(f.name) })));
  } catch (e) {
    throw damaged(kind, e);
  }
}

function entries(bytes: Uint8Array, kind = 'zip archive'): EntryInfo[] {
  const out: EntryInfo[] = [];
  try {
    fflate().unzipSync(bytes, {
      filter: (f) => {
        out.push({ name: f.name, size: f.size, originalSize: f.originalSize });
        return false;
      },
    });
  } catch (e) {
    throw damaged(kind, e);
  }
  return out;
}

function damaged(kind: string, e: unknown): InputError {
  const reason = e instanceof Error ? e.message : String(e);
  return new InputError(
    `is a damaged ${kind} (its zip container cannot be read: ${reason})`,
    'check that the file is complete, or save it again from its application',
  );
}

function bomb(kind: string, why: string): InputError {
  return new InputError(
    `is refused as a zip bomb: ${why}, past palmares's limits for a ${kind}`,
    'an announcement is far smaller: check that this is the right file',
  );
}

function mib(n: number): string {
  return `${Number((n / 1024 / 1024).toFixed(1))} MiB`;
}
