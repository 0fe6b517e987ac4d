import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { repoRoot } from '../support/cases.js';
import { handmadePdf, textAt } from './pdf.js';
import { STORMS, storm } from './storms.js';

/** A hostile document: its file name and bytes, generated here so that it says what it tries. */
export interface HostileCase {
  name: string;
  bytes: Buffer;
}

const seedText = () => readFileSync(join(repoRoot, 'corpus', '2023', 'forum-toulouse-laureats.txt'), 'utf8');
const seedPdf = () =>
  readFileSync(join(repoRoot, 'corpus', '2024', 'forum-marseille-laureats-communique.pdf'));

/** A deterministic generator of bytes: the same cases on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s;
  };
}

function flipped(bytes: Buffer, seed: number, flips: number): Buffer {
  const out = Buffer.from(bytes);
  const next = random(seed);
  for (let i = 0; i < flips; i++) {
    const at = next() % out.length;
    out[at] = (out[at] as number) ^ (1 << (next() % 8));
  }
  return out;
}

/** Invisible characters inside the words of an announcement: it must read the same. */
export function withInvisibles(text: string): string {
  return text
    .replace(/(\p{L})(\p{L})/gu, (_, a, b) => `${a}\u200b${b}`)
    .replace(/Ville/g, '\u202eVille\u202c');
}

/** One stray byte where a character starts in a UTF-8 file: the rest must read as UTF-8. */
export function withBadByte(text: string): Buffer {
  const at = text.indexOf('\n', text.length / 2);
  return Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xff]), Buffer.from(text.slice(at))]);
}

export function hostileCases(): HostileCase[] {
  const text = seedText();
  const pdf = seedPdf();
  const next = random(9);
  const many: string[] = [];
  for (let i = 0; i < 50_000; i++)
    many.push(textAt('a', 10 + (i % 50) * 10, 20 + (Math.floor(i / 50) % 780), 1));
  return [
    { name: 'empty.txt', bytes: Buffer.alloc(0) },
    { name: 'whitespace.txt', bytes: Buffer.from(' \n\t\n   \r\n\u00a0\n') },
    { name: 'random-bytes.txt', bytes: Buffer.from(Array.from({ length: 65_536 }, () => next() % 256)) },
    {
      name: 'random-high-bytes.txt',
      bytes: Buffer.from(Array.from({ length: 65_536 }, () => 0x80 + (next() % 128))),
    },
    { name: 'nul.txt', bytes: Buffer.from('Ville de Pau\0avec Pau citoyens') },
    { name: 'utf16-no-bom.txt', bytes: Buffer.from(text, 'utf16le') },
    {
      name: 'utf16-lone-surrogate.txt',
      bytes: Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('Ville de Pau ', 'utf16le'),
        Buffer.from([0x00, 0xd8]),
        Buffer.from(' fin', 'utf16le'),
      ]),
    },
    { name: 'bidi-and-zero-width.txt', bytes: Buffer.from(withInvisibles(text)) },
    { name: 'one-bad-byte.txt', bytes: withBadByte(text) },
    { name: 'windows-1252-with-mojibake.txt', bytes: iconv.encode(`${text}\nÃ© Ã¨`, 'windows-1252') },
    { name: 'long-line.txt', bytes: Buffer.from(storm('Ville de Pau avec Pau citoyens, Or : ', 3_000_000)) },
    { name: 'long-line.md', bytes: Buffer.from(storm('**Or** Ville de Pau _avec_ [Pau](x) ', 200_000)) },
    { name: 'quoted-lines.md', bytes: Buffer.from(storm('> Ville de Pau avec Pau citoyens\n', 200_000)) },
    { name: 'nested-list-one-line.md', bytes: Buffer.from(storm('- ', 8192)) },
    { name: 'nested-quotes.md', bytes: Buffer.from(`${'> '.repeat(5000)}Ville de Pau\n`) },
    {
      name: 'nested-divs.html',
      bytes: Buffer.from(`<html><body>${'<div>'.repeat(5000)}Ville de Pau</body></html>`),
    },
    {
      name: 'nested-inline.html',
      bytes: Buffer.from(`<html><body><p>${'<b><i>'.repeat(3000)}Ville de Pau</p></body></html>`),
    },
    {
      name: 'unclosed-tags.html',
      bytes: Buffer.from(`<html><body>${storm('<p><b>Or : Ville de Pau<', 300_000)}`),
    },
    { name: 'storm-of-tiers.txt', bytes: Buffer.from(storm(STORMS['tier markers'] as string, 1_000_000)) },
    { name: 'storm-of-dates.txt', bytes: Buffer.from(storm(STORMS['dates in prose'] as string, 1_000_000)) },
    { name: 'text-named.pdf', bytes: Buffer.from('Ceci n’est pas un PDF.\n') },
    { name: 'truncated.pdf', bytes: pdf.subarray(0, Math.floor(pdf.length / 2)) },
    { name: 'zero-pages.pdf', bytes: handmadePdf([]) },
    {
      name: 'encrypted.pdf',
      bytes: readFileSync(join(repoRoot, 'test', 'fixtures', 'pdf', 'encrypted.pdf')),
    },
    {
      name: 'huge-glyph-scales.pdf',
      bytes: handmadePdf([
        [
          textAt('Ville de Pau', 1e12, 700, 1e30),
          textAt('LABEL OR', 72, 1e15, 1e-30),
          textAt('x', -1e300, 5, 3),
        ].join('\n'),
      ]),
    },
    { name: 'many-text-items.pdf', bytes: handmadePdf([many.join('\n')]) },
    ...Array.from({ length: 12 }, (_, i) => ({
      name: `flipped-${i}.pdf`,
      bytes: flipped(pdf, 100 + i, 1 + (i % 3)),
    })),
  ];
}
