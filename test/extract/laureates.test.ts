import { describe, expect, it } from 'vitest';
import type { Doc } from '../../parsers/doc.js';
import { extractListedLaureates } from '../../pipeline/extract/laureate-lists.js';
import { extractProseLaureates } from '../../pipeline/extract/laureate-prose.js';
import { markdownDoc, textDoc } from '../support/doc.js';

function listed(doc: Doc) {
  return extractListedLaureates(doc).laureates.map((l) => [
    l.tier,
    l.category,
    l.awardees.map((a) => a.name).join(' + '),
    l.project,
  ]);
}

describe('listed laureates', () => {
  it('reads tiers as capital headings inside categories, with the project on the next line', () => {
    const doc = textDoc(`
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
    `);
    expect(listed(doc)).toEqual([
      ['gold', 'MOBILITÉ', 'Ville de Rouen', 'Rouen en bus'],
      ['silver', 'MOBILITÉ', "Communauté urbaine d'Arras + Ville d'Arras", 'Covoiturage solidaire'],
      ['bronze', 'SANTÉ', 'Département du Cher', 'Télé-consultations en zone rurale'],
    ]);
  });

  it('reads categories inside tiers without resetting the tier', () => {
    const doc = textDoc(`
      LABEL D'OR
      CATÉGORIE VILLES
      - Ville de Metz avec Metz connectée
      CATÉGORIE INTERCOMMUNALITÉS
      - Communauté de communes du Val d'Ille avec Val'Data
      LABEL D'ARGENT
      - Ville de Niort avec Niort facile
    `);
    expect(listed(doc)).toEqual([
      ['gold', 'VILLES', 'Ville de Metz', 'Metz connectée'],
      ['gold', 'INTERCOMMUNALITÉS', "Communauté de communes du Val d'Ille", "Val'Data"],
      ['silver', null, 'Ville de Niort', 'Niort facile'],
    ]);
  });

  it('reads inline tiers, parenthesised tiers and unbulleted lines', () => {
    const doc = textDoc(`
      Palmarès
      Or : Ville de Quimper, « Quimper en poche »
      Argent : Mairie de Brest : Brest en clair
      Ville de Niort : Niort facile (Label Bronze)
    `);
    expect(listed(doc)).toEqual([
      ['gold', null, 'Ville de Quimper', '« Quimper en poche »'],
      ['silver', null, 'Mairie de Brest', 'Brest en clair'],
      ['bronze', null, 'Ville de Niort', 'Niort facile'],
    ]);
  });

  it('reads numbered prizes with no tier', () => {
    const doc = textDoc(`
      1er prix : Ville de Laval pour son portail citoyen
      2e prix : Département de la Mayenne avec Mayenne Data
    `);
    expect(listed(doc)).toEqual([
      [null, null, 'Ville de Laval', 'portail citoyen'.replace(/^/, 'son ')],
      [null, null, 'Département de la Mayenne', 'Mayenne Data'],
    ]);
  });

  it('reads Markdown headings and bold tier lines', () => {
    const doc = markdownDoc(`
      # Les lauréats 2022

      ## Inclusion

      **Label d'or**

      - Ville de Lille
        Lille accessible
      - Métropole Européenne de Lille
        Data MEL
    `);
    expect(listed(doc)).toEqual([
      ['gold', 'Inclusion', 'Ville de Lille', 'Lille accessible'],
      ['gold', 'Inclusion', 'Métropole Européenne de Lille', 'Data MEL'],
    ]);
  });

  it('ignores bullets that are not under a tier, category or laureates heading', () => {
    const doc = textDoc(`
      Le label repose sur des critères :
      - L'innovation
      - La prise en compte des usagers
    `);
    expect(listed(doc)).toEqual([]);
  });
});

describe('laureates told in prose', () => {
  const prose = (text: string) =>
    extractProseLaureates(textDoc(text), new Set()).map((l) => [
      l.tier,
      l.awardees.map((a) => a.name).join(' + '),
      l.project,
      l.statedYear,
    ]);

  it('reads the awardee, the tier and the project', () => {
    expect(
      prose('La Ville de Nantes a reçu le label de bronze pour son application Nantes dans ma poche.'),
    ).toEqual([['bronze', 'Ville de Nantes', 'application Nantes dans ma poche', null]]);
  });

  it('stops a project at its quoted title and keeps a stated year', () => {
    expect(
      prose(
        'En 2018, trois projets avaient remporté un label dont la Ville de Brignais pour le festival "Un trait amateur" organisé par la médiathèque.',
      ),
    ).toEqual([[null, 'Ville de Brignais', 'festival "Un trait amateur"', 2018]]);
  });

  it('reads several laureates in one sentence', () => {
    expect(
      prose(
        "Le label d'or a été décerné à la Ville de Pau pour Pau citoyens et à la Communauté d'agglomération de Tarbes pour Tarbes mobile.",
      ),
    ).toEqual([
      ['gold', 'Ville de Pau', 'Pau citoyens', null],
      ['gold', "Communauté d'agglomération de Tarbes", 'Tarbes mobile', null],
    ]);
  });

  it('finds nothing without an award', () => {
    expect(prose('La Ville de Nantes a organisé une journée pour les habitants.')).toEqual([]);
    expect(prose('Le jury a retenu 25 projets pour le label.')).toEqual([]);
  });
});
