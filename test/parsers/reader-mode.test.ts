import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../parsers/html.js';
import { mainContent } from '../../parsers/reader-mode.js';

const article = Array.from(
  { length: 6 },
  (_, i) =>
    `<p>La Ville numéro ${i + 1} a reçu le label d'argent pour son projet de services en ligne, conçu avec les habitants, les associations et les agents, qui a convaincu le jury par sa sobriété.</p>`,
).join('\n');

describe('web pages in reader mode', () => {
  it('keeps the article and leaves out banners, menus, share buttons, related links and comments', () => {
    const doc = parseHtml(`<!doctype html><html><head><title>Palmarès</title></head><body>
      <div class="cookie-banner"><p>Nous utilisons des cookies, acceptez-les avant le 1er janvier 2031.</p></div>
      <div class="menu"><ul><li><a href="/">Accueil</a></li><li><a href="/labels">Label or</a></li></ul></div>
      <div class="post"><h2>Les lauréats</h2>${article}</div>
      <div class="share"><a href="/fb">Partager</a></div>
      <div class="related-posts"><ul><li><a href="/x">Label d'or 2031 : Ville de Brest</a></li></ul></div>
      <div id="comments" class="comments"><p>Bravo à la Ville de Nice, label or mérité !</p></div>
      </body></html>`);
    expect(doc.text).toContain('Les lauréats');
    expect(doc.text).toContain('La Ville numéro 6 a reçu le label');
    for (const furniture of ['cookies', 'Accueil', 'Partager', 'Brest', 'Nice']) {
      expect(doc.text).not.toContain(furniture);
    }
  });

  it('keeps a page that is only a list whole, and gives no content for a page without text', () => {
    const page = '<html><body><ul><li>LABEL OR</li><li>Ville de Lille</li></ul></body></html>';
    expect(parseHtml(page).text).toBe('LABEL OR\nVille de Lille');
    expect(mainContent('<html><body><img src="logo.png"></body></html>', 256)).toBeNull();
  });
});
