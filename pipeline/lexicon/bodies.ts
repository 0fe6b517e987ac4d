import type { BodyType } from '../resolve/schema.js';

/**
 * Every word or phrase that names a kind of public body, with what the resolver takes it for. One
 * table serves extraction (where a body's name starts and ends) and resolution (which gazetteer entry
 * it may be). Written as in press releases; consumers fold them.
 *
 * - `leads`: opens a name ("Ville de Brest", "Communauté de communes du Val d'Ille");
 * - `trails`: may close one ("Rennes Métropole", "Lunel Agglo", "Anjou Numérique");
 * - `group`: names of this type often contain "et" ("Communauté de communes Anjou Loir et Sarthe"),
 *   so after one "et" separates two bodies only when another type follows it.
 */
export interface BodyTypeEntry {
  type: BodyType;
  leads: boolean;
  trails?: boolean;
  group?: boolean;
}

const lead = (type: BodyType, more: Partial<BodyTypeEntry> = {}): BodyTypeEntry => ({
  type,
  leads: true,
  ...more,
});

export const BODY_TYPES: Readonly<Record<string, BodyTypeEntry>> = {
  ville: lead('commune'),
  mairie: lead('commune'),
  commune: lead('commune'),
  'commune nouvelle': lead('commune'),
  municipalité: lead('commune'),
  "communauté d'agglomération": lead('ca', { trails: true, group: true }),
  "communauté d'agglo": lead('ca', { group: true }),
  agglomération: lead('ca', { trails: true, group: true }),
  agglo: lead('ca', { trails: true }),
  ca: lead('ca'),
  'communauté de communes': lead('cc', { trails: true, group: true }),
  'communauté des communes': lead('cc', { group: true }),
  cc: lead('cc'),
  'communauté urbaine': lead('cu', { trails: true, group: true }),
  cu: lead('cu'),
  métropole: lead('metropole', { trails: true }),
  eurométropole: lead('metropole'),
  'établissement public territorial': lead('ept'),
  ept: lead('ept'),
  communauté: lead('epci', { trails: true, group: true }),
  intercommunalité: lead('epci'),
  epci: lead('epci'),
  département: lead('departement'),
  'conseil départemental': lead('departement'),
  'conseil général': lead('departement'),
  région: lead('region'),
  'conseil régional': lead('region'),
  collectivité: lead('other'),
  'collectivité territoriale': lead('other'),
  'collectivité européenne': lead('other'),
  // Plural types name several bodies: "les communes membres", "Villes de Rennes et de Brest".
  villes: lead('group'),
  communes: lead('group'),
  mairies: lead('group'),
  communautés: lead('group'),
  collectivités: lead('group'),
  intercommunalités: lead('group'),
  départements: lead('group'),
  régions: lead('group'),
  // Bodies the gazetteer does not hold: syndicates, companies, agencies, State services…
  syndicat: lead('other', { group: true }),
  'syndicat mixte': lead('other', { group: true }),
  'syndicat intercommunal': lead('other', { group: true }),
  sivu: lead('other'),
  sivom: lead('other'),
  sdis: lead('other'),
  'service départemental': lead('other'),
  spl: lead('other'),
  'société publique locale': lead('other'),
  sem: lead('other'),
  "société d'économie mixte": lead('other'),
  semop: lead('other'),
  gip: lead('other'),
  groupement: lead('other'),
  "groupement d'intérêt public": lead('other'),
  office: lead('other'),
  'office du tourisme': lead('other'),
  'office de tourisme': lead('other'),
  comité: lead('other'),
  'comité départemental du tourisme': lead('other'),
  'comité régional du tourisme': lead('other'),
  association: lead('other'),
  agence: lead('other'),
  direction: lead('other'),
  ministère: lead('other'),
  délégation: lead('other'),
  'direction départementale': lead('other'),
  ddt: lead('other'),
  ddtm: lead('other'),
  dreal: lead('other'),
  préfecture: lead('other'),
  'sous-préfecture': lead('other'),
  rectorat: lead('other'),
  'centre communal': lead('other'),
  ccas: lead('other'),
  cias: lead('other'),
  "centre communal d'action sociale": lead('other'),
  "centre intercommunal d'action sociale": lead('other'),
  petr: lead('other', { group: true }),
  "pôle d'équilibre territorial et rural": lead('other'),
  'pôle métropolitain': lead('other'),
  pays: lead('other', { group: true }),
  'parc naturel régional': lead('other', { group: true }),
  'établissement public': lead('other'),
  régie: lead('other'),
  chambre: lead('other'),
  'conseil de développement': lead('other'),
  'maison départementale': lead('other'),
  'centre hospitalier': lead('other'),
  'centre de gestion': lead('other'),
  chu: lead('other'),
  université: lead('other'),
  fédération: lead('other'),
  fondation: lead('other'),
  scic: lead('other'),
  // Only closes a name: "Gironde Numérique", "Anjou Numérique" are syndicates.
  numérique: { type: 'other', leads: false, trails: true },
};

/** The entries of the table that play a role, by their written form. */
export function bodyTypesWhere(test: (e: BodyTypeEntry) => boolean | undefined): string[] {
  return Object.entries(BODY_TYPES)
    .filter(([, e]) => test(e))
    .map(([words]) => words);
}
