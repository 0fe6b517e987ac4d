/** What announces an event, folded (see text.ts). */
import type { EventKind } from '../schema.js';

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
