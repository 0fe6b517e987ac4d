import { describe, expect, it } from 'vitest';
import { type Resolution, resolveAwardees, resolveName } from '../../pipeline/resolve/index.js';

const codeOf = (name: string, context?: Parameters<typeof resolveName>[1]) => resolveName(name, context).code;
const candidateCodes = (r: Resolution) => r.candidates?.map((c) => c.code);

describe('no match without a disambiguating signal', () => {
  it('does not send the Pays Châtelleraudais to the Pays de Grasse', () => {
    expect(codeOf('CA du Pays Châtelleraudais')).toBe('248600413');
    // Names no alias covers: the shared "Pays" is no evidence.
    for (const name of [
      "Communauté d'agglomération du Pays Inventé",
      'CA du Pays Grassois',
      'Communauté de communes du Pays Châtelleraudais',
    ])
      expect(resolveName(name), name).toMatchObject({ kind: 'epci', code: null, match: 'none' });
    expect(codeOf("Communauté d'agglomération du Pays de Grasse")).toBe('200039857');
  });

  it('leaves homonymous communes unresolved, with their candidates', () => {
    for (const name of ['Saint-Omer', 'St Omer', 'SAINT-OMER', 'Ville de Saint-Omer', 'Mairie de St-Omer']) {
      const r = resolveName(name);
      expect(r, name).toMatchObject({ kind: 'commune', code: null, officialName: null, match: 'none' });
      expect(candidateCodes(r), name).toEqual(['14635', '62765']);
    }
  });

  it('settles homonyms from the context or the text, never against it', () => {
    expect(codeOf('Saint-Omer', { departements: ['62'] })).toBe('62765');
    expect(codeOf('Saint-Omer', { departements: ['Pas-de-Calais'] })).toBe('62765');
    expect(codeOf('Saint-Omer', { regions: ['Normandie'] })).toBe('14635');
    expect(codeOf('Saint-Omer (62)')).toBe('62765');
    expect(codeOf('Saint-Omer (Calvados)')).toBe('14635');
    expect(codeOf('Saint-Omer', { regions: ['Occitanie'] })).toBeNull();
    expect(resolveName('Mairie de LUNAS').candidates?.map((c) => c.departements)).toEqual([['24'], ['34']]);
    expect(resolveAwardees(["Communauté d'Agglomération Bergeracoise", 'Mairie de LUNAS'])[1]?.code).toBe(
      '24246',
    );
    expect(resolveAwardees(['Département de l’Hérault', 'Mairie de Lunas'])[1]).toMatchObject({
      code: '34144',
      officialName: 'Lunas-les-Châteaux',
      match: 'historical',
    });
    expect(resolveAwardees(['Les Interconnectés', 'Mairie de Lunas'])[1]?.code).toBeNull();
  });

  it('resolves the CA de Saint-Omer to the EPCI, not to a commune', () => {
    expect(resolveName("Communauté d'agglomération de Saint-Omer")).toMatchObject({
      kind: 'epci',
      code: '200069037',
      officialName: 'CA du Pays de Saint-Omer',
      departements: ['62'],
      regions: ['32'],
    });
  });

  it('reports a bare name shared by bodies of several kinds as unknown, with candidates', () => {
    const paris = resolveName('Paris');
    expect(paris).toMatchObject({ kind: 'unknown', code: null, match: 'none' });
    expect(paris.candidates?.map((c) => [c.kind, c.code])).toEqual([
      ['commune', '75056'],
      ['departement', '75'],
    ]);
    expect(candidateCodes(resolveName('Bretagne'))).toEqual(['36024', '90019', '53']);
    expect(codeOf('Région Bretagne')).toBe('53');
  });

  it('accepts a looser spelling of an EPCI without body type only where the context confirms it', () => {
    expect(codeOf('Cannes Lérins')).toBeNull();
    expect(resolveName('Cannes Lérins', { departements: ['06'] })).toMatchObject({
      code: '200039915',
      match: 'alias',
    });
    expect(codeOf('Cannes Lérins', { departements: ['83'] })).toBeNull();
    // With a body type, the type is the signal.
    expect(resolveName("Communauté d'agglomération Cannes Pays Lérins")).toMatchObject({
      code: '200039915',
      match: 'alias',
    });
  });

  it('gives unknown names no code', () => {
    for (const name of ['Zorglub Innovation', 'Les Interconnectés', 'Atlantis'])
      expect(resolveName(name), name).toEqual({
        kind: 'unknown',
        code: null,
        officialName: null,
        departements: [],
        regions: [],
        match: 'none',
      });
  });
});

