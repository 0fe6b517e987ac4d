import type { Span } from '../../../parsers/doc.js';
import { splitAwardees } from '../../grammar/awardees.js';
import { afterLabel } from '../../grammar/labels.js';
import { matchTierMarker } from '../../layers/awards.js';
import { type Column, cellsOf } from '../../layers/tables.js';
import { CATEGORY_LABEL } from '../../lexicon/sections.js';
import type { Laureate } from '../../schema.js';
import { clean } from '../../text.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';

const ID = 'laureate/table-row';

/**
 * A row of a table of laureates. A category or distinction column is read when there is one, an
 * empty cell repeats the one above (row spans), and without a category column the heading above the
 * table is the category.
 */
export const tableRow: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: 'a row of a table whose header names the awardee and project columns',
  apply(layers) {
    const { text, blocks } = layers;
    const out: LaureateCandidate[] = [];
    for (const table of layers.sections.tables) {
      const above: Partial<Record<Column, Span>> = {};
      const heading = table.columns.has('category') ? null : table.heading;
      for (const i of table.rows) {
        const row = blocks[i];
        if (!row) continue;
        const cells = cellsOf(text, row);
        const cell = (c: Column) => {
          const at = table.columns.get(c);
          const span = at === undefined ? undefined : cells[at];
          if (span && span.end > span.start) above[c] = span;
          return at === undefined ? undefined : above[c];
        };
        const awardees = cell('awardees');
        if (!awardees || awardees.end <= awardees.start) continue;
        const project = cell('project') ?? null;
        const distinction = cell('tier');
        const category = cell('category') ?? (heading && afterLabel(text, heading, CATEGORY_LABEL, true));
        const marker = distinction ? matchTierMarker(text, distinction.start, distinction.end) : null;
        const evidence: Laureate['evidence'] = {};
        if (marker) evidence.tier = marker.label;
        if (category) evidence.category = category;
        if (project) evidence.project = project;
        out.push({
          rule: ID,
          tier: marker?.tier ?? null,
          tierLabel: marker ? clean(text.slice(marker.label.start, marker.label.end)) : null,
          category: category ? clean(text.slice(category.start, category.end)) : null,
          awardees: splitAwardees(text, awardees),
          project: project ? clean(text.slice(project.start, project.end)) : null,
          span: { start: row.start, end: row.end },
          evidence,
          statedYear: null,
        });
      }
    }
    return out;
  },
  examples: {
    ok: [
      {
        format: 'html',
        text: `<table>
          <tr><th>Catégorie</th><th>Distinction</th><th>Lauréat(s)</th><th>Projet</th></tr>
          <tr><td rowspan="2">Mobilités</td><td>Or</td><td>Ville de Grenoble / Grenoble-Alpes Métropole</td><td>Métromobilité</td></tr>
          <tr><td>Argent</td><td>Rennes Métropole</td><td>STAR ouvert</td></tr>
        </table>`,
        expect: [
          {
            tier: 'gold',
            category: 'Mobilités',
            awardees: ['Ville de Grenoble', 'Grenoble-Alpes Métropole'],
            project: 'Métromobilité',
          },
          { tier: 'silver', category: 'Mobilités', awardees: ['Rennes Métropole'], project: 'STAR ouvert' },
        ],
      },
      {
        format: 'markdown',
        text: `
          ## Catégorie Services de proximité

          | Prix | Lauréat | Projet |
          |---|---|---|
          | 1er prix | Commune de Murat et Communauté de communes Hautes Terres | France Services itinérante |
          | Mention spéciale | Commune de Lacapelle-Marival (Lot) | Secrétariat partagé |
        `,
        expect: [
          {
            tier: null,
            category: 'Services de proximité',
            awardees: ['Commune de Murat', 'Communauté de communes Hautes Terres'],
            project: 'France Services itinérante',
          },
          {
            tier: null,
            category: 'Services de proximité',
            awardees: ['Commune de Lacapelle-Marival'],
            project: 'Secrétariat partagé',
          },
        ],
      },
    ],
    notOk: [
      {
        format: 'markdown',
        text: `
          | Région | Ville | Date |
          |---|---|---|
          | Grand Est | Nancy | 9 septembre 2025 |
        `,
      },
    ],
  },
};
