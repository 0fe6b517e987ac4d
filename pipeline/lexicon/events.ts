/** What announces an event, folded (see text.ts). */
import type { EventKind } from '../schema.js';

export interface EventKeyword {
  kind: EventKind;
  pattern: RegExp;
  /** Words that make an event only with a date ("un comité d'experts présélectionnera"): a jury named with a city alone is no happening. */
  dated?: boolean;
  /** Verbs that tell an award only in a sentence that names one (see AWARD_CONTEXT). */
  award?: boolean;
}

/** Event kinds and the words that announce them, most specific first. */
export const EVENT_KEYWORDS: readonly EventKeyword[] = [
  {
    kind: 'application-deadline',
    // "Les candidatures seront closes le …", "n'ont plus que jusqu'au 20 octobre … pour concourir".
    pattern:
      /\b(candidatures?|dossiers?|inscriptions?)\b[^.]{0,60}?\b(avant|jusqu'(au|a)|au plus tard|limite|clotur\w*|closes?|deposer)|\b(date limite|cloture des candidatures)|\b(jusqu'(au|a)|avant le|au plus tard le)\b[^.]{0,60}?\b(depot|candidatures?|dossiers?|inscriptions?|pour (concourir|candidater|postuler|participer|s'inscrire))\b/,
  },
  {
    kind: 'regional-selection',
    pattern:
      /\b(selections? regionales?|jurys? regionaux|auditions? regionales?|jury regional|selections?(?=[^.]{0,60}\bregions?\b))\b/,
  },
  {
    kind: 'ceremony',
    pattern:
      /\b(ceremonie|remise (officielle |solennelle )?(des|du|de la|de l') ?(prix|labels?|trophees?|distinctions?|recompenses?|medailles?)|soiree de gala)\b/,
  },
  {
    kind: 'ceremony',
    // "ont été remis", "a remis ses Trophées", "ont été décernées le …": the award given, told as an event.
    pattern: /\b((ont ete|a ete|sont|seront) (remis|decerne)e?s?|a remis (les|ses|des))\b/,
    award: true,
  },
  {
    kind: 'forum',
    // "congrès", but not the venue: "Palais des congrès", "centre international de congrès".
    pattern:
      /\b(forum|grande finale|finale nationale|carrefour|assises|sommet|colloque|rencontres nationales|\d+(e|es|eme|emes) rencontres|(?<!(?:palais|centre|cite|parc)(?: international)? (?:des |de |du )?)congres)\b/,
  },
  {
    kind: 'regional-stage',
    pattern: /\b(intercotour|etapes?|escales?|tour regional|journees? regionales?)\b/,
  },
  {
    kind: 'other',
    // Happenings of their own: a webinar, a broadcast, a meeting to present or exchange.
    pattern:
      /\b(webinaires?|webinars?|emissions? (speciale|de radio|de television|televisee)s?|matinee d'echanges|reunion d'information|seminaire|journee d'etudes?)\b/,
  },
  {
    kind: 'other',
    // The steps of a selection: "un comité d'experts présélectionnera", "la visite de jurys".
    pattern: /\b(preselection\w*|comite d'experts|comite de selection|jury national|jurys?)\b/,
    dated: true,
  },
];

/**
 * An award told as a happening, folded: "ont été récompensées", "s'est vu remettre", "se verront
 * remettre", "recevront … un Trophée", "le Pavillon bleu est allé à", "le palmarès sera dévoilé",
 * "qui a eu lieu" after a palmarès. Read with the dates of the same sentence (rule event/award-on-date).
 */
const AWARD_NOUN =
  '(prix|trophees?|labels?|distinctions?|recompenses?|medailles?|pavillons?|ecolabels?|fleurs?|mentions?|marianne|victoires?|rubans?|territoria|diplomes?)';
export const AWARD_TOLD: readonly RegExp[] = [
  /\b(ont|a|ont ete|a ete|sont|est|seront|sera|etaient|avaient ete|vont etre|va etre)( (ainsi|aussi|egalement|officiellement|donc))? (remise?s?|decernee?s?|attribuee?s?|accordee?s?|recompensee?s?|distinguee?s?|labellisee?s?|primee?s?)\b/,
  /\b(s'est|se sont|se verront|se voient|se voit|se verra|s'etaient|se seront)( vue?s?)? (remettre|decerner|attribuer|octroyer|recompenser)\b/,
  new RegExp(
    `\\b(recevront|recevra|ont recu|a recu|recoivent|recoit|decrochent|decroche|ont decroche|a decroche|obtiennent|ont obtenu|a obtenu|remettra|remettront|a remis|ont remis|decernera|decerneront|a decerne|ont decerne)\\b[^.;]{0,110}?\\b${AWARD_NOUN}\\b`,
  ),
  new RegExp(
    `\\b${AWARD_NOUN}\\b[^.;]{0,30}?\\b(est|sont|a ete|ont ete) (aussi |egalement |donc |ainsi )?(alle|revenu|echu)e?s?\\b`,
  ),
  /\b(palmares|laureats|resultats)\b[^.;]{0,90}?\b(a eu lieu|aura lieu|se tiendra|s'est tenu|(sera|seront|a ete|ont ete|est|sont) (devoile|annonce|proclame|revele|rendu public)e?s?)\b/,
];

/**
 * What makes a verb like "remettre" or "attribuer" an award: the sentence names one, or its laureates
 * ("Le rapport a été remis le 3 mai au ministre" tells no award).
 */
export const AWARD_CONTEXT = new RegExp(
  `\\b(${AWARD_NOUN.slice(1, -1)}|palmares|laureat\\w*|recompense\\w*|distingue\\w*|labellise\\w*|primee?s?)\\b`,
);

/**
 * A gathering told by its verb, folded: "se sont retrouvés à Paris", "a réuni à distance ses
 * adhérents" (rule event/gathering, with a date of the same sentence).
 */
export const GATHERING_VERBS =
  /\b((se sont|s'est|se seront) (retrouvee?s?|reunie?s?|rassemblee?s?)|se (retrouveront|reuniront|retrouvera|reunira|retrouvent|reunissent)|(a|ont|avait|avaient) (reuni|rassemble)|reunira|reuniront|rassemblera|rassembleront)\b/;
