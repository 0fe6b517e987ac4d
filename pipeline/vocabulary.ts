/**
 * French vocabulary the extractors match against, kept as data in one place.
 * Entries are written accent- and case-insensitively unless a comment says otherwise:
 * they are compared after `fold()` (see text.ts).
 */
import type { EventKind, Tier } from './schema.js';

/** Month names and abbreviations → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  janvier: 1,
  janv: 1,
  fevrier: 2,
  fevr: 2,
  fev: 2,
  mars: 3,
  avril: 4,
  avr: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  juil: 7,
  aout: 8,
  septembre: 9,
  sept: 9,
  octobre: 10,
  oct: 10,
  novembre: 11,
  nov: 11,
  decembre: 12,
  dec: 12,
};

/** Words naming a tier, as they follow "label", "prix", "médaille"… */
export const TIER_WORDS: Readonly<Record<string, Tier>> = { or: 'gold', argent: 'silver', bronze: 'bronze' };

/** Nouns that introduce a tier or a prize ("Label d'or", "Prix spécial du jury"). */
export const PRIZE_NOUNS = [
  'label',
  'prix',
  'medaille',
  'trophee',
  'ruban',
  'palme',
  'victoire',
  'niveau',
  'mention',
  'distinction',
  'laureat',
  'laureate',
];

/** Cardinals as words, for figures written out ("cinq ont été distinguées"); "une centaine" is no figure. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
};

/** Ordinals as words, for "dixième édition" and "premier prix". */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  premier: 1,
  premiere: 1,
  deuxieme: 2,
  second: 2,
  seconde: 2,
  troisieme: 3,
  quatrieme: 4,
  cinquieme: 5,
  sixieme: 6,
  septieme: 7,
  huitieme: 8,
  neuvieme: 9,
  dixieme: 10,
  onzieme: 11,
  douzieme: 12,
  treizieme: 13,
  quatorzieme: 14,
  quinzieme: 15,
  seizieme: 16,
  vingtieme: 20,
};

/**
 * Words and phrases that name a kind of public body (or group of bodies). Longest first wins, so
 * "communaute d'agglomeration" is preferred over "communaute".
 */
export const BODY_TYPES = [
  'ville',
  'villes',
  'mairie',
  'commune',
  'communes',
  'commune nouvelle',
  'communaute',
  "communaute d'agglomeration",
  'communaute de communes',
  'communaute urbaine',
  'communautes',
  'agglomeration',
  'agglo',
  'ca',
  'cc',
  'cu',
  'metropole',
  'eurometropole',
  'departement',
  'conseil departemental',
  'conseil general',
  'conseil regional',
  'region',
  'collectivite',
  'collectivite territoriale',
  'collectivite europeenne',
  'syndicat',
  'syndicat mixte',
  'sivu',
  'sivom',
  'sdis',
  'petr',
  'pays',
  'parc naturel regional',
  'etablissement public',
  'epci',
  'office',
  'office du tourisme',
  'office de tourisme',
  'comite',
  'comite departemental du tourisme',
  'comite regional du tourisme',
  'direction',
  'direction departementale',
  'prefecture',
  'centre communal',
  'ccas',
  'cias',
  'groupement',
  'association',
  'agence',
  'spl',
  'sem',
  'gip',
];

/**
 * Body types whose names often contain "et" ("Communauté de communes Anjou Loir et Sarthe"): after one,
 * "et" separates two awardees only when a body type follows it.
 */
export const GROUP_BODY_TYPES = [
  'communaute',
  "communaute d'agglomeration",
  'communaute de communes',
  'communaute urbaine',
  'agglomeration',
  'pays',
  'petr',
  'syndicat',
  'syndicat mixte',
  'parc naturel regional',
];

/** Body types that can end a name ("Rennes Métropole", "Valence Agglo"). */
export const TRAILING_BODY_TYPES = ['metropole', 'agglo', 'agglomeration', 'communaute', 'numerique'];

/** The articles and prepositions that link the words of a French name ("Vallée de l'Ubaye"). */
export const LINKING_WORDS = ['de', 'du', 'des', "d'", 'la', 'le', 'les', "l'"];

/** Lower-case words allowed inside a proper name ("Vallée de l'Ubaye", "Saint-Pierre-sur-Dives"). */
export const NAME_PARTICLES = [...LINKING_WORDS, 'sur', 'en', 'lès', 'aux', 'au'];

/** Articles that may precede a body named in prose ("la Ville de Brignais", "les communes membres"). */
export const ARTICLES = ['le', 'la', 'les', "l'", 'un', 'une'];

/**
 * Words that cannot end a line of running text: a line ending with one continues on the next,
 * even across blank lines (PDF-style wrapping).
 */
