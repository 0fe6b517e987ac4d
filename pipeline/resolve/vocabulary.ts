import { LINKING_WORDS } from '../vocabulary.js';
/**
 * French wording the resolver reads, kept as data. Entries are written as in press releases; they are
 * folded like the names they are compared with (see normalise.ts), so accents, case, hyphens and
 * apostrophes do not matter.
 */
import type { BodyType } from './schema.js';

/** Body types that open a name ("Ville de Brest", "Communauté d'agglomération du Grand Cahors"). */
export const LEADING_BODY_TYPES: Readonly<Record<string, BodyType>> = {
  ville: 'commune',
  mairie: 'commune',
  commune: 'commune',
  'commune nouvelle': 'commune',
  municipalité: 'commune',
  'hôtel de ville': 'commune',
  "communauté d'agglomération": 'ca',
  "communauté d'agglo": 'ca',
  agglomération: 'ca',
  agglo: 'ca',
  ca: 'ca',
  'communauté de communes': 'cc',
  'communauté des communes': 'cc',
  cc: 'cc',
  'communauté urbaine': 'cu',
  cu: 'cu',
  métropole: 'metropole',
  eurométropole: 'metropole',
  'établissement public territorial': 'ept',
  ept: 'ept',
  communauté: 'epci',
  intercommunalité: 'epci',
  epci: 'epci',
  département: 'departement',
  'conseil départemental': 'departement',
  'conseil général': 'departement',
  région: 'region',
  'conseil régional': 'region',
  // Plural types name several bodies: "les communes membres", "Villes de Rennes et de Brest".
  villes: 'group',
  communes: 'group',
  mairies: 'group',
  communautés: 'group',
  collectivités: 'group',
  intercommunalités: 'group',
  départements: 'group',
  régions: 'group',
  // Bodies the gazetteer does not hold: syndicates, companies, agencies, State services…
  syndicat: 'other',
  'syndicat mixte': 'other',
  'syndicat intercommunal': 'other',
  sivu: 'other',
  sivom: 'other',
  sdis: 'other',
  'service départemental': 'other',
  spl: 'other',
  'société publique locale': 'other',
  sem: 'other',
  "société d'économie mixte": 'other',
  semop: 'other',
  gip: 'other',
  groupement: 'other',
  'groupement d’intérêt public': 'other',
  office: 'other',
  comité: 'other',
  association: 'other',
  agence: 'other',
  direction: 'other',
  ddt: 'other',
  ddtm: 'other',
  dreal: 'other',
  préfecture: 'other',
  'sous-préfecture': 'other',
  rectorat: 'other',
  ccas: 'other',
  cias: 'other',
  "centre communal d'action sociale": 'other',
  "centre intercommunal d'action sociale": 'other',
  petr: 'other',
  "pôle d'équilibre territorial et rural": 'other',
  'pôle métropolitain': 'other',
  'parc naturel régional': 'other',
  'établissement public': 'other',
  régie: 'other',
  chambre: 'other',
  'conseil de développement': 'other',
  'maison départementale': 'other',
  'centre hospitalier': 'other',
  chu: 'other',
  université: 'other',
  fédération: 'other',
  fondation: 'other',
  scic: 'other',
};

/** Body types that close a name ("Rennes Métropole", "Lunel Agglo", "Morlaix Communauté"). */
export const TRAILING_BODY_TYPES: Readonly<Record<string, BodyType>> = {
  métropole: 'metropole',
  agglo: 'ca',
  agglomération: 'ca',
  "communauté d'agglomération": 'ca',
  'communauté de communes': 'cc',
  'communauté urbaine': 'cu',
  communauté: 'epci',
};

/**
 * What may join a body type to its name, with the article it stands for in a commune's name:
 * "Ville du Havre" is Le Havre, "Mairie des Lilas" Les Lilas.
 */
export const CONNECTORS: Readonly<Record<string, string>> = {
  'de la': 'la',
  "de l'": "l'",
  du: 'le',
  des: 'les',
  de: '',
  "d'": '',
};

/** Leading articles, dropped from every key but a commune's ("Le Havre"). */
export const ARTICLES = ['le', 'la', 'les', "l'"];

/** Abbreviations written out before matching. */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  st: 'saint',
  ste: 'sainte',
  sts: 'saints',
  stes: 'saintes',
};

/**
 * Words a loose key leaves out, so that "Cœur Coteaux Comminges" meets "Coeur et Coteaux du Comminges"
 * and "Cannes Lérins" "Cannes Pays de Lérins". Only used where a body type vouches for the kind.
 */
export const LOOSE_WORDS = [
  ...LINKING_WORDS,
  'et',
  'pays',
  'agglo',
  'agglomération',
  'communauté',
  'métropole',
];

/**
 * Words before "de …" that make the place a river or a valley rather than a département: the Syndicat
 * mixte du bassin de la Vienne is not the Vienne's.
 */
export const RIVER_WORDS = [
  'bassin',
  'versant',
  'vallée',
  'rivière',
  'fleuve',
  'estuaire',
  'rive',
  'rives',
  'canal',
  'gorges',
  'source',
  'sources',
];

/** Separators between the bodies of a group ("Ville de Rennes et Rennes Métropole"). */
export const GROUP_SEPARATORS = /\s+(?:et|&|\+)\s+|\s*[,;/]\s*/u;
