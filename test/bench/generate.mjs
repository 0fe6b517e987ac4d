// The bench's corpus: `n` announcements (announcements.mjs), spread in turn over every format palmares
// reads, each written by the helpers the fixtures use (markup.mjs, pdf-layout.mjs with pdfkit,
// mail.mjs) or as zipped XML (office-zip.mjs). Cached under .tmp/bench/, keyed by the count, the seed
// and the generators' own source, so a change to a template writes a fresh corpus.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { groups } from '../fixtures/formats/blocks.mjs';
import { email } from '../fixtures/formats/mail.mjs';
import { html, markdown } from '../fixtures/formats/markup.mjs';
import { render, textBlocks } from '../fixtures/formats/pdf-layout.mjs';
import { announcement } from './announcements.mjs';
import { docx, odt } from './office-zip.mjs';

const here = import.meta.dirname;
export const ROOT = join(here, '..', '..');
export const SEED = 20261202;

/** Extension and writer of each format, in the order documents take them. */
const WRITERS = [
  ['txt', async (text) => text],
  ['md', async (text) => markdown(groups(text))],
  ['html', async (text) => html(groups(text))],
  ['pdf', null],
  ['docx', async (text) => docx(groups(text))],
  ['odt', async (text) => odt(groups(text))],
  ['eml', async (text) => email(groups(text))],
];
export const EXTENSIONS = WRITERS.map(([ext]) => ext);

const SOURCES = [
  'announcements.mjs',
  'office-zip.mjs',
  'generate.mjs',
  '../fixtures/formats/blocks.mjs',
  '../fixtures/formats/mail.mjs',
  '../fixtures/formats/markup.mjs',
  '../fixtures/formats/pdf-layout.mjs',
];

/** The files of the corpus of `n` documents (document i in format i mod 7), written unless cached. */
export async function corpus(n) {
  const hash = createHash('sha256').update(`${n} ${SEED}`);
  for (const s of SOURCES) hash.update(readFileSync(join(here, s)));
  const cache = join(ROOT, '.tmp', 'bench');
  const dir = join(cache, `corpus-${n}-${hash.digest('hex').slice(0, 12)}`);
  const files = Array.from({ length: n }, (_, i) => {
    const ext = EXTENSIONS[i % EXTENSIONS.length];
    return join(dir, `${String(i).padStart(4, '0')}-communique.${ext}`);
  });
  if (existsSync(dir)) return { dir, files };
  // A corpus of the same size written by other generators is stale: it goes.
  for (const old of existsSync(cache) ? readdirSync(cache) : [])
    if (old.startsWith(`corpus-${n}-`)) rmSync(join(cache, old), { recursive: true, force: true });
  // Written beside, then renamed: an interrupted run never leaves a partial corpus that looks cached.
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  for (let i = 0; i < n; i++) {
    const [, write] = WRITERS[i % WRITERS.length];
    const text = announcement(SEED, i);
    const path = join(partial, files[i].slice(dir.length + 1));
    if (write) writeFileSync(path, await write(text));
    else await render(textBlocks(text), path);
  }
  renameSync(partial, dir);
  return { dir, files };
}
