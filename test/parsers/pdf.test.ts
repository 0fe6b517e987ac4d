import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, type Doc, InputError, type Limits, parse } from '../../parsers/index.js';
import { blockTexts } from '../support/doc.js';

// The PDFs come from test/fixtures/pdf/make-pdfs.mjs.
const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../fixtures/pdf', name));
const pdf = (name: string, limits: Limits = DEFAULT_LIMITS): Promise<Doc> =>
  parse(fixture(name), 'pdf', limits);

async function inputError(reading: Promise<unknown>): Promise<InputError> {
  const error = await reading.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('PDF reader', () => {
  it('rebuilds lines and paragraphs and repairs line-end hyphens', async () => {
    const doc = await pdf('wraps.pdf');
    expect(doc.text).toBe(
      [
        'LE LABEL TERRITOIRE INNOVANT 2024',
        '',
        'Les lauréats du Label Territoire Innovant ont été dévoilés à Marseille',
        'le 14 novembre : « une œuvre collective », selon le porte-parole',
        'des Interconnectés – qui accompagnent les Territoires depuis 2005.',
        '',
        // A capital after the hyphen: a compound name, kept whole.
        'La Communauté de communes du Champsaur-Valgaudemar reçoit le label d’or.',
        '',
        // A dot in the next part: an address.
        'Son service en ligne mon-compte.bzh est ouvert à tous.',
        '',
        // "Territoires" occurs above: the hyphen was typesetting.
        'Les Territoires ruraux innovent aussi.',
        '',
        // "porte-parole" occurs above; "véloécole" does not, so that hyphen and line break stay.
        'Son porte-parole salue la vélo-',
        'école du Gapençais.',
      ].join('\n'),
    );
    expect(doc).toMatchObject({ format: 'pdf', encoding: null, diagnostics: [], pages: [{ start: 0 }] });
    expect(doc.pages?.[0]?.end).toBe(doc.text.length);
    expect(blockTexts(doc)).toEqual([
      'heading: LE LABEL TERRITOIRE INNOVANT 2024',
      'line: Les lauréats du Label Territoire Innovant ont été dévoilés à Marseille le 14 novembre : « une œuvre collective », selon le porte-parole des Interconnectés – qui accompagnent les Territoires depuis 2005.',
      'paragraph: La Communauté de communes du Champsaur-Valgaudemar reçoit le label d’or.',
      'paragraph: Son service en ligne mon-compte.bzh est ouvert à tous.',
      'paragraph: Les Territoires ruraux innovent aussi.',
      'paragraph: Son porte-parole salue la vélo- école du Gapençais.',
    ]);
  });

  it('joins a word broken at a soft hyphen, visible or dropped by pdf.js, when the document has it whole', async () => {
    const doc = await pdf('soft-hyphens.pdf');
    expect(doc.text).toBe(
      [
        'Territoires et collectivités : un parcours pour poursuivre',
        'les projets lauréats avec les Interconnectés.',
        '',
        // Helvetica draws U+00AD as a hyphen, and pdf.js reads it as one.
        'Les Interconnectés accompagnent les Territoires depuis vingt ans.',
        '',
        // An embedded font maps it to U+00AD, which pdf.js drops: "collecti" / "vités".
        'Les collectivités lauréates ont un parcours pour',
        // "pour" occurs on its own elsewhere: a word, not a fragment of "poursuivre".
        'suivre leurs projets.',
      ].join('\n'),
    );
    expect(doc.text).not.toMatch(/\u00ad/);
  });

  it('reads a two-column page column by column and says so', async () => {
    const doc = await pdf('columns.pdf');
    const lines = doc.text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'COMMUNIQUÉ DE PRESSE – FORUM DES INTERCONNECTÉS, MARSEILLE',
      '',
      'Le forum des Interconnectés a réuni',
    ]);
    // The left column ends mid-sentence and the right one goes on with it.
    expect(lines.slice(9, 12)).toEqual([
      'au service des habitants de la',
      'métropole comme des communes rurales.',
      'Le label d’or revient à la Ville de',
    ]);
    expect(lines.slice(-3)).toEqual([
      'service de mobilité à la demande.',
      '',
      'Contact presse : Les Interconnectés, presse@interconnectes.com, 04 72 00 00 00',
    ]);
    expect(blockTexts(doc)).toContain(
      'line: au service des habitants de la métropole comme des communes rurales.',
    );
    expect(doc.diagnostics).toEqual([{ code: 'pdf-columns', message: expect.stringMatching(/^page 1 /) }]);
  });

  it('keeps one column as it is', async () => {
    expect((await pdf('wraps.pdf')).diagnostics).toEqual([]);
    expect((await pdf('list.pdf')).diagnostics).toEqual([]);
  });

  it('classifies lines as the plain-text reader does: bullets, all-caps headings', async () => {
    const doc = await pdf('list.pdf');
    expect(blockTexts(doc)).toEqual([
      'heading: LAURÉATS 2024',
      'heading: LABEL D’OR',
      'list-item: Ville de Brest',
      'list-item: Métropole de Lyon avec DIVA',
      'list-item: Conseil départemental de la Haute-Garonne',
      'heading: LABEL D’ARGENT',
      'list-item: Syndicat mixte Mégalis Bretagne, Région Bretagne, Conseil départemental du Finistère, Quimper Bretagne Occidentale',
      'list-item: Rennes Métropole',
      'line: Rudi, la plateforme des données locales',
      'line: Bravo à tous les lauréats.',
    ]);
    const item = doc.blocks[2];
    expect(item && doc.text.slice(item.start, item.end)).toBe('Ville de Brest');
    expect(doc.blocks.map((b) => b.gap)).toEqual([0, 1, 0, 0, 0, 1, 0, 0, 0, 1]);
  });

  it('joins the lines of a list item set with a hanging indent, and only those', async () => {
    const lines = (await pdf('list.pdf')).text.split('\n');
    // Under the bullet, "Quimper" would not have fitted on the line above; "Rudi" would have.
    expect(lines).toContain(
      '• Syndicat mixte Mégalis Bretagne, Région Bretagne, Conseil départemental du Finistère, Quimper Bretagne Occidentale',
    );
    expect(lines).toContain('Rudi, la plateforme des données locales');
    // Without an indent the wrap stays in the text; the blocks join it after "de la".
    expect(lines).toContain('Haute-Garonne');
  });

  it('separates pages with a blank line and gives their offsets', async () => {
    const doc = await pdf('two-pages.pdf');
    expect(doc.text).toBe('Première page du communiqué.\n\nDeuxième page : les lauréats.');
    expect(doc.pages).toEqual([
      { start: 0, end: 28 },
      { start: 30, end: doc.text.length },
    ]);
    expect(doc.pages?.map((p) => doc.text.slice(p.start, p.end))).toEqual([
      'Première page du communiqué.',
      'Deuxième page : les lauréats.',
    ]);
    expect(doc.text).not.toMatch(/-- \d+ of \d+ --/);
  });

  it('reports a PDF without a text layer instead of failing', async () => {
    const doc = await pdf('drawing.pdf');
    expect(doc).toMatchObject({ text: '', blocks: [], pages: [{ start: 0, end: 0 }] });
    expect(doc.diagnostics).toEqual([{ code: 'pdf-no-text', message: expect.stringContaining('OCR') }]);
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = new Uint8Array(fixture('two-pages.pdf'));
    await parse(bytes, 'pdf');
    expect(bytes.byteLength).toBe(fixture('two-pages.pdf').byteLength);
  });

  it('refuses encrypted, broken and non-PDF files on one line, with what to do', async () => {
    const encrypted = await inputError(pdf('encrypted.pdf'));
    expect(encrypted.message).toBe('is encrypted (password-protected)');
    expect(encrypted.hint).toMatch(/without a password/);

    for (const bytes of [fixture('truncated.pdf'), Buffer.from('hello, world')]) {
      const broken = await inputError(parse(bytes, 'pdf'));
      expect(broken.message).toMatch(/^is not a readable PDF: \S.*$/);
      expect(broken.hint).toBeTruthy();
    }
  });

  it('leaves the process the native built-ins that pdf.js’s polyfills replace', () => {
    // In a fresh process, where pdf.js has not been loaded yet. core-js makes its functions print as
    // native code: only identity tells them apart.
    const script = `
      const natives = [Array.prototype.push, JSON.parse];
      const { DEFAULT_LIMITS, parse } = await import('./dist/parsers/index.js');
      await parse(new Uint8Array(readFileSync('test/fixtures/pdf/wraps.pdf')), 'pdf', DEFAULT_LIMITS);
      console.log(JSON.stringify([Array.prototype.push, JSON.parse].map((f, i) => f === natives[i])));`;
    const root = join(import.meta.dirname, '../..');
    const out = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `import { readFileSync } from 'node:fs';${script}`],
      { cwd: root },
    );
    expect(JSON.parse(String(out))).toEqual([true, true]);
  });

  it('refuses more pages than the limit, and stops at the time limit', async () => {
    const pages = await inputError(pdf('many-pages.pdf', { ...DEFAULT_LIMITS, maxPages: 49 }));
    expect(pages.message).toBe('has 50 pages, more than the limit of 49');
    expect(pages.hint).toMatch(/split/);
    expect((await pdf('many-pages.pdf', { ...DEFAULT_LIMITS, maxPages: 50 })).pages).toHaveLength(50);

    const slow = await inputError(pdf('many-pages.pdf', { ...DEFAULT_LIMITS, timeoutMs: 1 }));
    expect(slow.message).toBe('took longer than 0.001 s to read');
  });
});
