import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../parsers/html.js';
import { parse } from '../../parsers/index.js';

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('what an HTML page says about itself', () => {
  it('reads article:published_time as the day the publisher wrote, and og:title over <title>', () => {
    const doc = parseHtml(
      page(
        '<title>Accueil – Ville</title><meta property="og:title" content="Les lauréats 2023">' +
          '<meta property="article:published_time" content="2023-12-08T23:30:00-05:00">',
        '<p>Les lauréats.</p>',
      ),
    );
    expect(doc.meta).toEqual({ published: '2023-12-08', title: 'Les lauréats 2023' });
  });

  it('reads datePublished from JSON-LD, in a graph', () => {
    const ld = JSON.stringify({
      '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', datePublished: '2021-03-04' }],
    });
    const doc = parseHtml(
      page(`<title>Palmarès</title><script type="application/ld+json">${ld}</script>`, '<p>x</p>'),
    );
    expect(doc.meta).toEqual({ published: '2021-03-04', title: 'Palmarès' });
  });

  it('takes a <time> that dates the page (pubdate, a byline, a header), never one in the text', () => {
    const byline = parseHtml(
      page(
        '',
        '<article><div class="entry-meta">Publié le <time datetime="2022-12-02">2 décembre</time></div><p>x</p></article>',
      ),
    );
    expect(byline.meta?.published).toBe('2022-12-02');
    const inText = parseHtml(
      page(
        '',
        '<article><p>Le forum se tiendra le <time datetime="2024-04-03">3 avril</time>.</p></article>',
      ),
    );
    expect(inText.meta?.published).toBeNull();
  });

  it('ignores broken JSON-LD and dates that are not dates', () => {
    const doc = parseHtml(
      page(
        '<script type="application/ld+json">{ broken</script><meta property="article:published_time" content="hier">',
        '',
      ),
    );
    expect(doc.meta).toEqual({ published: null, title: null });
  });
});

describe('what a PDF says about itself', () => {
  it('reads the CreationDate of the information dictionary, and its Title', async () => {
    const dir = join(import.meta.dirname, '../fixtures');
    // Both made by pdfkit with fixed dates: test/fixtures/pdf/make-pdfs.mjs and formats/make-pdfs.mjs.
    const plain = await parse(readFileSync(join(dir, 'pdf/wraps.pdf')), 'pdf');
    expect(plain.meta).toEqual({ published: '2024-11-14', title: null });
    const titled = await parse(readFileSync(join(dir, 'formats/004_11123ec0e9d7303f.pdf')), 'pdf');
    expect(titled.meta).toEqual({ published: '2024-01-01', title: 'Communiqué de presse' });
  });
});
