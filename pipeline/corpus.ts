import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { PalmaresRecord } from './schema.js';
import { findDocuments, type Source, source, toPosixRelative } from './sources.js';

/** The corpus folder by content: re-adding bytes it already holds is recognised, whatever their name. */
export async function corpusByHash(corpusDir: string): Promise<Map<string, string>> {
  if (!existsSync(corpusDir)) return new Map();
  const files = await findDocuments([corpusDir]);
  const sources = await Promise.all(files.map(async (f) => source(f, await readFile(f))));
  return new Map(sources.map((s) => [s.sha256, s.path]));
}

/**
 * Where a new document goes: `<corpus>/<editionYear|unknown>/<slug><ext>`, the slug from its file name
 * (or, from standard input, its first line), made unique in that folder whatever the extension.
 */
export function placeInCorpus(
  corpusDir: string,
  src: Source,
  record: PalmaresRecord,
  taken: Set<string>,
): string {
  const ext = src.path === '-' ? extensionOf(record.source.format) : extname(src.path).toLowerCase();
  const stem = slug(
    src.path === '-' ? firstLine(src.bytes) : src.path.replace(/^.*\//, '').replace(/\.[^.]*$/, ''),
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

function firstLine(bytes: Buffer): string {
  return (
    bytes
      .toString('utf8')
      .replace(/<[^>]*>/g, ' ')
      .split('\n')
      .find((l) => /\p{L}/u.test(l)) ?? ''
  );
}

function extensionOf(format: PalmaresRecord['source']['format']): string {
  return { text: '.txt', markdown: '.md', html: '.html', pdf: '.pdf' }[format];
}
