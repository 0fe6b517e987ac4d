import { inlineAfterCue } from './criteria/inline-after-cue.js';
import { listAfterCue } from './criteria/list-after-cue.js';
import { agendaLine } from './events/agenda-line.js';
import { awardOnDate } from './events/award-on-date.js';
import { gathering } from './events/gathering.js';
import { placeVenueDate } from './events/place-venue-date.js';
import { placedHappening } from './events/placed-happening.js';
import { proseEvent } from './events/prose-event.js';
import { listEntry } from './laureates/list-entry.js';
import { markerLine } from './laureates/marker-line.js';
import { proseBodyFor } from './laureates/prose-body-for.js';
import { tableRow } from './laureates/table-row.js';
import type { CriterionRule, EventRule, LaureateRule, Rule } from './types.js';

/**
 * Every rule, in one list. A new shape of announcement is a new file with its examples, added here;
 * the refiners settle what several rules read of the same words. Order is priority: where two rules
 * read the same words, the earlier one is kept.
 */
export const RULES: readonly Rule[] = [
  tableRow,
  markerLine,
  listEntry,
  proseBodyFor,
  agendaLine,
  awardOnDate,
  proseEvent,
  placedHappening,
  gathering,
  placeVenueDate,
  listAfterCue,
  inlineAfterCue,
];

export const LAUREATE_RULES = RULES.filter((r): r is LaureateRule => r.field === 'laureates');
export const EVENT_RULES = RULES.filter((r): r is EventRule => r.field === 'events');
export const CRITERION_RULES = RULES.filter((r): r is CriterionRule => r.field === 'criteria');
