import { describe, expect, it } from 'vitest';
import { readCriteria } from '../../pipeline/fields/criteria.js';
import { extractEdition } from '../../pipeline/fields/edition.js';
import { extractStats } from '../../pipeline/fields/stats.js';
import { Layers } from '../../pipeline/layers/index.js';
import { textDoc } from '../support/doc.js';

const criteria = (text: string) => readCriteria(new Layers(textDoc(text))).map((c) => c.label);

describe('criteria', () => {
  it('reads a bulleted list after the announcing line, across blank lines', () => {
    expect(
      criteria(`
        ce label repose sur des valeurs qui sont aussi les critères d’attribution du label :

        - L’innovation

        - La prise en compte des usagers
        - La reproductibilité ;
        Le jury était composé de représentants de diverses instances, élus et experts.
      `),
    ).toEqual(['L’innovation', 'La prise en compte des usagers', 'La reproductibilité']);
  });

  it('reads unbulleted lines and stops at detached bullets', () => {
    expect(
      criteria(`
        les jurys sélectionneront ainsi les projets finalistes selon :

        le caractère innovant
        la dimension partenariale
        •
        •
      `),
    ).toEqual(['le caractère innovant', 'la dimension partenariale']);
  });

  it('reads criteria given inline after the colon', () => {
    expect(
      criteria('Les dossiers seront évalués selon trois critères : l’innovation, l’impact et la sobriété.'),
    ).toEqual(['l’innovation', 'l’impact', 'la sobriété']);
  });

  it('does not take any list after a colon for criteria', () => {
    expect(
      criteria(
        'Ces projets reflètent les principes chers aux partenaires : mutualisation, concertation et innovation.',
      ),
    ).toEqual([]);
    expect(criteria('Le forum adresse les élus des :\n- 1250 communautés\n- 98 grandes villes')).toEqual([]);
  });
});

describe('stats', () => {
  const stats = (text: string) => extractStats(textDoc(text));

  it('reads figures as stated, wrapped or not', () => {
    expect(
      stats(`
        45 projets présentés, 28 ont été auditionnés et 21 territoires ont été

        sélectionnés. Le forum a réuni 1 130 participants.
      `).stats,
    ).toEqual({ projectsPresented: 45, projectsAuditioned: 28, laureatesAnnounced: 21, participants: 1130 });
  });

  it('does not count "une centaine" or unrelated figures', () => {
    expect(
      stats('Sur la centaine de dossiers étudiés, 25 projets seront primés. Il réunit 1250 communautés.')
        .stats,
    ).toEqual({
      projectsPresented: null,
      projectsAuditioned: null,
      laureatesAnnounced: 25,
      participants: null,
    });
  });

  it('reads figures after their verb, in words, and as counted prizes', () => {
    expect(
      stats(
        'Sur les 41 collectivités candidates, cinq ont été distinguées. Le jury a étudié cette année 126 dossiers et en a auditionné 34 ; 9 Victoires ont été attribuées.',
      ).stats,
    ).toEqual({ projectsPresented: 41, projectsAuditioned: 34, laureatesAnnounced: 5, participants: null });
  });

  it('does not read part of an approximation as a figure', () => {
    expect(stats('plus de 1 500 participants attendus, près de 300 élus').stats.participants).toBeNull();
  });

  it('reads compound numbers in words and figures that touch their noun', () => {
    expect(stats('Dix-huit villes recevront le label en juin.').stats.laureatesAnnounced).toBe(18);
    expect(stats('Vingt et un territoires ont été primés.').stats.laureatesAnnounced).toBe(21);
    expect(stats('Lors de la soirée, 7collectivités ont été distinguées.').stats.laureatesAnnounced).toBe(7);
  });

  it('reads the subject of a verb of winning, whatever its noun', () => {
    const s = (text: string) => stats(text).stats.laureatesAnnounced;
    expect(s('Quatre services achats recevront le 12 mai prochain un Trophée.')).toBe(4);
    expect(s('Au total, 12 politiques locales exemplaires ont été récompensées.')).toBe(12);
    expect(s('Les 31 communes qui rejoignent les titulaires du label sont : Agen, Albi.')).toBe(31);
    expect(s('Dix sept villes se verront remettre ce prix à Paris.')).toBe(17);
    expect(s('15 communes du Var figurent cette année parmi les lauréates.')).toBe(15);
    expect(s('Sur 900 dossiers, 412 se voient attribuer un label.')).toBe(412);
    expect(s('98 collectivités ont pris connaissance de leurs distinctions.')).toBe(98);
    expect(s('Le label a été attribué jeudi 3 juin à 64 nouvelles communes.')).toBe(64);
  });

  it('does not count the prizes of bodies named before, nor a share of a figure, nor a date', () => {
    const s = (text: string) => stats(text).stats.laureatesAnnounced;
    expect(s('Le jury leur a décerné deux labels d’or.')).toBeNull();
    expect(
      s('Une nouvelle mention est créée. Trois villes en sont lauréates : Agen, Albi et Pau.'),
    ).toBeNull();
    expect(s('Sont mises en avant 4 communes, et 8 autres qui obtiennent le label.')).toBeNull();
    expect(s('date 2022-11 Les communes recevront un prix.')).toBeNull();
    expect(s('Le 2 mars les communes lauréates recevront leur prix.')).toBeNull();
  });

  it('reads candidacies, and takes no awarded set for the candidates', () => {
    expect(
      stats('Des 2.310 communes qui s’étaient portées candidates, 1.204 se voient attribuer un label.').stats,
    ).toMatchObject({ projectsPresented: 2310, laureatesAnnounced: 1204 });
    expect(
      stats('Le jury a examiné les 88 campagnes de communication candidates.').stats.projectsPresented,
    ).toBe(88);
    expect(
      stats('Parmi les 40 communes ainsi récompensées, 3 sont nouvelles.').stats.projectsPresented,
    ).toBeNull();
  });

  it('counts participants, but not any "personnes"', () => {
    expect(stats('En tout, 312 collectivités ont pris part à cette édition.').stats.participants).toBe(312);
    expect(stats('Le forum a réuni 450 personnes.').stats.participants).toBe(450);
    expect(
      stats('Ce sont les 22 personnes handicapées qui guident les employeurs.').stats.participants,
    ).toBeNull();
  });

  it('keeps the first of two different statements and warns', () => {
    const r = stats('Le forum a récompensé 25 territoires. Au total, 24 projets ont été primés.');
    expect(r.stats.laureatesAnnounced).toBe(25);
    expect(r.warnings.map((w) => w.code)).toEqual(['stat-conflict']);
  });
});

