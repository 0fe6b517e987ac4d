/** How French announcements name awards, tiers and the act of awarding, folded (see text.ts). */
import type { Tier } from '../schema.js';

/** Words naming a tier, as they follow "label", "prix", "médaille"… */
export const TIER_WORDS: Readonly<Record<string, Tier>> = {
  or: 'gold',
  argent: 'silver',
  bronze: 'bronze',
  // "le label Gold", "Gold Cit'ergie": some programmes name their top level in English.
  gold: 'gold',
};

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
  'fleur',
  // Programmes whose name is the prize: "Territoria d'or", "Marianne d'argent".
  'territoria',
  'marianne',
];

/**
 * Levels and ranks that are not tiers: "4 fleurs", "deux cœurs", "niveau 1", "@@@@" (Villes Internet's
 * arobases), "3 étoiles", "2 lauriers". The wording is kept in `tierLabel`; the tier stays null.
 */
export const LEVEL_WORDS = ['fleur', 'arobase', 'coeur', 'cœur', 'etoile', 'laurier', 'palme'];

/** Lines that open a list of laureates. */
export const LAUREATE_SECTION_CUES =
  /\b(laureat(?:e|s|es)?|gagnant(?:e|s|es)?|palmares|prime(?:e|s|es)?|recompense(?:e|s|es)?|labellise(?:e|s|es)?|distingue(?:e|s|es))\b/;

/** Verbs and phrases that tell an award in prose ("a reçu le label de bronze pour …"). */
export const PROSE_AWARD_CUES =
  /\b(recu|remport\w*|obten\w*|decroch\w*|decern\w*|attribu\w*|remis|laureat\w*|labellis\w*|recompens\w*|distingu\w*|prime(?:e|s|es)?|revien(?:t|nent)|echoi(?:t|ent)|partagee? entre|va a|va au|va aux|vont a|vont aux)\b/;

/**
 * Verbs whose subject receives an award: "Maurepas décroche ce label", "A, B et C reçoivent deux
 * cœurs", "la Ville de X s'est vu attribuer le prix", "les communes qui rejoignent les titulaires du label".
 */
export const RECEIVE_CUES =
  /\b(recoi(?:t|vent)|recu(?:e|s|es)?|recevoir|recevra|recevront|recevait|decroch\w*|obtien\w*|obtenu\w*|obtenir|remport\w*|se (?:voi(?:t|ent)|verr(?:a|ont))(?: (?:en outre|aussi|egalement|ainsi|donc|enfin))? (?:attribuer|decerner|remettre|recompenser|labelliser)|se sont vue?s? (?:attribuer|decerner|remettre)|s'est vue? (?:attribuer|decerner|remettre)|(?:est|sont|a ete|ont ete|sera|seront|viennent d'etre|vient d'etre) (?:labellise|distingue|recompense|prime|laureat|certifie)(?:e|s|es)?|rejoi(?:gn\w*|nt|ndre) (?:les|la liste des) (?:laureat\w*|titulaires|labellise\w*)|reintegr\w* (?:le|la) (?:classement|palmares|label|liste)|rest\w* au palmares|en (?:est|sont) (?:laureat|laureate)s?|figur\w* (?:parmi|au rang des|au palmares)|accede\w* (?:au|a la|aux|a l')|(?:fait|font) (?:son|sa|leur) (?:entree|arrivee) (?:au|a la|aux|dans)|conserv\w*)\b/;

/**
 * Constructions whose object receives the award: "le prix est revenu à X", "attribué à", "le label argent
 * va à X", "est partagé entre X et Y", "le label est renouvelé pour X, Y et Z".
 */
export const GIVE_CUES =
  /\b(?:(?:attribue|decerne|accorde|remis|remise|revenu|revenue|revenus|revenues|revient|reviennent|echoit|echoient|octroye|alle|allee|alles|allees)(?:e|s|es)?|va|vont)\s+(?:cette annee\s+|ainsi\s+|egalement\s+|aussi\s+)?(?:a|au|aux|a la|a l')\s|\bpartagee?s?\s+entre\s|\b(?:renouvele|reconduit)(?:e|s|es)?\s+(?:cette annee\s+)?pour\s/;

/** Words that say who won: "les lauréats", "le palmarès", "les communes labellisées". */
export const LAUREATE_WORDS =
  /\b(laureat(?:e|s|es)?|palmares|prime(?:e|s|es)|labellise(?:e|s|es)?|distingue(?:e|s|es)|recompense(?:e|s|es))\b/;

/**
 * Who did not win, or not now: candidates, finalists and nominees, jurors, partners and organisers,
 * holders from before. A clause with one of these names no laureate.
 */
export const NOT_LAUREATE_CUES =
  /\b(candidat(?:e|s|es)?|en lice|aux cotes de|finaliste\w*|nomme(?:e|s|es)?|nomines?|preselection\w*|jury|jures?|partenaire\w*|parrain\w*|sponsor\w*|organise\w* par|a l'initiative de|soutenu\w* par|president\w*|vice-president\w*|maire de|membres?|detenu\w*|detien\w*|precedent\w*|anciens? laureat\w*|en attente)\b/;

/** What introduces the list of those who won after an award is told: "… sont :", "parmi lesquelles". */
export const LIST_OPENERS =
  /\s*:\s*(?:c'est\s+|ce sont\s+|il s'agit d(?:e\s+|'))?|\s+sont\s+|,?\s+(?:parmi lesquel(?:le)?s|dont)\s+(?:(?:celui|celle|ceux|celles)\s+d(?:e\s+|u\s+|'|es\s+))?|,?\s*c'est\s+|\bon y trouve\s+|\bil s'agit d(?:e\s+|')/gu;

/** A prize's own name on a line of its own, which names a category of awards: "Prix achat exemplaire". */
export const PRIZE_NAME =
  /^(?:prix|trophees?|victoires?|mentions?|rubans?)\s+(?:de la |du |des |de l'|d'|de )?[a-z]/u;

/** A prize counted in the plural: a sentence that sums up several awards detailed elsewhere. */
export const COUNTED_AWARDS =
  /\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s+(?:labels?|prix|trophees?|medailles?|distinctions?|recompenses?|projets|initiatives)\b/;

/** Auxiliaries and adverbs between a subject and the verb that tells its award. */
export const BEFORE_VERB =
  /(?:(?<![\p{L}'-])\s*,?\s*(?:quant a (?:elles?|eux|lui)|elles?|eux|aussi|egalement|ainsi|cette annee|a son tour|deja|pour sa part|qui)\s*,?)*\s*(?:(?<![\p{L}'-])(?:a|ont|avait|avaient|aura|auront)\s+(?:(?:ainsi|aussi|egalement|deja|finalement)\s+)?)?$/u;

/** What an award is called, to tell "a reçu le prix" from "a reçu 64 candidatures". */
export const AWARD_NOUNS =
  /\b(?:labels?|prix|troph\w*|medailles?|distinctions?|recompenses?|mentions?|rubans?|palmes?|victoires?|fleurs?|coeurs?|cœurs?|arobases?|etoiles?|lauriers?|titres?|palmares|classement|niveau|certification|ecolabel)\b/u;
