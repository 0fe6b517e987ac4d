import { describe, expect, it } from 'vitest';
import { decode, parse } from '../../parsers/index.js';
import { blockTexts, textDoc } from '../support/doc.js';

describe('plain text reader', () => {
  it('knows bullets, including "- >", "- -", "o" and "§", and all-caps headings', () => {
    expect(
      blockTexts(
        textDoc(`
          LABEL D'OR
          - > Lille Métropole avec DIVA
          - - 1250 communautés
          • Métropole de Lyon
          o Des ateliers
          § le Label
          1. Premier point
          2019. Une année de plus
              indented text is not code
        `),
      ),
    ).toEqual([
      "heading: LABEL D'OR",
      'list-item: Lille Métropole avec DIVA',
      'list-item: 1250 communautés',
      'list-item: Métropole de Lyon',
      'list-item: Des ateliers',
      'list-item: le Label',
      'list-item: Premier point',
      'line: 2019. Une année de plus',
      'line: indented text is not code',
    ]);
  });

  it('repairs PDF-style wraps: blank lines inside a title, hyphens, connectors', () => {
    expect(
      blockTexts(
        textDoc(`
          • Communauté d'agglomération du Sicoval & Conseil Départemental

          de la Haute-Garonne
          Ambassad'Ondes - Balade urbaine de découverte des champs

          électromagnétiques
          Faciliter l'accès avec mon-

          compte.bzh
          Une décennie célébrée à l’occasion de
          l’IntercoTOUR
        `),
      ),
    ).toEqual([
      "list-item: Communauté d'agglomération du Sicoval & Conseil Départemental de la Haute-Garonne",
      "line: Ambassad'Ondes - Balade urbaine de découverte des champs électromagnétiques",
      "line: Faciliter l'accès avec mon- compte.bzh",
      'line: Une décennie célébrée à l’occasion de l’IntercoTOUR',
    ]);
  });

  it('keeps short list-like lines apart and a project under its bullet', () => {
    expect(
      blockTexts(
        textDoc(`
          selon :
          le caractère innovant
          la dimension partenariale
          • Ville de Brest
          festival numérique
        `),
      ),
    ).toEqual([
      'line: selon :',
      'line: le caractère innovant',
      'line: la dimension partenariale',
      'list-item: Ville de Brest',
      'line: festival numérique',
    ]);
  });

  it('gives block offsets into the text', () => {
    const doc = textDoc('Titre\n\n- Ville de Paris\n');
    const item = doc.blocks[1];
    expect(item && doc.text.slice(item.start, item.end)).toBe('Ville de Paris');
    expect(item?.gap).toBe(1);
  });
});

describe('decoding', () => {
  it('normalises to NFC and \\n line endings, and drops a BOM; nothing else changes', () => {
    const bytes = new TextEncoder().encode('\ufeffCafe\u0301\r\nligne\rfin  \u00a0');
    expect(decode(bytes)).toEqual({ text: 'Café\nligne\nfin  \u00a0', encoding: 'utf-8', diagnostics: [] });
  });
  it('refuses binary input with a hint', async () => {
    await expect(parse(new Uint8Array([0x25, 0x00, 0x01, 0x02, 0x03]), 'text')).rejects.toThrow(/binary/);
  });
});