export const CONNECTOR_WORDS = [
  ...LINKING_WORDS,
  ...['et', '&', 'ou', 'à', 'au', 'aux', 'en', 'pour', 'par', 'avec', 'sur', 'dans'],
  ...['un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'qui', 'que'],
];

/** Event kinds and the words that announce them, most specific first. */
export const EVENT_KEYWORDS: ReadonlyArray<{ kind: EventKind; pattern: RegExp }> = [
  {
    kind: 'application-deadline',
    pattern:
      /\b(candidatures?|dossiers?|inscriptions?)\b[^.]{0,60}?\b(avant|jusqu'(au|a)|au plus tard|limite|clotur\w*|deposer)|\b(date limite|cloture des candidatures)|\b(jusqu'(au|a)|avant le|au plus tard le)\b[^.]{0,60}?\b(depot|candidatures?|dossiers?|inscriptions?)\b/,
  },
  {
    kind: 'regional-selection',
    pattern:
      /\b(selections? regionales?|jurys? regionaux|auditions? regionales?|jury regional|selections?(?=[^.]{0,60}\bregions?\b))\b/,
  },
  {
    kind: 'ceremony',
    // "ont été remis", "a remis ses Trophées", "ont été décernées le …": the award given, told as an event.
    pattern:
      /\b(ceremonie|remise des (prix|labels|trophees)|soiree de gala|(ont ete|a ete|sont|seront) (remis|decerne)e?s?|a remis (les|ses|des))\b/,
  },
  {
    kind: 'forum',
    // "congrès", but not the venue: "Palais des congrès", "centre international de congrès".
    pattern:
      /\b(forum|grande finale|finale nationale|carrefour|assises|sommet|rencontres nationales|(?<!(?:palais|centre|cite|parc)(?: international)? (?:des |de |du )?)congres)\b/,
  },
  {
    kind: 'regional-stage',
    pattern: /\b(intercotour|etapes?|escales?|tour regional|journees? regionales?)\b/,
  },
];

/** Régions, current and historical, with the spellings press releases use. Matched as written. */
export const REGIONS = [
  'Auvergne-Rhône-Alpes',
  'Auvergne Rhône-Alpes',
  'Bourgogne-Franche-Comté',
  'Bretagne',
  'Centre-Val de Loire',
  'Corse',
  'Grand Est',
  'Hauts-de-France',
  'Île-de-France',
  'Normandie',
  'Nouvelle-Aquitaine',
  'Nouvelle Aquitaine',
  'Occitanie',
  'Pays de la Loire',
  "Provence-Alpes-Côte d'Azur",
  "Sud Provence Alpes Côte d'Azur",
  'Sud PACA',
  'PACA',
  'Guadeloupe',
  'Martinique',
  'Guyane',
  'La Réunion',
  'Mayotte',
  'Alsace',
  'Aquitaine',
  'Auvergne',
  'Basse-Normandie',
  'Bourgogne',
  'Champagne-Ardenne',
  'Franche-Comté',
  'Haute-Normandie',
  'Languedoc-Roussillon',
  'Limousin',
  'Lorraine',
  'Midi-Pyrénées',
  'Nord-Pas-de-Calais',
  'Picardie',
  'Poitou-Charentes',
  'Rhône-Alpes',
];

/** Nouns that start a venue name ("au Palais du Pharo"). */
export const VENUE_NOUNS = [
  'palais',
  'centre',
  'centre de congres',
  'cite',
  'parc',
  'salle',
  'hotel',
  'maison',
  'theatre',
  'espace',
  'halle',
  'auditorium',
  'couvent',
  'chateau',
  'musee',
  'campus',
  'stade',
  'docks',
];

/** Labels that introduce a value rather than belong to it: "Projet : « … »", "Catégorie « Petites communes »". */
export const PROJECT_LABEL = /^(?:projet|titre|intitule|initiative)\s*:\s*/;
export const CATEGORY_LABEL = /^categorie\s*(?::\s*)?/;

/** The header cells of a table of laureates, by what the column holds (matched on folded text). */
export const TABLE_COLUMNS = {
  category: /^(categorie|theme|domaine|thematique)s?$/,
  tier: /^(distinction|prix|niveau|label|recompense|rang|trophee|medaille|ruban)s?$/,
  awardees: /^(laureat|laureate|collectivite|territoire|gagnant|porteur|structure|beneficiaire)\(?s?\)?$/,
  project: /^(projet|initiative|realisation|action|titre)\(?s?\)?$/,
} as const;

/** Lines that open a list of laureates. */
export const LAUREATE_SECTION_CUES =
  /\b(laureat(?:e|s|es)?|gagnant(?:e|s|es)?|palmares|prime(?:e|s|es)?|recompense(?:e|s|es)?|labellise(?:e|s|es)?)\b/;

/** Lines that close a list of laureates: the boilerplate that follows it in press releases. */
export const SECTION_END_CUES =
  /^(a propos\b|contacts?\b|contact presse|pour en savoir plus|plus d'informations|informations pratiques|les partenaires|nos partenaires|partenaires\b)/;

/** Lines that announce the award criteria (the list follows a colon). */
export const CRITERIA_CUES = /\b(criteres?|selon|grille|evalues?|notes?|juges?)\b/;

/** Words that say a document calls for applications. */
export const CALL_CUES =
  /\b(candidatures? (sont )?ouvertes?|appel a (candidatures?|projets)|deposer (votre|vos|leur|leurs|son|sa) (dossier|candidature|projet)|candidatez|proposez votre projet)\b/;

/** Verbs and phrases that tell an award in prose ("a reçu le label de bronze pour …"). */
export const PROSE_AWARD_CUES =
  /\b(recu|remport\w*|obten\w*|decroch\w*|decern\w*|attribu\w*|remis|laureat\w*|labellis\w*|recompens\w*|distingu\w*|prime(?:e|s|es)?)\b/;

/** What the figures of a release count: projects, dossiers, bodies, prizes. */
const COUNTED =
  '(?:projets|dossiers|candidatures|territoires|collectivites|laureats|initiatives|communes|intercommunalites|structures|finalistes|candidats|prix|trophees|labels|victoires|rubans)';
/** What a jury retains or awards as laureates: not its finalists or candidates. */
const AWARD_COUNTED = COUNTED.replace('|finalistes|candidats', '');
const AUXILIARY =
  "(?:ont ete |a ete |avaient ete |avait ete |sont |seront |ont |se sont vus? |qui se sont vus? |d'entre (?:eux|elles) (?:ont ete |sont |ont )?)";
/** Participles of a prize, any gender and number: "primés", "récompensées", "labellisée". */
const AWARDED =
  '(?:prime|labellise|recompense|selectionne|distingue|laureat|attribue|decerne|designe)(?:e|s|es)?\\b|decerner|recu (?:le|un) (?:label|prix|trophee)';

/** Statistics: a figure next to what it counts, before or after its verb. NUM stands for the figure. */
export const STAT_PATTERNS: ReadonlyArray<{
  key: 'projectsPresented' | 'projectsAuditioned' | 'laureatesAnnounced' | 'participants';
  pattern: RegExp;
}> = [
  { key: 'participants', pattern: /(?<n>NUM) (?:participants|visiteurs|personnes|congressistes|inscrits)\b/ },
  // Laureates before projects: "8 collectivités ont reçu le label" counts laureates, not dossiers received.
  { key: 'laureatesAnnounced', pattern: new RegExp(`(?<n>NUM) (?:${COUNTED} )?${AUXILIARY}?(?:${AWARDED})`) },
  {
    key: 'laureatesAnnounced',
    pattern: new RegExp(`\\b(?:recompense|prime|labellise|distingue) (?<n>NUM) ${COUNTED}`),
  },
  {
    key: 'laureatesAnnounced',
    pattern: /\ben a (?:prime|labellise|recompense|distingue|retenu) (?<n>NUM)\b/,
  },
  // "le jury national a retenu 18 projets", "a décerné 10 trophées", "décerné à 20 projets".
  {
    key: 'laureatesAnnounced',
    pattern: new RegExp(
      `\\b(?:a|ont) (?:finalement )?(?:retenu|decerne|prime|distingue|recompense|labellise) (?:a )?(?<n>NUM) ${AWARD_COUNTED}`,
    ),
  },
  {
    key: 'laureatesAnnounced',
    pattern: new RegExp(`\\b(?:decerne|attribue|remis) a (?<n>NUM) ${AWARD_COUNTED}`),
  },
  {
    key: 'projectsAuditioned',
    pattern: new RegExp(`(?<n>NUM) (?:${COUNTED} )?${AUXILIARY}?auditionne`),
  },
  { key: 'projectsAuditioned', pattern: /\bauditionne (?<n>NUM)\b/ },
  {
    key: 'projectsPresented',
    pattern: new RegExp(`(?<n>NUM) ${COUNTED} ${AUXILIARY}?(?:presente|depose|recu|candidat|etudie|examine)`),
  },
  { key: 'projectsPresented', pattern: /(?<n>NUM) (?:dossiers de )?candidatures\b/ },
  {
    key: 'projectsPresented',
    pattern: new RegExp(`\\b(?:examine|etudie|recu|analyse)(?: \\S+){0,2}? (?<n>NUM) ${COUNTED}`),
  },
  // "Sur les 41 collectivités qui avaient fait acte de candidature, cinq ont été distinguées".
  {
    key: 'projectsPresented',
    pattern: new RegExp(`\\b(?:sur|parmi) (?:les )?(?<n>NUM) ${COUNTED}`),
  },
];
