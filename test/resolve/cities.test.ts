import { expect, it } from 'vitest';
import { resolveCity } from '../../pipeline/resolve/index.js';

/** The seeds' event cities, with the région their events give (as written), and the commune's code. */
const CITIES: ReadonlyArray<{ city: string; region: string | null; code: string; regionCode: string }> = [
  { city: 'Lyon', region: null, code: '69123', regionCode: '84' },
  { city: 'Annecy', region: 'Auvergne Rhône-Alpes', code: '74010', regionCode: '84' },
  { city: 'Paris', region: 'Île-de-France', code: '75056', regionCode: '11' },
  { city: 'Cahors', region: 'Occitanie', code: '46042', regionCode: '76' },
  { city: 'Dax', region: 'Nouvelle Aquitaine', code: '40088', regionCode: '75' },
  { city: 'Charleville-Mézières', region: 'Grand Est', code: '08105', regionCode: '44' },
  { city: 'Le Havre', region: 'Normandie', code: '76351', regionCode: '28' },
  { city: 'Saint-Quentin', region: 'Hauts-de-France', code: '02691', regionCode: '32' },
  { city: 'Istres', region: 'Sud PACA', code: '13047', regionCode: '93' },
  { city: 'Toulouse', region: null, code: '31555', regionCode: '76' },
  { city: 'Marseille', region: null, code: '13055', regionCode: '93' },
];

it.each(CITIES)('$city ($region) → $code', ({ city, region, code, regionCode }) => {
  const alone = resolveCity(city);
  expect({ kind: alone.kind, code: alone.code, match: alone.match }).toEqual({
    kind: 'commune',
    code,
    match: 'exact',
  });
  expect(alone.regions).toEqual([regionCode]);
  // The région as the release writes it agrees with the commune: context never changes a single match,
  // but it must not be misread either.
  if (region) expect(resolveCity(city, { regions: [region] }).code).toBe(code);
});

it('settles homonymous cities with the région or département of the event, and only then', () => {
  expect(resolveCity('Saint-Omer').code).toBeNull();
  expect(resolveCity('Saint-Omer', { regions: ['Hauts-de-France'] }).code).toBe('62765');
  expect(resolveCity('Saint-Omer', { regions: ['32'] }).code).toBe('62765');
  expect(resolveCity('Saint-Omer', { departements: ['Calvados'] }).code).toBe('14635');
  expect(resolveCity('Saint-Omer', { regions: ['Nord-Pas-de-Calais'] }).code).toBe('62765');
  expect(resolveCity('Saint-Omer', { regions: ['Bretagne'] })).toMatchObject({ code: null, match: 'none' });
});

it('reads cities whose names look like body types', () => {
  expect(resolveCity('Ville-sur-Lumes').code).toBe('08483');
  expect(resolveCity('La Chambre').code).toBe('73067');
  expect(resolveCity('Ville du Havre').code).toBe('76351');
  expect(resolveCity('Atlantis')).toMatchObject({ kind: 'unknown', code: null, match: 'none' });
});
