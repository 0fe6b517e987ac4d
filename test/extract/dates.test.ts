import { describe, expect, it } from 'vitest';
import { anchorOf, resolveMention } from '../../pipeline/layers/anchor.js';
import { findDates, toldAsBackground } from '../../pipeline/layers/dates.js';
import { fold } from '../../pipeline/text.js';

function read(text: string, contextYear = 2019) {
  return findDates(text, 0, text.length).map((d) => ({
    text: text.slice(d.start, d.end),
    ...resolveMention(d, anchorOf(null, contextYear)),
  }));
}

describe('findDates', () => {
  it.each([
    ['les 2 et 3 décembre 2013 à Lyon', '2 et 3 décembre 2013', '2013-12-02', '2013-12-03'],
    ['Les 26 et 27 juin 2019, le réseau', '26 et 27 juin 2019', '2019-06-26', '2019-06-27'],
    ['les 5, 6 et 7 mars', '5, 6 et 7 mars', '2019-03-05', '2019-03-07'],
    ['26-27 Juin : IntercoTOUR', '26-27 Juin', '2019-06-26', '2019-06-27'],
    ['du 3 au 5 avril 2024', '3 au 5 avril 2024', '2024-04-03', '2024-04-05'],
    ['du 30 novembre au 2 décembre 2021', '30 novembre au 2 décembre 2021', '2021-11-30', '2021-12-02'],
    ['Pendant les mois de juin et juillet, des jurys', 'mois de juin et juillet', '2019-06', '2019-07'],
    ['de juin à septembre 2020', 'de juin à septembre 2020', '2020-06', '2020-09'],
    ['lors du forum national en décembre à Lyon', 'en décembre', '2019-12', null],
    ['fin novembre 2022', 'fin novembre 2022', '2022-11', null],
    ['le 1er mars 2020 au matin', '1er mars 2020', '2020-03-01', null],
    ['le 12/03/2021', '12/03/2021', '2021-03-12', null],
    [
      'les mercredi 8 et jeudi 9 juin 2016 au Palais',
      'mercredi 8 et jeudi 9 juin 2016',
      '2016-06-08',
      '2016-06-09',
    ],
    [
      'se sont déroulées en septembre et octobre dans six villes',
      'en septembre et octobre',
      '2019-09',
      '2019-10',
    ],
    ['Candidatures jusqu’au 10 octobre', '10 octobre', '2019-10-10', null],
    [
      'les 30 novembre et 1er décembre 2022 à Lyon',
      '30 novembre et 1er décembre 2022',
      '2022-11-30',
      '2022-12-01',
    ],
    ['les 31 décembre et 1er janvier 2022', '31 décembre et 1er janvier 2022', '2021-12-31', '2022-01-01'],
  ])('%s', (input, text, start, end) => {
    expect(read(input)).toEqual([{ text, start, end }]);
  });

  it.each([
    'les candidats disposeront de 15 minutes pour présenter',
    'rendez-vous à 5 dans la salle',
    'la veille innovation : les auditions',
    'Inclusif, le jeu - Concevons nos services',
    'une matinée de conférences le matin',
    'Lancé en 2015 par le réseau',
    'Mars est une planète',
  ])('finds no date in "%s"', (input) => {
    expect(read(input)).toEqual([]);
  });

  it('takes a missing year from the context, not from today', () => {
    expect(read('le 17 octobre', 2011)).toEqual([{ text: '17 octobre', start: '2011-10-17', end: null }]);
    expect(read('le 17 octobre', 2031)).toEqual([{ text: '17 octobre', start: '2031-10-17', end: null }]);
  });

  it('gives no ISO date when neither the text nor the context has a year', () => {
    const [d] = findDates('le 17 octobre', 0, 13);
    expect(d && resolveMention(d, anchorOf(null, null))).toEqual({ start: null, end: null });
  });
});

describe('the words around a date', () => {
  const relation = (text: string) => findDates(text, 0, text.length).map((d) => d.relation);
  it('says which occurrence "dernier", "prochain" and "ce" mean', () => {
    expect(relation('Le 6 novembre dernier, les experts')).toEqual(['last']);
    expect(relation('recevront le 24 novembre prochain un Trophée')).toEqual(['next']);
    expect(relation('À Cannes, ce jeudi 30 novembre, les villes')).toEqual(['this']);
    expect(relation('le 17 mars, au forum')).toEqual([null]);
    // A date with its year needs none.
    expect(relation('le 6 novembre 2024 dernier')).toEqual([null]);
  });

  it('tells a date given as background (a founding, a start) from a happening', () => {
    const background = (text: string) =>
      findDates(text, 0, text.length).map((d) => toldAsBackground(fold(text), d));
    expect(background('Créé le 3 mars 2009, le label')).toEqual([true]);
    expect(background('labellisée depuis le 1er janvier 2015')).toEqual([true]);
    expect(background('Lancée en septembre 2019, la plateforme')).toEqual([true]);
    expect(background('remis le 3 mars 2009 à Lyon')).toEqual([false]);
  });
});

describe('findDates read again', () => {
  it('gives the same dates at every parse (chrono keeps the patterns it compiled)', () => {
    const text = 'Le forum a eu lieu le 21 octobre 2022 à Laval, il y a 3 jours, le matin.';
    const first = read(text);
    expect(first.map((d) => d.text)).toEqual(['21 octobre 2022']);
    for (let i = 0; i < 3; i++) expect(read(text)).toEqual(first);
  });
});
