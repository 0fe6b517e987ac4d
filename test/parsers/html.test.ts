import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../parsers/html.js';
import { detectFormat } from '../../parsers/index.js';

const blocks = (html: string) => {
  const doc = parseHtml(html);
  return doc.blocks.map((b) => `${b.kind}: ${doc.text.slice(b.start, b.end).replace(/\s+/g, ' ')}`);
};

describe('HTML reader', () => {
  it('maps headings, lists, <br> and tables onto blocks; drops scripts, styles and page furniture', () => {
    expect(
      blocks(`<!doctype html><html><head><title>x</title><style>p{}</style><script>var a = "LABEL OR";</script></head>
        <body><header><nav><a href="/">Accueil</a></nav></header>
        <main><article><header><h1>Les laur&eacute;ats 2022</h1></header>
        <h2>INCLUSION</h2><p><strong>Label d&#8217;or</strong></p>
        <ul><li>Ville de Lille<br>Lille&nbsp;accessible</li><li>M&eacute;tropole Europ&eacute;enne de Lille</li></ul>
        <table><tr><td>1</td><td>Ville de Dax</td></tr></table>
        <!-- commentaire --></article></main>
        <footer>Mentions légales</footer></body></html>`),
    ).toEqual([
      'heading: Les lauréats 2022',
      'heading: INCLUSION',
      'heading: Label d’or',
      'list-item: Ville de Lille',
      'line: Lille accessible',
      'list-item: Métropole Européenne de Lille',
      'paragraph: 1 | Ville de Dax',
    ]);
  });
});

describe('format detection', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  it('reads the content first and the extension only as a hint', () => {
    expect(detectFormat(bytes('%PDF-1.7\n…'), 'release.txt')).toBe('pdf');
    expect(detectFormat(bytes('<!DOCTYPE html><html>'), 'release.txt')).toBe('html');
    expect(detectFormat(bytes('\ufeff  <html lang="fr">'), undefined)).toBe('html');
    expect(detectFormat(bytes('# Titre'), 'release.md')).toBe('markdown');
    expect(detectFormat(bytes('<p>fragment</p>'), 'release.html')).toBe('html');
    expect(detectFormat(bytes('Les lauréats'), 'release.txt')).toBe('text');
    expect(detectFormat(bytes('Les lauréats'), undefined)).toBe('text');
  });
  it('refuses a .pdf that is not a PDF', () => {
    expect(() => detectFormat(bytes('not a pdf'), 'release.pdf')).toThrow(/not a PDF/);
  });
});
