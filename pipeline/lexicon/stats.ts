/** How headline figures are stated, folded (see text.ts). */

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