describe('a body type agrees with what it matches', () => {
  it('keeps communes, EPCI, départements and régions apart', () => {
    expect(resolveName('Ville de Dunkerque')).toMatchObject({ kind: 'commune', code: '59183' });
    expect(resolveName('Dunkerque')).toMatchObject({ kind: 'commune', code: '59183' });
    expect(resolveName('Communauté urbaine de Dunkerque')).toMatchObject({ kind: 'epci', code: '245900428' });
    // The CU de Dunkerque has no "Métropole" in its name.
    expect(resolveName('Métropole de Dunkerque')).toMatchObject({ kind: 'epci', code: null });
    expect(resolveName('Département du Nord')).toMatchObject({ kind: 'departement', code: '59' });
    expect(resolveName('Conseil général des Hauts-de-Seine')).toMatchObject({
      code: '92',
      chefLieu: '92050',
    });
    expect(resolveName('Département 77')).toMatchObject({ kind: 'departement', code: '77' });
    expect(resolveName('Conseil régional de Normandie')).toMatchObject({
      kind: 'region',
      code: '28',
      chefLieu: '76540',
    });
  });

  it('matches EPCI of the category the wording names', () => {
    expect(codeOf('Communauté de communes du Sud')).toBe('200060473');
    expect(codeOf("Communauté d'agglomération du Sud")).toBe('249740085');
    expect(codeOf('Chartres Métropole')).toBe('200033181');
    expect(codeOf("Communauté d'agglomération Angers Loire Métropole")).toBeNull();
    expect(codeOf('Communauté urbaine Angers Loire Métropole')).toBe('244900015');
    expect(codeOf('Lunel Agglo')).toBe('243400520');
    expect(codeOf('Morlaix Communauté')).toBe('242900835');
    expect(codeOf('Plaine Commune')).toBe('200057867');
    expect(codeOf('Grand Cahors')).toBe('200023737');
  });

  it('takes historical names and former communes', () => {
    expect(resolveName('Communauté urbaine du Grand Lyon')).toMatchObject({
      code: '200046977',
      match: 'historical',
    });
    expect(resolveName('Conseil régional Midi-Pyrénées')).toMatchObject({
      code: '76',
      match: 'historical',
      departements: ['09', '12', '31', '32', '46', '65', '81', '82'],
      regions: ['76'],
    });
    expect(resolveName('Région Centre')).toMatchObject({ code: '24', match: 'historical' });
    // A commune déléguée leads to the commune it belongs to now.
    expect(resolveName('Mairie de Bourgogne')).toMatchObject({ code: '51075', match: 'historical' });
    // "Bordeaux" alone stays the commune: the alias is written with its body type.
    expect(codeOf('Bordeaux')).toBe('33063');
  });
});

describe('groups and bodies the gazetteer does not hold', () => {
  it('classifies syndicates, offices, State services and associations without a code', () => {
    for (const [name, departements] of [
      ['Syndicat mixte du bassin de la Vienne', []],
      ['SDIS 35', ['35']],
      ['Office de tourisme de Saint-Omer', []],
      ['Association des maires du Finistère', ['29']],
      ["Direction régionale de l'environnement de Bretagne", ['22', '29', '35', '56']],
      ['SPL Eau du Ponant', []],
    ] as const)
      expect(resolveName(name), name).toMatchObject({
        kind: 'other-public-body',
        code: null,
        match: 'none',
        departements,
      });
  });

  it('makes a group of bodies named together, with the members that resolved', () => {
    const rennes = resolveName('Ville de Rennes et Rennes Métropole');
    expect(rennes).toMatchObject({ kind: 'group', code: null, match: 'none', departements: ['35'] });
    expect(rennes.members?.map((m) => m.code)).toEqual(['35238', '243500139']);
    expect(resolveName('Ville et Métropole de Brest').members?.map((m) => m.code)).toEqual([
      '29019',
      '242900314',
    ]);
    expect(resolveName('les communes membres')).toMatchObject({ kind: 'group', members: [] });
    // Not a group when a part names nothing: "Forêts" alone is no body.
    expect(resolveName('Communauté de communes Forêts et Merveilles')).toMatchObject({
      kind: 'epci',
      code: null,
    });
  });
});

describe('a name resolved again', () => {
  it('gets the same answer as a copy its caller may change', () => {
    const first = resolveName('Saint-Omer');
    first.departements.push('99');
    first.candidates?.[0]?.departements.push('99');
    const again = resolveName('Saint-Omer');
    expect(again).not.toBe(first);
    expect(again.departements).not.toContain('99');
    expect(again.candidates?.[0]?.departements).not.toContain('99');
    expect(candidateCodes(again)).toEqual(['14635', '62765']);
  });

  it('is answered in its own context, not in the one it was first asked in', () => {
    expect(codeOf('Saint-Omer', { departements: ['62'] })).toBe('62765');
    expect(codeOf('Saint-Omer')).toBeNull();
  });
});
