import { describe, expect, it } from 'vitest';
import { splitAwardees } from '../../pipeline/grammar/awardees.js';
import { splitEntry } from '../../pipeline/grammar/entry.js';
import { bodyEnd } from '../../pipeline/grammar/names.js';

const whole = (s: string) => ({ start: 0, end: s.length });

describe('bodyEnd', () => {
  it.each([
    ['la Ville de Brignais pour le festival', 'la Ville de Brignais'],
    ['Région Rhône-Alpes 500 destinations en Rhône-Alpes', 'Région Rhône-Alpes'],
    ["Métropole Nice côte d'Azur avec Spot", "Métropole Nice côte d'Azur"],
    ['Comité départemental du tourisme 35', 'Comité départemental du tourisme 35'],
    [
      'Communauté D’agglomération De La Porte Du Hainaut',
      'Communauté D’agglomération De La Porte Du Hainaut',
    ],
    ['Ville de Nantes pour le Festival X', 'Ville de Nantes'],
    ['Rennes Métropole', 'Rennes Métropole'],
  ])('%s → %s', (text, body) => {
    expect(text.slice(0, bodyEnd(text, 0, text.length))).toBe(body);
  });

  it('finds no body in lower-case prose', () => {
    expect(bodyEnd('pour le festival', 0, 16)).toBe(0);
  });
});

describe('splitAwardees', () => {
  it.each([
    ['Ville de Rennes et Rennes Métropole', ['Ville de Rennes', 'Rennes Métropole']],
    [
      'Montpellier Méditerranée Métropole et Clermont Auvergne Métropole',
      ['Montpellier Méditerranée Métropole', 'Clermont Auvergne Métropole'],
    ],
    [
      'Communauté d’agglomération du Sicoval & Conseil départemental de la Haute-Garonne',
      ['Communauté d’agglomération du Sicoval', 'Conseil départemental de la Haute-Garonne'],
    ],
    [
      'Communauté de communes A, Communauté de communes B-C, Mairie de D',
      ['Communauté de communes A', 'Communauté de communes B-C', 'Mairie de D'],
    ],
    [
      'Ville de Lens / Communauté d’agglomération de Lens-Liévin',
      ['Ville de Lens', 'Communauté d’agglomération de Lens-Liévin'],
    ],
    [
      'Métropole Aix-Marseille-Provence et le Hub du Sud',
      ['Métropole Aix-Marseille-Provence', 'le Hub du Sud'],
    ],
    [
      'Grenoble-Alpes Métropole et les communes membres',
      ['Grenoble-Alpes Métropole', 'les communes membres'],
    ],
  ])('splits %s', (text, names) => {
    expect(splitAwardees(text, whole(text)).map((a) => a.name)).toEqual(names);
  });

  it.each([
    'Ville et Métropole du Grand Nancy',
    'Département de Seine-et-Marne',
    'Conseil départemental de Loir-et-Cher',
    'Saint-Pierre et Miquelon',
    'Pays de Retz et de Grand-Lieu',
    'Communauté de communes Terres de Champagne et de Bourgogne',
  ])('keeps %s whole', (text) => {
    expect(splitAwardees(text, whole(text)).map((a) => a.name)).toEqual([text]);
  });
});

describe('splitEntry', () => {
  const split = (text: string) => {
    const s = splitEntry(text, whole(text));
    return [
      text.slice(s.awardees.start, s.awardees.end),
      s.project && text.slice(s.project.start, s.project.end),
    ];
  };
  it.each([
    ['Grand Lyon avec Grand Lyon SmartData', 'Grand Lyon', 'Grand Lyon SmartData'],
    [
      'Mairie Toulouse avec Toulouse.fr & les réseaux sociaux : de nouveaux usages',
      'Mairie Toulouse',
      'Toulouse.fr & les réseaux sociaux : de nouveaux usages',
    ],
    ['Ville de Lorient : Lorient en poche', 'Ville de Lorient', 'Lorient en poche'],
    ['Ville de Vannes, « Vannes en clair »', 'Ville de Vannes', '« Vannes en clair »'],
    ['Département du Gers – Gers numérique', 'Département du Gers', 'Gers numérique'],
    [
      'Région Rhône-Alpes 500 destinations en Rhône-Alpes et PACA avec Sitra',
      'Région Rhône-Alpes',
      '500 destinations en Rhône-Alpes et PACA avec Sitra',
    ],
    [
      'Rennes Métropole avec INFOLAB, pour comprendre et innover avec l’Open Data',
      'Rennes Métropole',
      'INFOLAB, pour comprendre et innover avec l’Open Data',
    ],
  ])('%s', (text, awardees, project) => {
    expect(split(text)).toEqual([awardees, project]);
  });

  it('leaves a line without a marker whole, for a project on the next line', () => {
    expect(split('Communauté de communes du Pays de La Châtaigneraie')).toEqual([
      'Communauté de communes du Pays de La Châtaigneraie',
      null,
    ]);
  });

  it('does not split a project title at its own colon', () => {
    expect(split('MedNumRemix : Inventer ensemble les médiations numériques')[1]).toBeNull();
  });
});
