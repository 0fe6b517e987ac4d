import { describe, expect, it } from 'vitest';
import { dropRunningText } from '../../parsers/pdf-running-text.js';

const line = (text: string, y: number) => ({ text, y });
/** A page of body lines between a header at y 40 and a footer at y 800. */
const page = (n: number, body: string[], header = 'Les Interconnectés – Communiqué') => ({
  lines: [line(header, 40), ...body.map((t, i) => line(t, 100 + 14 * i)), line(`Page ${n} sur 3`, 800)],
});

describe('running headers and footers of a PDF', () => {
  it('drops the lines repeated at the same height on every page, page numbers aside, and says so', () => {
    const pages = [page(1, ['LABEL OR', 'Ville de Brest']), page(2, ['Ville de Dax']), page(3, ['Fin.'])];
    const diagnostics = dropRunningText(pages);
    expect(pages.map((p) => p.lines.map((l) => l.text))).toEqual([
      ['LABEL OR', 'Ville de Brest'],
      ['Ville de Dax'],
      ['Fin.'],
    ]);
    expect(diagnostics.map((d) => d.message)).toEqual([
      'dropped a running header or footer repeated on 3 pages: "Les Interconnectés – Communiqué"',
      'dropped a running header or footer repeated on 3 pages: "Page 1 sur 3"',
    ]);
  });

  it('keeps a heading that recurs at another height, a line found on one page only, and a one-page PDF', () => {
    const pages = [
      { lines: [line('LABEL OR', 100), line('Ville de Brest', 114), line('Ville de Lille', 128)] },
      { lines: [line('Ville de Pau', 100), line('LABEL OR', 300), line('Ville de Dax', 314)] },
      { lines: [line('Ville de Metz', 100), line('Une note', 780)] },
    ];
    expect(dropRunningText(pages)).toEqual([]);
    expect(pages.flatMap((p) => p.lines)).toHaveLength(8);
    const single = [page(1, ['Ville de Brest'])];
    expect(dropRunningText(single)).toEqual([]);
    expect(single[0]?.lines).toHaveLength(3);
  });
});
