import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectFormat, parse } from '../parsers/index.js';
import { extract } from '../pipeline/extract.js';
import { corpusFiles, repoRoot } from './support/cases.js';
import { evidenceProblems } from './support/evidence.js';
import { canonicalFacts, canonicalRecord, type Facts, factsOf } from './support/facts.js';

/**
 * Every seed in every wrapper (test/fixtures/formats, written by make-variants.mjs, make-pdfs.mjs and
 * make-office.mjs): the same facts as the UTF-8 text, evidence that points at the right words, and the
 * expected facts.
 */
const dir = join(repoRoot, 'test', 'fixtures', 'formats');
const variants = readdirSync(dir)
  .filter((f) => /^\d{3}_[0-9a-f]+\./.test(f))
  .sort();
const expectedDir = join(repoRoot, '..', 'shared', 'expected');
const WRAPPERS = [
  'md',
  'html',
  'pdf',
  'cp1252.txt',
  'utf16.txt',
  'crlf.txt',
  'docx',
  'odt',
  'office.pdf',
  'site.html',
  'eml',
];
/** "office.pdf" for "002_e5f6632d8633faf3.office.pdf". */
const wrapper = (variant: string) => variant.split('.').slice(1).join('.');

/** The UTF-8 original of a seed: the corpus file its CRLF copy reproduces. */
function original(seed: string): string {
  const crlf = readFileSync(join(dir, `${seed}.crlf.txt`), 'utf8').replace(/\r\n/g, '\n');
  const file = corpusFiles().find((f) => readFileSync(join(repoRoot, f), 'utf8') === crlf);
  if (!file) throw new Error(`no corpus file matches ${seed}.crlf.txt`);
  return join(repoRoot, file);
}

describe('every format variant of every seed', () => {
  it('has every wrapper for every seed', () => {
    const seeds = new Set(variants.map((v) => v.split('.')[0]));
    expect(seeds.size).toBe(5);
    for (const ext of WRAPPERS) expect(variants.filter((v) => wrapper(v) === ext).length, ext).toBe(5);
    expect(variants.filter((v) => !WRAPPERS.includes(wrapper(v)))).toEqual([]);
  });

  it.each(variants)('%s gives the facts of the UTF-8 text, with sound evidence', async (variant) => {
    const seed = variant.split('.')[0] as string;
    const bytes = readFileSync(join(dir, variant));
    const record = await extract(bytes, { path: variant });
    const base = await extract(readFileSync(original(seed)), { path: seed });
    expect(canonicalFacts(factsOf(record))).toEqual(canonicalFacts(factsOf(base)));
    const doc = await parse(bytes, detectFormat(bytes, variant));
    expect(evidenceProblems(record, doc.text)).toEqual([]);
  });

  it.skipIf(!existsSync(expectedDir)).each(variants)('%s holds the expected facts', async (variant) => {
    const facts = JSON.parse(
      readFileSync(join(expectedDir, `${variant.split('.')[0]}.json`), 'utf8'),
    ) as Facts;
    const record = await extract(readFileSync(join(dir, variant)), { path: variant });
    expect(canonicalRecord(record, facts)).toEqual(canonicalFacts(facts));
  });

  it('records how each text was decoded', async () => {
    const encodings = await Promise.all(
      [
        '002_e5f6632d8633faf3.cp1252.txt',
        '002_e5f6632d8633faf3.utf16.txt',
        '002_e5f6632d8633faf3.crlf.txt',
      ].map(async (v) => (await extract(readFileSync(join(dir, v)), { path: v })).source.encoding),
    );
    expect(encodings).toEqual(['windows-1252', 'utf-16le', 'utf-8']);
  });

  it.each(
    variants.filter((v) => ['docx', 'odt', 'office.pdf', 'site.html', 'eml'].includes(wrapper(v))),
  )('%s gives its own date and title, and none of its furniture', async (variant) => {
    const bytes = readFileSync(join(dir, variant));
    const record = await extract(bytes, { path: variant, resolve: false });
    expect(record.source).toMatchObject({ published: '2024-01-01', title: 'Communiqué de presse' });
    const { text } = await parse(bytes, detectFormat(bytes, variant));
    // The site's cookie banner, share buttons, related articles and comments; the PDF's header and footer.
    for (const furniture of ['cookies', 'Partager', 'Articles similaires', 'commentaires', 'Page 1 sur'])
      expect(text).not.toContain(furniture);
    expect(text).not.toContain('Les Interconnectés – Communiqué de presse');
  });

  it('says which running headers and footers it dropped from an office PDF', async () => {
    const variant = '002_e5f6632d8633faf3.office.pdf';
    const record = await extract(readFileSync(join(dir, variant)), { path: variant, resolve: false });
    expect(record.warnings.filter((w) => w.code === 'pdf-running-text').map((w) => w.message)).toEqual([
      'dropped a running header or footer repeated on 3 pages: "Les Interconnectés – Communiqué de presse"',
      'dropped a running header or footer repeated on 3 pages: "Page 1 sur 3"',
    ]);
  });

  it('lists the files an e-mail carries, the PDF among them', async () => {
    const seed = '002_e5f6632d8633faf3';
    const pdf = readFileSync(join(dir, `${seed}.office.pdf`));
    const record = await extract(readFileSync(join(dir, `${seed}.eml`)), { path: seed, resolve: false });
    expect(record.source.format).toBe('email');
    expect(record.source.attachments).toEqual([
      {
        name: 'communique.pdf',
        sha256: createHash('sha256').update(pdf).digest('hex'),
        bytes: pdf.byteLength,
      },
    ]);
  });
});
