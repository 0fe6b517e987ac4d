import { describe, expect, it } from 'vitest';
import { readEvents } from '../../pipeline/fields/events.js';
import { Layers } from '../../pipeline/layers/index.js';
import { eventCities } from '../../pipeline/refiners/events.js';
import { textDoc } from '../support/doc.js';

const events = (text: string, year: number | null = 2021) =>
  readEvents(new Layers(textDoc(text)), year).map((e) => [e.kind, e.city, e.start, e.end, e.region, e.venue]);

describe('events', () => {
  it('reads a forum with dates, city and venue told in wrapped prose', () => {
    expect(
      events(`
        Le Forum des Interconnectés, organisé les 3 et 4 avril 2024 à l’invitation

        de la Métropole a réuni 1130 participants au Palais

        du Pharo à Marseille.
      `),
    ).toEqual([['forum', 'Marseille', '2024-04-03', '2024-04-04', null, 'Palais du Pharo']]);
  });

  it('reads an agenda list whose year comes from the document', () => {
    expect(
      events(`
        Les rencontres
        • 12 mars – Étape Bretagne – Rennes
        • 26-27 Juin : IntercoTOUR Île-de-France – Paris
        • 9 juillet : IntercoTOUR Normandie – Le Havre
      `),
    ).toEqual([
      ['regional-stage', 'Rennes', '2021-03-12', null, 'Bretagne', null],
      ['regional-stage', 'Paris', '2021-06-26', '2021-06-27', 'Île-de-France', null],
      ['regional-stage', 'Le Havre', '2021-07-09', null, 'Normandie', null],
    ]);
  });

  it('tells deadlines, regional selections and month-only forums apart', () => {
    expect(
      events(`
        En Occitanie, les candidatures sont à déposer avant le 15 septembre 2021. Les sélections
        régionales auront lieu le 30 septembre 2021 à Albi. La grande finale aura lieu lors du forum national en décembre à Lyon.
      `),
    ).toEqual([
      ['application-deadline', null, '2021-09-15', null, 'Occitanie', null],
      ['regional-selection', 'Albi', '2021-09-30', null, 'Occitanie', null],
      ['forum', 'Lyon', '2021-12', null, null, null],
    ]);
  });

  it('merges an event told twice, the undated mention into the dated one', () => {
    const found = events(`
      Le réseau organise un forum national en fin d'année, à Lyon.
      Les finalistes seront présents lors du forum national, en décembre à Lyon.
      Rendez-vous au forum national, en décembre à Lyon !
    `);
    expect(found).toEqual([['forum', 'Lyon', '2021-12', null, null, null]]);
  });

  it('reports an undated event only when it has a city', () => {
    expect(
      events('Le Forum des Interconnectés, organisé cette année à Toulouse, a récompensé 25 territoires.'),
    ).toEqual([['forum', 'Toulouse', null, null, null, null]]);
    expect(events('Ils étaient présents au Forum pour partager leur expérience.')).toEqual([]);
  });

  it('ignores dates that no event word explains', () => {
    expect(
      events('La journée du 26 juin aura pour fil rouge la donnée. Lancé en 2015, le tour est national.'),
    ).toEqual([]);
  });

  it('reads agenda lines whose city is not the last part, and table rows, with the kind of the line that introduces them', () => {
    expect(
      events(
        `
        Les escales de l'innovation publique en 2021 :
        - Les 18 et 19 mars – Rouen (Normandie) : « Données et mobilités »
        - Mercredi 12 mai – Dijon (Bourgogne-Franche-Comté) : « Commande publique »

        Les candidats défendront leur projet lors de sélections régionales :

        | Région | Ville | Date |
        |---|---|---|
        | Grand Est | Nancy | 9 septembre 2021 |
      `.replace(/^ {8}/gm, ''),
      ),
    ).toEqual([
      ['regional-stage', 'Rouen', '2021-03-18', '2021-03-19', 'Normandie', null],
      ['regional-stage', 'Dijon', '2021-05-12', null, 'Bourgogne-Franche-Comté', null],
      ['regional-selection', 'Nancy', '2021-09-09', null, 'Grand Est', null],
    ]);
  });

  it('reads an award given as an event, and a city at the end of a venue', () => {
    expect(
      events("Les Trophées ont été remis le jeudi 24 juin 2010 à l'hôtel de ville d'Issy-les-Moulineaux."),
    ).toEqual([
      ['ceremony', 'Issy-les-Moulineaux', '2010-06-24', null, null, "hôtel de ville d'Issy-les-Moulineaux"],
    ]);
  });

  it('does not take a press dateline for an event, and finds the city closing a venue name', () => {
    expect(
      events(
        'Metz, le 23 novembre 2017 – La 5e édition du Carrefour des territoires connectés s’est tenue les 21 et 22 novembre 2017 au Centre des congrès Robert-Schuman de Metz.',
      ),
    ).toEqual([
      ['forum', 'Metz', '2017-11-21', '2017-11-22', null, 'Centre des congrès Robert-Schuman de Metz'],
    ]);
  });

  it('reads prose that opens with a date a sentence at a time', () => {
    expect(
      events(
        'Les 14 et 15 juin, le Forum national des territoires numériques a réuni à Lille plus de 600 élus et partenaires. Temps fort de ces deux journées, la remise des prix a distingué les collectivités.',
      ),
    ).toEqual([['forum', 'Lille', '2021-06-14', '2021-06-15', null, null]]);
  });

  it('lists distinct cities in document order', () => {
    const doc = textDoc(`
      • 2 mars – Étape Bretagne – Rennes
      • 9 mars – Étape Normandie – Caen
      • 16 mars – Étape Bretagne – Rennes
    `);
    expect(eventCities(readEvents(new Layers(doc), 2022)).map((c) => c.name)).toEqual(['Rennes', 'Caen']);
  });
});
