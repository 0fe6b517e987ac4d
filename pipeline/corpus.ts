import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import PQueue from 'p-queue';
import { KNOWN_EXTENSIONS } from '../parsers/index.js';
import type { RecordFacts } from './ingested.js';
import { findDocuments, type Source, source, toPosixRelative } from './sources.js';

/**
 * The corpus folder by content: re-adding bytes it already holds is recognised, whatever their name.
 * Files are hashed a few at a time and not kept, so a large corpus costs its hashes only.
 */
export async function corpusByHash(corpusDir: string): Promise<Map<string, string>> {
  if (!existsSync(corpusDir)) return new Map();
  const queue = new PQueue({ concurrency: 8 });
  const files = await findDocuments([corpusDir]);
  const hashes = await Promise.all(
    files.map((f) => queue.add(async () => source(f, await readFile(f)).sha256)),
  );
  return new Map(files.map((f, i) => [hashes[i] as string, f]));
}

/**
 * Where a new document goes: `<corpus>/<editionYear|unknown>/<slug><ext>`, the slug from its file name
 * (or, from standard input, its first line), made unique in that folder whatever the extension.
 */
export function placeInCorpus(
  corpusDir: string,
  src: Source,
  record: Pick<RecordFacts, 'editionYear' | 'format'>,
  taken: Set<string>,
): string {
  // An extension the corpus walk picks up, so that the document is known by its hash on the next run
  // ("README" and "notes.json" become "readme.txt" and "notes.txt", an attachment named without a known
  // extension gets its format's).
  const named = src.name ?? src.path;
  const own = named === '-' ? '' : extname(named).toLowerCase();
  const ext = KNOWN_EXTENSIONS.includes(own) ? own : extensionOf(record.format);
  const stem = slug(
    named === '-' ? firstLine(src.bytes) : named.replace(/^.*\//, '').replace(/\.[^.]*$/, ''),
  );
  const dir = join(corpusDir, String(record.editionYear ?? 'unknown'));
  for (let n = 1; ; n++) {
    const name = n === 1 ? stem : `${stem}-${n}`;
    const key = toPosixRelative(join(dir, name));
    if (!taken.has(key) && !existsSync(join(dir, `${name}${ext}`))) {
      taken.add(key);
      return toPosixRelative(join(dir, `${name}${ext}`));
    }
  }
}

/** "Forum des Interconnectés 2024 : Annonce…" → "forum-des-interconnectes-2024-annonce". */
export function slug(text: string): string {
  const s = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || 'document';
}

/** The first line with a letter, tags removed; only the start of the document is looked at. */
function firstLine(bytes: Buffer): string {
  return (
    bytes
      .subarray(0, 64 * 1024)
      .toString('utf8')
      // [^<>]: a tag never spans another "<", which keeps a run of unclosed "<" linear.
      .replace(/<[^<>]*>/g, ' ')
      .split('\n')
      .find((l) => /\p{L}/u.test(l)) ?? ''
  );
}

function extensionOf(format: RecordFacts['format']): string {
  return {
    text: '.txt',
    markdown: '.md',
    html: '.html',
    pdf: '.pdf',
    docx: '.docx',
    odt: '.odt',
    email: '.eml',
  }[format];
}
