import { describe, expect, it } from 'vitest';
import { foldName, parseName } from '../../pipeline/resolve/normalise.js';

const keys = (name: string) => {
  const { type, communeKey, key } = parseName(name);
  return { type, communeKey, key };
};

describe('foldName', () => {
  it('folds accents, case, œ, hyphens, apostrophes and "St"', () => {
    expect(foldName('Cœur-de-l’Étang')).toBe('coeur de l etang');
    expect(foldName("St-Omer d'Azur")).toBe('saint omer d azur');
    expect(foldName('STE MAXIME & Co')).toBe('sainte maxime et co');
  });
});

describe('parseName', () => {
  it('reads the body type before the name, and the article a connector stands for', () => {
    expect(keys('Ville du Havre')).toEqual({ type: 'commune', communeKey: 'le havre', key: 'havre' });
    expect(keys("Mairie d'Urrugne")).toEqual({ type: 'commune', communeKey: 'urrugne', key: 'urrugne' });
    expect(keys('la Ville de Brignais').type).toBe('commune');
    expect(keys('Communauté D’agglomération De La Porte Du Hainaut')).toMatchObject({
      type: 'ca',
      key: 'porte du hainaut',
    });
    expect(keys('CC du Pays des Ecrins')).toMatchObject({ type: 'cc', key: 'pays des ecrins' });
    expect(keys('Conseil général du Nord')).toMatchObject({ type: 'departement', key: 'nord' });
    expect(keys('Conseil régional Occitanie')).toMatchObject({ type: 'region', key: 'occitanie' });
    expect(keys('Syndicat Anjou Numérique').type).toBe('other');
    expect(keys('les communes membres').type).toBe('group');
  });

  it('reads a body type after the name of an intercommunality only', () => {
    expect(keys('Rennes Métropole')).toMatchObject({ type: 'metropole', key: 'rennes' });
    expect(keys('Valence Agglo')).toMatchObject({ type: 'ca', key: 'valence' });
    expect(keys('CU Angers Loire Métropole')).toMatchObject({ type: 'cu', key: 'angers loire' });
    expect(keys('Métropole')).toMatchObject({ type: 'metropole', key: '' });
  });

  it('does not take the start of a hyphenated name for a body type', () => {
    expect(keys('Ville-sur-Lumes')).toMatchObject({ type: null, communeKey: 'ville sur lumes' });
    expect(keys('La Ville-aux-Dames')).toMatchObject({ type: null, communeKey: 'la ville aux dames' });
    expect(keys('Villes-sur-Auzon').type).toBeNull();
  });

  it('keeps a parenthesis as a hint, and leaves quoted subtitles out of the loose key', () => {
    expect(parseName('Saint-Omer (62)')).toMatchObject({ communeKey: 'saint omer', hint: '62' });
    expect(parseName('CC Alpes-Provence-Verdon "Sources de lumière"')).toMatchObject({
      key: 'alpes provence verdon sources de lumiere',
      looseKey: 'alpes provence verdon',
    });
    expect(parseName('CC Coeur et Coteaux du Comminges').looseKey).toBe(
      parseName('Communauté de communes Cœur Coteaux Comminges').looseKey,
    );
  });
});
