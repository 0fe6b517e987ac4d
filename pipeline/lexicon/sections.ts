/** Words that structure an announcement: labels, table headers, the ends of lists, criteria. Folded. */

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

/** Lines that close a list of laureates: the boilerplate that follows it in press releases. */
export const SECTION_END_CUES =
  /^(a propos\b|contacts?\b|contact presse|pour en savoir plus|plus d'informations|informations pratiques|les partenaires|nos partenaires|partenaires\b)/;

/**
 * A sentence that announces the award criteria, before its colon: the word "critères" anywhere
 * ("… sur une série de critères : …"), or words that end just before the colon ("… selon :",
 * "… au regard :"). Not "juge l'association" or "selon le maire", which only report speech.
 */
export const CRITERIA_CUES = /\b(criteres?|grilles? d'evaluation)\b/;
export const CRITERIA_CUES_AT_COLON = /\b(selon|au regard(?: de)?|(?:evalue|note|juge)e?s? sur)\s*$/;

/**
 * A population band that divides a category: "Moins de 40 000 hab.", "communes de 2 501 à 20 000
 * habitants", "– de 40 000 habitants", "+ de 40 000 habitants".
 */
export const POPULATION_BAND =
  /^(?:(?:communes?|villes?|collectivites?|territoires?|intercommunalites?)\s+)?(?:(?:de\s+)?(?:moins|plus|au-dela|au dela)\s+de|[–+-]\s*de|de\s+\d[\d\s.]*\s+a|entre\s+\d[\d\s.]*\s+et)\s+\d[\d\s.]*\s*(?:hab\b|habitants\b)/u;
