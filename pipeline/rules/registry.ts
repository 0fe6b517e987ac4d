import { inlineAfterCue } from './criteria/inline-after-cue.js';
import { listAfterCue } from './criteria/list-after-cue.js';
import { agendaLine } from './events/agenda-line.js';
import { awardOnDate } from './events/award-on-date.js';
import { gathering } from './events/gathering.js';
import { placeVenueDate } from './events/place-venue-date.js';
import { placedHappening } from './events/placed-happening.js';
import { proseEvent } from './events/prose-event.js';
import { anaphoricSubject } from './laureates/anaphoric-subject.js';
import { awardForList } from './laureates/award-for-list.js';
import { awardForProject } from './laureates/award-for-project.js';
import { awardInApposition } from './laureates/award-in-apposition.js';
import { awardThenList } from './laureates/award-then-list.js';
import { awardToBody } from './laureates/award-to-body.js';
import { groupedPlaces } from './laureates/grouped-places.js';
import { listEntry } from './laureates/list-entry.js';
import { listThenCount } from './laureates/list-then-count.js';
import { markerLine } from './laureates/marker-line.js';
import { placeParagraph } from './laureates/place-paragraph.js';
import { projectOfBody } from './laureates/project-of-body.js';
import { proseBodyFor } from './laureates/prose-body-for.js';
import { sameFor } from './laureates/same-for.js';
import { subjectAward } from './laureates/subject-award.js';
import { tableRow } from './laureates/table-row.js';
import { titleAtPlace } from './laureates/title-at-place.js';
import type { CriterionRule, EventRule, LaureateRule, Rule } from './types.js';

/**
 * Every rule, in one list. A new shape of announcement is a new file with its examples, added here;
 * the refiners settle what several rules read of the same words. Order is priority: where two rules
 * read the same words, the earlier one is kept.
 */
export const RULES: readonly Rule[] = [
  tableRow,
  groupedPlaces,
  titleAtPlace,
  markerLine,
  listEntry,
  placeParagraph,
  awardForProject,
  proseBodyFor,
  awardThenList,
  listThenCount,
  subjectAward,
  sameFor,
  awardToBody,
  awardForList,
  awardInApposition,
  projectOfBody,
  anaphoricSubject,
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
