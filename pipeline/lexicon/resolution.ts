/**
 * French wording the resolver reads besides the body types (bodies.ts), kept as data. Entries are
 * written as in press releases; they are folded like the names they are compared with (see
 * resolve/normalise.ts), so accents, case, hyphens and apostrophes do not matter.
 */
import { LINKING_WORDS } from './connectors.js';

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
