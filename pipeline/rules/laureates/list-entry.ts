import type { LaureateRule } from '../types.js';
import { entryLaureate } from './entries.js';

const ID = 'laureate/list-entry';

/**
 * An entry under a tier marker or a category heading: a bullet or a line naming bodies, its project
 * after "avec", a colon or a dash, or on the lines below.
 */
export const listEntry: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: 'a line or bullet under a tier marker or category heading, with its project',
  apply: (layers) =>
    layers.sections.entries.filter((e) => e.kind === 'entry').map((e) => entryLaureate(layers.text, e, ID)),
  examples: {
    ok: [
      {
        text: `
          Les lauréats 2021

          MOBILITÉ

          LABEL OR :
          - Ville de Rouen
          Rouen en bus
          LABEL ARGENT
          - Communauté urbaine d'Arras et Ville d'Arras
          Covoiturage solidaire

          SANTÉ
          LABEL BRONZE
          - Département du Cher
          Télé-consultations en

          zone rurale

          À propos de l'association
          Créée en 2001, elle rassemble des collectivités.
        `,
        expect: [
          { tier: 'gold', category: 'MOBILITÉ', awardees: ['Ville de Rouen'], project: 'Rouen en bus' },
          {
            tier: 'silver',
            category: 'MOBILITÉ',
            awardees: ["Communauté urbaine d'Arras", "Ville d'Arras"],
            project: 'Covoiturage solidaire',
          },
          {
            tier: 'bronze',
            category: 'SANTÉ',
            awardees: ['Département du Cher'],
            project: 'Télé-consultations en zone rurale',
          },
        ],
      },
      {
        text: `
          LABEL D'OR
          CATÉGORIE VILLES
          - Ville de Metz avec Metz connectée
          CATÉGORIE INTERCOMMUNALITÉS
          - Communauté de communes du Val d'Ille avec Val'Data
          LABEL D'ARGENT
          - Ville de Niort avec Niort facile
        `,
        expect: [
          { tier: 'gold', category: 'VILLES', awardees: ['Ville de Metz'], project: 'Metz connectée' },
          {
            tier: 'gold',
            category: 'INTERCOMMUNALITÉS',
            awardees: ["Communauté de communes du Val d'Ille"],
            project: "Val'Data",
          },
          { tier: 'silver', category: null, awardees: ['Ville de Niort'], project: 'Niort facile' },
        ],
      },
      {
        text: `
          Palmarès
          Or : Ville de Quimper, « Quimper en poche »
          Ville de Niort : Niort facile (Label Bronze)
        `,
        expect: [{ tier: 'bronze', category: null, awardees: ['Ville de Niort'], project: 'Niort facile' }],
      },
      {
        text: `
          Catégorie Mobilité - Ville de Nantes : Nantes à vélo
          Catégorie Énergie - Communauté urbaine de Dunkerque : Dunkerque sobre
        `,
        expect: [
          { tier: null, category: 'Mobilité', awardees: ['Ville de Nantes'], project: 'Nantes à vélo' },
          {
            tier: null,
            category: 'Énergie',
            awardees: ['Communauté urbaine de Dunkerque'],
            project: 'Dunkerque sobre',
          },
        ],
      },
      {
        format: 'markdown',
        text: `
          # Les lauréats 2022

          ## Inclusion

          **Label d'or**

          - Ville de Lille
            Lille accessible
          - Métropole Européenne de Lille
            Data MEL
        `,
        expect: [
          { tier: 'gold', category: 'Inclusion', awardees: ['Ville de Lille'], project: 'Lille accessible' },
          {
            tier: 'gold',
            category: 'Inclusion',
            awardees: ['Métropole Européenne de Lille'],
            project: 'Data MEL',
          },
        ],
      },
    ],
    notOk: [
      {
        text: `
          Le label repose sur des critères :
          - L'innovation
          - La prise en compte des usagers
        `,
      },
    ],
  },
};
