import { describe, expect, it } from 'vitest';
import { Layers } from '../../pipeline/layers/index.js';
import { textDoc } from '../support/doc.js';

const layersOf = (text: string, published: string | null = null) => {
  const doc = textDoc(text);
  return new Layers({ ...doc, meta: { ...doc.meta, published } });
};
const published = (text: string) => {
  const p = layersOf(text).published;
  return p && [p.year, p.month, p.day];
};

describe('the date a document gives about itself', () => {
  it.each([
    ['Brest distinguée\n\nPublié le 03/03/2022\n\nLa ville a été récompensée.', [2022, 3, 3]],
    ['Palmarès\n\nMis en ligne le 10 mars 2017 à 13:15 Actualisé le 11 mars 2017 à 18:45', [2017, 3, 10]],
    ['Lettre d’information\n\nÉdition du jeudi 23 février 2006\n\nJeunesse', [2006, 2, 23]],
    ['Actualités\n\nNuméro du lundi 14 octobre 2024\n\nGrand prix', [2024, 10, 14]],
    ['Interconnectés !\n\nPar 19 décembre 2011 Archives, Actualités', [2011, 12, 19]],
    [' date 2021-07 20 communes figurent parmi les lauréates.', [2021, 7, null]],
    ['vendredi 10 février 2017\n\nTous les lauréats du label', [2017, 2, 10]],
    ['Metz, le 23 novembre 2017 – La 5e édition du Carrefour s’est tenue hier.', [2017, 11, 23]],
  ])('%j', (text, expected) => {
    expect(published(text)).toEqual(expected);
  });

  it('takes a revision date only when the text gives no other', () => {
    expect(published('Actualisé le 4 mai 2020\n\nLe jury a délibéré.')).toEqual([2020, 5, 4]);
  });

  it('finds none in running text, in a date line further down, or in a programme day with its hours', () => {
    expect(published('Le rapport publié le 3 mars 2022 par la ville est en ligne.')).toBeNull();
    expect(published('Titre\n\nIntro.\n\nSuite.\n\nMardi 6 décembre 2005')).toBeNull();
    expect(published('Les Actes\n\nMardi 6 Décembre 2005 8h30 - 18h00')).toBeNull();
  });

  it('prefers what the format says, and never counts the dates it gives about itself as events', () => {
    const layers = layersOf('Publié le 03/03/2022\n\nLes prix ont été remis le 2 mars.', '2022-03-04');
    expect(layers.published).toEqual({ year: 2022, month: 3, day: 4, span: null });
    expect(layers.dates.map((d) => layers.text.slice(d.start, d.end))).toEqual(['2 mars']);
  });

  it('reads "hier" as the day before the document’s date, unless the date follows it', () => {
    const dated = (text: string) => {
      const layers = layersOf(text);
      return layers.dates.map((d) => [
        layers.text.slice(d.start, d.end),
        d.from.year,
        d.from.month,
        d.from.day,
      ]);
    };
    expect(dated('Publié le 1er mars 2022\n\nLes prix ont été remis hier à Lyon.')).toEqual([
      ['hier', 2022, 2, 28],
    ]);
    expect(
      dated('Publié le 15/12/2017\n\nLe jury a remis hier soir, le jeudi 14 décembre 2017, ses prix.'),
    ).toEqual([['jeudi 14 décembre 2017', 2017, 12, 14]]);
    expect(dated('Les prix ont été remis hier à Lyon.')).toEqual([]);
    expect(dated('Publié le 1er mars 2022\n\nLa ville d’hier et de demain.')).toEqual([]);
  });
});
