/** What a document says about itself: its edition's year, and what it is for. Folded (see text.ts). */

/** Words a call for applications uses to invite candidates ("Peuvent concourir …", "de concourir à"). */
export const CALL_CUES =
  /\b(candidatures? (sont |seront )?(ouvertes?|closes?|clotur\w*)|appel a (candidatures?|projets)|deposer (votre|vos|leur|leurs|son|sa) (dossier|candidature|projet)|candidatez|proposez votre projet|pour candidater|(peuvent|pouvez|de) concourir)\b/;

/** A heading or line that opens a programme ("Programme de la journée", "Au programme"). */
export const PROGRAMME_HEADING = /^(?:au )?programme\b/;

/** A line of a timetable: "8 h 45 – Accueil", "14h00 : Ateliers", "9:30 Ouverture". */
export const TIMETABLE_LINE = /^\d{1,2}\s?(?:h|:)\s?\d{0,2}\s*(?:[-–—:]|\p{L})/u;

/** Words of an award or an edition: a document that has none is not about one. */
export const ABOUT_AN_AWARD =
  /\b(labels?|labellise\w*|prix|trophees?|palmares|laureat\w*|concours|edition|distinctions?|distingue\w*|recompense\w*|victoires?|medailles?)\b/;

/** Words just before a year that state it as the edition's: "au titre de l'année 2016", "millésime 2021". */
export const EDITION_STATED =
  /\b(au titre de (l'annee |l'edition |la saison )?|pour l'annee |pour les annees |millesime )$/;

/** Words just before a year of the past: "Créé en 2009", "depuis 2009", "Après la remise du label 2021". */
export const PAST_REFERENCE =
  /\b(?:(?:cree|creee|crees|lance|lancee|fonde|fondee|ne|nee)\s+(?:en\s+)?|depuis\s+(?:\S+\s+)?|apres\s+(?:la|le|l'|les)\s*(?:[^\s.]+\s+){0,4})$/;

/** Programme and edition words a year follows in a title: "Prix Territoria 2018", "palmarès 2023". */
export const YEAR_CONTEXT =
  /\b(laureats?|label|labels|forum|edition|palmares|prix|trophees?|candidatures?|rencontres|concours|victoires|territoires? innovants?)\b/;

/** Words before a date that make it a call's deadline: "candidatures … jusqu'au", "… seront closes le". */
export const DEADLINE_BEFORE =
  /\b(?:candidatures?|dossiers?|inscriptions?)\b[^.]{0,50}\b(?:avant|jusqu'(?:au|a)|au plus tard|limite|clos\w*|clotur\w*)\b[^.]{0,25}$/;
