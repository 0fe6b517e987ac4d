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

  it('reads an award told with its date, and the forum it is given at', () => {
    expect(
      events(`
        Les deux villes ont été récompensées le 2 mars. C’est lors des Assises de Tours, le 7 février, que
        douze communes se sont vu décerner le label. Les prix seront décernés le 20 novembre à Paris,
        pendant le Congrès des maires de l’AMF.
      `),
    ).toEqual([
      ['ceremony', null, '2021-03-02', null, null, null],
      ['forum', 'Tours', '2021-02-07', null, null, null],
      ['ceremony', 'Tours', '2021-02-07', null, null, null],
      ['ceremony', 'Paris', '2021-11-20', null, null, null],
      ['forum', 'Paris', null, null, null, null],
    ]);
  });

  it('dates the award given during a forum only when the forum is one day', () => {
    expect(
      events(
        'Vingt territoires ont été labellisés lors du Forum national, organisé les 12 et 13 décembre à Lyon.',
      ),
    ).toEqual([['forum', 'Lyon', '2021-12-12', '2021-12-13', null, null]]);
  });

  it('reports an undated forum whose date has no year, but not an award that says nothing more', () => {
    expect(
      events(
        'La commune s’est vu remettre la distinction à l’occasion du Forum des territoires le 17 mars.',
        null,
      ),
    ).toEqual([['forum', null, null, null, null, null]]);
  });

  it('anchors relative dates to the document’s own date', () => {
    expect(
      events(
        `
        Numéro du lundi 14 octobre 2024

        Les communes n’ont plus que jusqu’au 20 octobre pour concourir. Le 6 octobre dernier, les jurés se
        sont retrouvés à Lille. Six villes recevront le 24 novembre prochain un Trophée.
      `,
        2023,
      ),
    ).toEqual([
      ['application-deadline', null, '2024-10-20', null, null, null],
      ['other', 'Lille', '2024-10-06', null, null, null],
      ['ceremony', null, '2024-11-24', null, null, null],
    ]);
  });

  it('reads happenings placed and dated without an event word, and the steps of a selection', () => {
    expect(
      events(`
        A Rennes, le 11 décembre, les échanges porteront sur les données. En septembre, un comité d’experts
        présélectionnera les dossiers. Un webinaire de présentation est proposé le 12 avril.
      `),
    ).toEqual([
      ['other', 'Rennes', '2021-12-11', null, null, null],
      ['other', null, '2021-09', null, null, null],
      ['other', null, '2021-04-12', null, null, null],
    ]);
  });

  it('reads a programme cover: a city, a venue and the day', () => {
    expect(events('Les Actes\n\nLYON - Palais des Congrès Mardi 6 Décembre 2005 8h30 - 18h00', null)).toEqual(
      [['other', 'LYON', '2005-12-06', null, null, 'Palais des Congrès']],
    );
  });

  it('leaves out founding dates, eligibility windows and publication dates', () => {
    expect(
      events(`
        Publié le 03/03/2022

        C’est en décembre 2016 que l’association a créé le label. Créé le 3 mars 2009, le prix a été attribué
        à 150 communes. Les projets terminés entre le 1er janvier 2017 et le 31 décembre 2020 peuvent concourir.
      `),
    ).toEqual([]);
  });

  it('names the event after a jury only where the sentence names no other', () => {
    expect(events('Le forum, où siégera le jury, se tiendra le 12 décembre à Metz.')).toEqual([
      ['forum', 'Metz', '2021-12-12', null, null, null],
    ]);
    expect(events('Le jury se réunira le 3 juin à Metz.')).toEqual([
      ['other', 'Metz', '2021-06-03', null, null, null],
    ]);
    expect(events('Le jury, présidé par le maire de Metz, siège à Metz.')).toEqual([]);
  });
});
