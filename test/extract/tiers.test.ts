import { describe, expect, it } from 'vitest';
import { findParenthesisedTier, findProseTiers, matchTierMarker } from '../../pipeline/layers/awards.js';

const marker = (text: string) => {
  const m = matchTierMarker(text, 0, text.length);
  return (
    m && {
      tier: m.tier,
      label: text.slice(m.label.start, m.label.end),
      rest: m.rest && text.slice(m.rest.start, m.rest.end),
    }
  );
};

describe('matchTierMarker', () => {
  it.each([
    ['LABEL OR :', 'gold', 'LABEL OR'],
    ["LABEL D'ARGENT", 'silver', "LABEL D'ARGENT"],
    ['LABEL DE BRONZE', 'bronze', 'LABEL DE BRONZE'],
    ['Label d’or', 'gold', 'Label d’or'],
    ['Médaille d’argent', 'silver', 'Médaille d’argent'],
    ['Or :', 'gold', 'Or'],
    ['1er prix', null, '1er prix'],
    ['Deuxième prix :', null, 'Deuxième prix'],
    ['Prix spécial du jury', null, 'Prix spécial du jury'],
  ])('%s', (text, tier, label) => {
    expect(marker(text)).toEqual({ tier, label, rest: null });
  });

  it('keeps the entry that follows an inline marker', () => {
    expect(marker('Or : Ville de Quimper, « Quimper en poche »')).toEqual({
      tier: 'gold',
      label: 'Or',
      rest: 'Ville de Quimper, « Quimper en poche »',
    });
    expect(marker('2e prix – Mairie de Dax pour son portail')?.rest).toBe('Mairie de Dax pour son portail');
  });

  it.each([
    'Ordre du jour',
    'Orléans Métropole',
    'Argentan Intercom',
    'Les lauréats 2023',
    'Bronzage',
  ])('is not fooled by "%s"', (text) => expect(marker(text)).toBeNull());
});

describe('tiers inside an entry or a sentence', () => {
  it('reads a parenthesised tier', () => {
    const t = 'Ville de Niort : Niort facile (Label Argent)';
    const m = findParenthesisedTier(t, 0, t.length);
    expect(m && [m.tier, t.slice(m.whole.start, m.whole.end)]).toEqual(['silver', '(Label Argent)']);
  });
  it('reads tiers told in prose, in order', () => {
    const t = 'La Ville de Laval a reçu le label de bronze, et Angers la médaille d’or.';
    expect(findProseTiers(t, 0, t.length).map((m) => m.tier)).toEqual(['bronze', 'gold']);
  });
  it('finds no tier in "un label" or "or" as a conjunction', () => {
    const t = 'Trois projets avaient remporté un label, or la région';
    expect(findProseTiers(t, 0, t.length)).toEqual([]);
  });
});
