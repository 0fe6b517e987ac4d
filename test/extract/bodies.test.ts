import { describe, expect, it } from 'vitest';
import { findBodies } from '../../pipeline/layers/bodies.js';

const names = (text: string) =>
  findBodies(text, { start: 0, end: text.length }).map((b) => text.slice(b.nameStart, b.end));

describe('findBodies', () => {
  it('leaves out a leading article, a word of its own', () => {
    expect(names('la Ville de Brignais est primée.')).toContain('Ville de Brignais');
    expect(names("l'Agglomération du Choletais est primée.")).toContain('Agglomération du Choletais');
    expect(names('Les Herbiers Communauté a reçu le label.')).toContain('Herbiers Communauté');
  });

  it('reads a name that only starts as an article would as the name', () => {
    expect(names('Laval Agglomération a reçu le label.')).toEqual(['Laval Agglomération']);
    expect(names('Lannion-Trégor Communauté est lauréate.')).toEqual(['Lannion-Trégor Communauté']);
    expect(names('Lens Agglomération obtient deux étoiles.')).toEqual(['Lens Agglomération']);
    expect(names('Lesneven Côte des Légendes Communauté est primée.')[0]).toBe(
      'Lesneven Côte des Légendes Communauté',
    );
  });
});