describe('edition', () => {
  const edition = (text: string, published: string | null = null) =>
    extractEdition(new Layers({ ...textDoc(text), meta: { published, title: null } }));

  it('prefers the year of the title over past references', () => {
    const e = edition(`
      Forum des Interconnectés 2023 :
      Annonce des lauréats
      Créé en 2009 par France urbaine, le réseau a lancé l'IntercoTOUR en 2015.
    `);
    expect(e.year).toBe(2023);
  });

  it('ignores years inside addresses', () => {
    expect(edition('Candidatures sur http://www.example.fr/aura-2030/ jusqu’au 10 octobre 2019.').year).toBe(
      2019,
    );
  });

  it('takes the year the text states as the edition’s over a title’s', () => {
    const e = edition(`
      Le palmarès 2020 des villes fleuries
      Mis en ligne le 4 mars 2020
      C'est le 2 mars 2020 qu'ont été remis, au titre de l'année 2019, les prix du fleurissement.
    `);
    expect(e.year).toBe(2019);
    expect(
      edition('En 2021, le label est attribué à 40 villes. Grenoble le décroche pour l’année 2020.').year,
    ).toBe(2020);
  });

  it('reads a year after a programme word, a full date or a deadline, and not after a past reference', () => {
    expect(
      edition('Le jury du concours 2017 a siégé. Le réseau, créé en 2009, compte 80 membres.').year,
    ).toBe(2017);
    expect(
      edition(
        'Après la remise du label Abeille 2021, l’association prépare la suite. Les candidatures seront closes le 30 septembre 2022.',
      ).year,
    ).toBe(2022);
    expect(edition('Le label, décerné depuis 2012, distingue les communes.').year).toBeNull();
  });

  it('has no year when its years are only background', () => {
    expect(
      edition(`
        La commission

        Porter la parole des territoires

        Le réseau poursuit un objectif central : bâtir une république des territoires. Son manifeste,
        transmis en décembre 2017 au ministre, a précédé la création de la commission en mai 2018.

        Les infrastructures seront déployées à moyen terme (2025).
      `).year,
    ).toBeNull();
  });

  it('takes the document’s own date for a document about an award, and only then', () => {
    expect(edition('Publié le 3 mars 2022\n\nLa ville a reçu deux labels d’or le 2 mars.').year).toBe(2022);
    expect(edition('La ville a reçu deux labels d’or le 2 mars.').year).toBeNull();
    // A date the file's metadata gives, and the text does not, is no evidence the record can point at.
    expect(edition('La ville a reçu deux labels d’or le 2 mars.', '2022-03-03').year).toBeNull();
    expect(edition('Entretien avec la déléguée générale du réseau.', '2020-05-01').year).toBeNull();
    expect(edition('Le forum 2019 se tiendra à Lyon.', '2018-11-02').year).toBe(2019);
  });

  it('reads a date written in figures', () => {
    expect(edition('Publié le 03/03/2022\n\nLa ville a été distinguée.').year).toBe(2022);
  });

  it('reads edition numbers in figures and in words', () => {
    expect(edition('Pour cette 10e édition anniversaire du forum').number).toBe(10);
    expect(edition('la douzième édition des Trophées').number).toBe(12);
    expect(edition('une édition exceptionnelle').number).toBeNull();
  });

  it('takes the current edition when an earlier one is mentioned', () => {
    expect(edition('Après une première édition réussie, voici la 2e édition du prix.').number).toBe(2);
  });

  it('has no year when the text gives none', () => {
    expect(edition('Le réseau remet ses labels chaque année.').year).toBeNull();
  });
});
