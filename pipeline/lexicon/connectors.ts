/** The small words of French names and sentences, folded (see text.ts). */

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
