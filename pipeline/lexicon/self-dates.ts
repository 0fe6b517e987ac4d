/** How a document dates itself, folded (see text.ts). */

/**
 * What introduces a date the text gives about itself, folded, read right before the date: "Publié le",
 * "Mis en ligne le", "Actualisé le" (a revision), "Édition du", "Numéro du", and "Par" (a byline whose
 * author is missing). A weekday may sit between the cue and the date.
 */
const WEEKDAY = '(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?';
export const SELF_DATE_CUES: ReadonlyArray<{ pattern: RegExp; update: boolean }> = [
  { pattern: new RegExp(`^\\s*(?:publie|mis en ligne|poste|paru)\\s+le\\s+${WEEKDAY}$`), update: false },
  {
    pattern: new RegExp(`^\\s*(?:actualise|mis a jour|mise a jour|modifie)\\s+le\\s+${WEEKDAY}$`),
    update: true,
  },
  { pattern: new RegExp(`^\\s*(?:edition|numero|lettre|bulletin|n°)\\s+du\\s+${WEEKDAY}$`), update: false },
  { pattern: /^\s*par\s+$/, update: false },
];
