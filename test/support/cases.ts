import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { KNOWN_EXTENSIONS } from '../../parsers/index.js';

export const repoRoot = join(import.meta.dirname, '..', '..');

/** Corpus files, as repo-relative POSIX paths in sorted order (what `palmares ingest` records). */
export function corpusFiles(): string[] {
  return readdirSync(join(repoRoot, 'corpus'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && KNOWN_EXTENSIONS.some((x) => e.name.endsWith(x)))
    .map((e) => relative(repoRoot, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The project's own announcements: one folder each with `input.*`, `facts.json` and `NOTES.md`. */
export function announcementCases(): Array<{ name: string; input: string; facts: string }> {
  const root = join(repoRoot, 'test', 'fixtures', 'announcements');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const dir = join(root, d.name);
      const input = readdirSync(dir).find((f) => f.startsWith('input.'));
      if (!input) throw new Error(`${dir} has no input.* file`);
      return { name: d.name, input: join(dir, input), facts: join(dir, 'facts.json') };
    })
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}
