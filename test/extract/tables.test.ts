import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../parsers/html.js';
import { extractTabledLaureates } from '../../pipeline/extract/laureate-tables.js';
import { markdownDoc } from '../support/doc.js';

const rows = (doc: Parameters<typeof extractTabledLaureates>[0]) =>
  extractTabledLaureates(doc).laureates.map((l) => [
    l.tier,
    l.tierLabel,
    l.category,
    l.awardees.map((a) => a.name),
    l.project,
  ]);

describe('laureates in tables', () => {
  it('reads an HTML table, a row-spanned category repeating on the rows below', () => {
    const doc = {
      ...parseHtml(`<table>
        <tr><th>Catégorie</th><th>Distinction</th><th>Lauréat(s)</th><th>Projet</th></tr>
        <tr><td rowspan="2">Mobilités</td><td>Or</td><td>Ville de Grenoble / Grenoble-Alpes Métropole</td><td>Métromobilité</td></tr>
        <tr><td>Argent</td><td>Rennes Métropole</td><td>STAR ouvert</td></tr>
      </table>`),
      encoding: 'utf-8',
      diagnostics: [],
    };
    expect(rows(doc)).toEqual([
      ['gold', 'Or', 'Mobilités', ['Ville de Grenoble', 'Grenoble-Alpes Métropole'], 'Métromobilité'],
      ['silver', 'Argent', 'Mobilités', ['Rennes Métropole'], 'STAR ouvert'],
    ]);
  });

  it('takes the category from the heading above a table without a category column', () => {
    const doc = markdownDoc(`
      ## Catégorie Services de proximité

      | Prix | Lauréat | Projet |
      |---|---|---|
      | 1er prix | Commune de Murat et Communauté de communes Hautes Terres | France Services itinérante |
      | Mention spéciale | Commune de Lacapelle-Marival (Lot) | Secrétariat partagé |
    `);
    expect(rows(doc)).toEqual([
      [
        null,
        '1er prix',
        'Services de proximité',
        ['Commune de Murat', 'Communauté de communes Hautes Terres'],
        'France Services itinérante',
      ],
      [
        null,
        'Mention spéciale',
        'Services de proximité',
        ['Commune de Lacapelle-Marival'],
        'Secrétariat partagé',
      ],
    ]);
  });

  it('leaves alone tables that do not list laureates', () => {
    const doc = markdownDoc(`
      | Région | Ville | Date |
      |---|---|---|
      | Grand Est | Nancy | 9 septembre 2025 |
    `);
    expect(rows(doc)).toEqual([]);
  });
});
