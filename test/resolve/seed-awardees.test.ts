import { describe, expect, it } from 'vitest';
import { type Resolution, ResolutionSchema, resolveAwardees } from '../../pipeline/resolve/index.js';
import { seedRecords } from '../support/seeds.js';

/**
 * Every awardee of the seed records (test/support/seeds.ts) with its expected resolution, each code checked
 * by hand against the files of @etalab/decoupage-administratif 6.0.0. `with` lists the co-awardees of
 * the laureate where they matter (they settle homonyms).
 */
const TABLE: ReadonlyArray<{
  name: string;
  kind: Resolution['kind'];
  code: string | null;
  match: Resolution['match'];
  departements?: string[];
  members?: string[];
  with?: string[];
}> = [
  // 2013, labels-territoires-innovants-2013-laureats
  { name: 'Grand Lyon', kind: 'epci', code: '200046977', match: 'historical' },
  { name: 'Mairie Toulouse', kind: 'commune', code: '31555', match: 'exact' },
  { name: 'Communauté Urbaine de Bordeaux', kind: 'epci', code: '243300316', match: 'historical' },
  { name: "Ville D'Issy-les-Moulineaux", kind: 'commune', code: '92040', match: 'exact' },
  { name: 'SIVU', kind: 'other-public-body', code: null, match: 'none', departements: [] },
  { name: 'Communauté Urbaine de Dunkerque', kind: 'epci', code: '245900428', match: 'exact' },
  {
    name: "Syndicat Mixte des Transports Collectifs de l'Oise",
    kind: 'other-public-body',
    code: null,
    match: 'none',
    departements: ['60'],
  },
  { name: "Métropole Nice côte d'Azur", kind: 'epci', code: '200030195', match: 'exact' },
  {
    name: "Communauté d'Agglomération du Pays Châtelleraudais",
    kind: 'epci',
    code: '248600413',
    match: 'historical',
  },
  { name: 'Mairie de Paris', kind: 'commune', code: '75056', match: 'exact' },
  { name: 'Rennes Métropole', kind: 'epci', code: '243500139', match: 'exact' },
  { name: 'Ville de Marseille', kind: 'commune', code: '13055', match: 'exact' },
  { name: 'Communauté Urbaine de Strasbourg', kind: 'epci', code: '246700488', match: 'historical' },
  // No CA of that name in the gazetteer, now or as a reviewed alias: an EPCI by its wording, no code.
  { name: "Communauté d'agglomération Terre de France", kind: 'epci', code: null, match: 'none' },
  {
    name: 'Office du Tourisme de Mulhouse',
    kind: 'other-public-body',
    code: null,
    match: 'none',
    departements: [],
  },
  {
    name: 'Comité départemental du tourisme 35',
    kind: 'other-public-body',
    code: null,
    match: 'none',
    departements: ['35'],
  },
  { name: 'Ville de Thionville', kind: 'commune', code: '57672', match: 'exact' },
  { name: 'Lille Métropole', kind: 'epci', code: '200093201', match: 'historical' },
  { name: "Communauté d'agglomération du Grand Cahors", kind: 'epci', code: '200023737', match: 'exact' },
  { name: 'Ville de Brest', kind: 'commune', code: '29019', match: 'exact' },
  { name: "Communauté d'agglomération de Saint-Omer", kind: 'epci', code: '200069037', match: 'historical' },
  { name: 'Ville de Montpellier', kind: 'commune', code: '34172', match: 'exact' },
  { name: 'Valence Agglo', kind: 'epci', code: '200068781', match: 'historical' },
  {
    name: "Communauté d'agglomération de Saint-Quentin",
    kind: 'epci',
    code: '200071892',
    match: 'historical',
  },
  {
    name: 'Région Rhône-Alpes',
    kind: 'region',
    code: '84',
    match: 'historical',
    departements: ['01', '07', '26', '38', '42', '69', '73', '74'],
  },
  { name: 'Département de Seine-et-Marne', kind: 'departement', code: '77', match: 'exact' },
  // 2019, appel-candidatures-auvergne-rhone-alpes
  { name: 'Ville de Brignais', kind: 'commune', code: '69027', match: 'exact' },
  // 2023, forum-toulouse-laureats
  { name: 'Montpellier Méditerranée Métropole', kind: 'epci', code: '243400017', match: 'exact' },
  { name: 'Clermont Auvergne Métropole', kind: 'epci', code: '246300701', match: 'exact' },
  { name: 'Ville de Paris', kind: 'commune', code: '75056', match: 'exact' },
  { name: 'Grenoble Alpes Métropole', kind: 'epci', code: '200040715', match: 'exact' },
  {
    name: "Communauté d'agglomération du Nord Grande Terre",
    kind: 'epci',
    code: '200044691',
    match: 'exact',
  },
  { name: 'Métropole Aix Marseille Provence', kind: 'epci', code: '200054807', match: 'exact' },
  { name: 'Communauté de Communes du Pays des Ecrins', kind: 'epci', code: '240500462', match: 'exact' },
  { name: 'Communauté de Communes Champsaur-Valgaudemar', kind: 'epci', code: '200068096', match: 'exact' },
  {
    name: "Communauté de Communes Vallée de l'Ubaye Serre-Ponçon",
    kind: 'epci',
    code: '200072304',
    match: 'exact',
  },
  { name: 'Conseil départemental de la Drôme', kind: 'departement', code: '26', match: 'exact' },
  {
    name: "Communauté d'agglomération de la Porte du Hainaut",
    kind: 'epci',
    code: '200042190',
    match: 'exact',
  },
  { name: 'Brest Métropole', kind: 'epci', code: '242900314', match: 'exact' },
  { name: 'Métropole de Lyon', kind: 'epci', code: '200046977', match: 'exact' },
  { name: 'Eurométropole de Strasbourg', kind: 'epci', code: '246700488', match: 'exact' },
  { name: 'Bordeaux Métropole', kind: 'epci', code: '243300316', match: 'exact' },
  { name: 'Ville de Nancy', kind: 'commune', code: '54395', match: 'exact' },
  { name: "Mairie d'Urrugne", kind: 'commune', code: '64545', match: 'exact' },
  { name: "Communauté d'agglomération du Sicoval", kind: 'epci', code: '243100633', match: 'exact' },
  {
    name: 'Direction départementale des Territoires de Haute Garonne',
    kind: 'other-public-body',
    code: null,
    match: 'none',
    departements: ['31'],
  },
  { name: "Communauté d'Agglomération Cannes Lérins", kind: 'epci', code: '200039915', match: 'alias' },
  { name: "Communauté d'Agglomération du Pays Ajaccien", kind: 'epci', code: '242010056', match: 'exact' },
  { name: "Ville d'Ajaccio", kind: 'commune', code: '2A004', match: 'exact' },
  { name: 'Département de la Loire', kind: 'departement', code: '42', match: 'exact' },
  { name: 'La Fibre64', kind: 'other-public-body', code: null, match: 'none', departements: ['64'] },
  { name: "Ville d'Antony", kind: 'commune', code: '92002', match: 'exact' },
  { name: 'Communauté de Communes Alpes Provence Verdon', kind: 'epci', code: '200068625', match: 'alias' },
  { name: 'Communauté de communes Cœur Coteaux Comminges', kind: 'epci', code: '200072643', match: 'alias' },
  { name: "Communauté d'Agglomération Bergeracoise", kind: 'epci', code: '200070647', match: 'exact' },
  // Lunas (Dordogne) and Lunas (Hérault, now in Lunas-les-Châteaux): the co-awardee settles it.
  {
    name: 'Mairie de LUNAS',
    kind: 'commune',
    code: '24246',
    match: 'exact',
    with: ["Communauté d'Agglomération Bergeracoise"],
  },
  { name: 'Conseil départemental de Loir-et-Cher', kind: 'departement', code: '41', match: 'exact' },
  // 2024, forum-marseille-laureats
  { name: 'Métropole Aix-Marseille-Provence', kind: 'epci', code: '200054807', match: 'exact' },
  { name: 'le Hub du Sud', kind: 'other-public-body', code: null, match: 'none', departements: [] },
  { name: 'Nantes Métropole', kind: 'epci', code: '244400404', match: 'exact' },
  { name: 'Conseil Départemental de la Haute-Garonne', kind: 'departement', code: '31', match: 'exact' },
  {
    name: 'Syndicat Anjou Numérique',
    kind: 'other-public-body',
    code: null,
    match: 'none',
    departements: ['49'],
  },
  { name: 'Ville de Rennes', kind: 'commune', code: '35238', match: 'exact' },
  { name: 'Grenoble-Alpes Métropole', kind: 'epci', code: '200040715', match: 'exact' },
  { name: 'les communes membres', kind: 'group', code: null, match: 'none', members: [] },
  { name: 'Région Bretagne', kind: 'region', code: '53', match: 'exact' },
  {
    name: 'Communauté de communes du Pays de La Châtaigneraie',
    kind: 'epci',
    code: '248500415',
    match: 'exact',
  },
  { name: 'Epernay Agglo Champagne', kind: 'epci', code: '200067684', match: 'alias' },
  { name: 'Ville d’Epernay', kind: 'commune', code: '51230', match: 'exact' },
  {
    name: 'Ville et Métropole du Grand Nancy',
    kind: 'group',
    code: null,
    match: 'none',
    members: ['54395', '245400676'],
  },
  { name: "Communauté d'Agglomération Lisieux Normandie", kind: 'epci', code: '200069532', match: 'exact' },
  {
    name: 'Communauté D’agglomération De La Porte Du Hainaut',
    kind: 'epci',
    code: '200042190',
    match: 'exact',
  },
  {
    name: 'Megalis Bretagne',
    kind: 'other-public-body',
    code: null,
    match: 'none',
    departements: ['22', '29', '35', '56'],
  },
  { name: 'Métropole Rouen Normandie', kind: 'epci', code: '200023414', match: 'exact' },
  { name: 'Région Occitanie', kind: 'region', code: '76', match: 'exact' },
  { name: 'Communauté urbaine de Dunkerque', kind: 'epci', code: '245900428', match: 'exact' },
  // A communauté urbaine whose own name says Métropole.
  { name: 'Angers Loire Métropole', kind: 'epci', code: '244900015', match: 'exact' },
];

