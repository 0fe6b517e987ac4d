/** How headline figures are stated, folded (see text.ts). */
import { MONTHS } from './months.js';

/** What the figures of a release count: projects, dossiers, bodies, prizes. */
const COUNTED =
  '(?:projets|dossiers|candidatures|territoires|collectivites|laureats|initiatives|communes|intercommunalites|structures|finalistes|candidats|prix|trophees|labels|victoires|rubans)';

/** What a jury retains or awards as laureates: not its finalists or candidates. */
const AWARD_COUNTED = COUNTED.replace('|finalistes|candidats', '');

/**
 * Any plural noun phrase of up to three words after a figure ("9 politiques publiques exemplaires",
 * "Six services acheteurs"), for verbs that say by themselves that a prize was won. Not a date ("le
 * 2 mars les communes …"), nor "8 autres" (a share of a figure given before), nor "5 villes en sont
 * lauréates" (of a prize named before, not of the edition).
 */
const MONTH_WORDS = Object.keys(MONTHS).join('|');
const NOUNS = `(?!(?:${MONTH_WORDS}|autres)\\b)[\\p{L}-]+[sx](?: (?!(?:qui|en|y)\\b)[\\p{L}'-]+){0,2}?`;

const AUXILIARY =
  "(?:ont ete |a ete |avaient ete |avait ete |sont |seront |ont |se sont vus? |qui se sont vus? |d'entre (?:eux|elles) (?:ont ete |sont |ont )?)";

/** Participles of a prize, any gender and number: "primés", "récompensées", "labellisée". */
const AWARDED =
  '(?:prime|labellise|recompense|selectionne|distingue|laureat|attribue|decerne|designe)(?:e|s|es)?\\b|decerner|recu (?:le|un) (?:label|prix|trophee)';

/** What a body wins, after a verb of receiving: "un Trophée", "le label", "ce prix". */
const PRIZE =
  "(?:le |la |l'|un |une |les |des |ce |cette |leurs? )(?:\\S+ )?(?:label|prix|trophee|medaille|ruban|victoire|distinction|fleur|palme)";

/** Verbs whose subject wins: "reçoivent un Trophée", "se voient attribuer un label", "figurent parmi les lauréats". */
const WIN = `(?:(?:recevront|recoivent|ont recu|obtiennent|ont obtenu|decrochent|ont decroche)(?: \\S+){0,4}? ${PRIZE}|(?:se voient|se verront|se sont vus?|se sont vues) (?:remettre|decerner|attribuer)|figurent(?: \\S+){0,3}? parmi les laureat|rejoignent les (?:titulaires|laureats))`;

/**
 * Statistics: a figure next to what it counts, before or after its verb. NUM stands for the figure;
 * a space matches any white space, and none is needed between a figure in digits and its noun
 * ("7collectivités").
 */
export const STAT_PATTERNS: ReadonlyArray<{
  key: 'projectsPresented' | 'projectsAuditioned' | 'laureatesAnnounced' | 'participants';
  pattern: RegExp;
}> = [
  { key: 'participants', pattern: /(?<n>NUM) (?:participants|visiteurs|congressistes|inscrits)\b/ },
  // "personnes" only with a verb of gathering: "les 22 personnes handicapées qui …" are no audience.
  {
    key: 'participants',
    pattern: /\b(?:reuni|rassemble|accueilli|attire) (?<n>NUM) personnes\b/,
  },
  {
    key: 'participants',
    pattern: new RegExp(`(?<n>NUM) ${COUNTED} (?:ont|avaient) (?:pris part|participe)\\b`),
  },
  // Laureates before projects: "8 collectivités ont reçu le label" counts laureates, not dossiers received.
  { key: 'laureatesAnnounced', pattern: new RegExp(`(?<n>NUM) (?:${COUNTED} )?${AUXILIARY}?(?:${AWARDED})`) },
  { key: 'laureatesAnnounced', pattern: new RegExp(`(?<n>NUM) ${NOUNS} ${AUXILIARY}(?:${AWARDED})`) },
  { key: 'laureatesAnnounced', pattern: new RegExp(`(?<n>NUM) (?:${NOUNS} )?(?:qui )?${WIN}`) },
  // "257 collectivités ont … pris connaissance de leurs distinctions": each has won one.
  {
    key: 'laureatesAnnounced',
    pattern: new RegExp(
      `(?<n>NUM) ${COUNTED}(?: \\S+){1,5}? leurs (?:distinctions|labels|prix|recompenses|trophees|medailles)\\b`,
    ),
  },
  {
    key: 'laureatesAnnounced',
    pattern: new RegExp(`\\b(?:recompense|prime|labellise|distingue) (?<n>NUM) ${COUNTED}`),
  },
  {
    key: 'laureatesAnnounced',
    pattern: /\ben a (?:prime|labellise|recompense|distingue|retenu) (?<n>NUM)\b/,
  },
  // "le jury national a retenu 18 projets", "a décerné 10 trophées", "décerné à 20 projets"; but
  // "leur a décerné deux labels" counts the prizes of the bodies it speaks of, not the edition's.
  {
    key: 'laureatesAnnounced',
    pattern: new RegExp(
      `(?<!\\b(?:leur|lui|nous|vous) )\\b(?:a|ont) (?:finalement )?(?:retenu|decerne|prime|distingue|recompense|labellise) (?:a )?(?<n>NUM) ${AWARD_COUNTED}`,
    ),
  },
  // "attribué vendredi 27 mai à 120 communes", "décerné à 59 nouvelles collectivités".
  {
    key: 'laureatesAnnounced',
    pattern: new RegExp(
      `\\b(?:decerne|attribue|remis|accorde)e?s?(?: [^\\s.,;]+){0,4}? a (?<n>NUM) (?:nouveaux |nouvelles )?${AWARD_COUNTED}`,
    ),
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
  // "132 communes franciliennes se sont portées candidates", "214 campagnes de communication candidates".
  {
    key: 'projectsPresented',
    pattern: new RegExp(
      `(?<n>NUM) ${NOUNS} (?:qui )?(?:(?:s'etaient|se sont|s'etant|se seront) portee?s? )?candidate?s\\b`,
    ),
  },
  {
    key: 'projectsPresented',
    pattern: new RegExp(`\\b(?:examine|etudie|recu|analyse)(?: \\S+){0,2}? (?<n>NUM) ${COUNTED}`),
  },
  // "Sur les 41 collectivités qui avaient fait acte de candidature, cinq ont été distinguées"; not
  // "parmi les 235 communes ainsi récompensées".
  {
    key: 'projectsPresented',
    pattern: new RegExp(`\\b(?:sur|parmi) (?:les )?(?<n>NUM) ${COUNTED}(?!(?: \\S+)? (?:${AWARDED}))`),
  },
];
