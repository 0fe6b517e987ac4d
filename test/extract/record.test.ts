import { describe, expect, it } from 'vitest';
import { extractFields } from '../../pipeline/extract.js';
import { textDoc } from '../support/doc.js';

describe('document type and warnings', () => {
  it('announces laureates when it lists two or more of its own year', () => {
    const r = extractFields(
      textDoc(`
        Les lauréats 2022 : 3 projets ont été primés.
        LABEL OR
        - Ville de Pau avec Pau citoyens
        - Ville de Tarbes avec Tarbes mobile
      `),
    );
    expect(r.documentType).toBe('laureates');
    expect(r.warnings).toEqual([
      expect.objectContaining({
        code: 'count-mismatch',
        message: 'the text announces 3 laureates and lists 2',
      }),
    ]);
  });

  it('calls for applications when it gives a deadline', () => {
    expect(
      extractFields(textDoc('Les candidatures sont à déposer avant le 10 octobre 2025.')).documentType,
    ).toBe('call-for-applications');
  });

  it('is an event programme when it gives a dated event under a programme, and other for one dated event alone', () => {
    expect(
      extractFields(
        textDoc('Le 12 mars 2025, le réseau fait étape à Rennes.\n\nProgramme de la journée\n\nAccueil'),
      ).documentType,
    ).toBe('event-programme');
    expect(extractFields(textDoc('Le 12 mars 2025, le réseau fait étape à Rennes.')).documentType).toBe(
      'other',
    );
  });

  it('is an event programme when it lists several dated events, even if it mentions candidatures', () => {
    const r = extractFields(
      textDoc(`
        Les escales 2021 : candidatures ouvertes aux collectivités hôtes.
        - 18 mars – Étape Normandie – Rouen
        - 12 mai – Étape Bourgogne – Dijon
        - 1er juillet – Étape Nouvelle-Aquitaine – Poitiers
      `),
    );
    expect(r.documentType).toBe('event-programme');
  });

  it('is other when it gives none of these, and says when it has no year', () => {
    const r = extractFields(textDoc("L'association accueille une nouvelle déléguée générale."));
    expect(r.documentType).toBe('other');
    expect(r.warnings.map((w) => w.code)).toEqual(['no-edition-year']);
  });
});