const ROW = new Map(TABLE.map((row) => [row.name, row]));

function expectRow(r: Resolution, row: (typeof TABLE)[number]): void {
  expect(ResolutionSchema.parse(r)).toEqual(r);
  expect({ kind: r.kind, code: r.code, match: r.match }, row.name).toEqual({
    kind: row.kind,
    code: row.code,
    match: row.match,
  });
  if (row.departements) expect(r.departements, row.name).toEqual(row.departements);
  if (row.members)
    expect(
      r.members?.map((m) => m.code),
      row.name,
    ).toEqual(row.members);
  if (row.code) expect(r.officialName, row.name).toBeTruthy();
  expect(r.candidates, row.name).toBeUndefined();
}

// The seeds alone, found by their bytes: a release added to the corpus brings awardees of its own.
const seedLaureates = seedRecords().flatMap((record) =>
  record.laureates.map((l) => l.awardees.map((a) => a.name)),
);

describe('seed awardees', () => {
  it.each(TABLE)('$name → $kind $code ($match)', (row) => {
    expectRow(resolveAwardees([row.name, ...(row.with ?? [])])[0] as Resolution, row);
  });

  it('the table lists every awardee of the seed records', () => {
    const missing = seedLaureates.flat().filter((name) => !ROW.has(name));
    expect(missing).toEqual([]);
  });

  it('resolves every seed laureate as the table says, awardees together', () => {
    for (const names of seedLaureates)
      resolveAwardees(names).forEach((r, i) => {
        expectRow(r, ROW.get(names[i] as string) as (typeof TABLE)[number]);
      });
  });

  it('settles 65 of the 77 distinct names with a code, classifies the rest, and leaves none unknown', () => {
    const tally = (kind: Resolution['kind'], coded: boolean) =>
      TABLE.filter((row) => row.kind === kind && (row.code !== null) === coded).length;
    expect({
      resolved: TABLE.filter((row) => row.code !== null).length,
      otherPublicBodies: tally('other-public-body', false),
      groups: tally('group', false),
      unknown: tally('unknown', false),
      // Terre de France: an EPCI by its wording, which no source names.
      epciWithoutCode: tally('epci', false),
    }).toEqual({ resolved: 65, otherPublicBodies: 9, groups: 2, unknown: 0, epciWithoutCode: 1 });
  });
});
