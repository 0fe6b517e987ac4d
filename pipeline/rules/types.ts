import type { Span } from '../../parsers/doc.js';
import type { DateMention } from '../layers/dates.js';
import type { Layers } from '../layers/index.js';
import type { Criterion, EventKind, Laureate } from '../schema.js';

/** A laureate as a rule reads it, before refiners settle its year and its overlaps with others. */
export type LaureateCandidate = Omit<Laureate, 'year'> & {
  /** A year the text gives for this award ("en 2018"), when it is not the edition's. */
  statedYear: number | null;
  /**
   * The words the rule read, where they are not the laureate's span: a sentence that names its body
   * by a pronoun reads far from the span, which covers the body's full name. Overlaps are settled on it.
   */
  read?: Span;
};

/** An event as a rule reads it; the refiner gives dates their year and merges mentions of one event. */
export interface EventCandidate {
  rule: string;
  kind: EventKind;
  date: DateMention | null;
  city: Span | null;
  region: string | null;
  venue: string | null;
  span: Span;
}

/** A criterion, with the block of the line that announced it: the first such line wins. */
export type CriterionCandidate = Criterion & { cue: number };

/** What an example expects, compactly. */
export interface LaureateExpectation {
  tier: Laureate['tier'];
  category: string | null;
  awardees: string[];
  project: string | null;
}
export interface EventExpectation {
  kind: EventKind;
  city: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM`, or without the year (`MM-DD`, `MM`) where the text gives none. */
  start: string | null;
  end: string | null;
}

/** A document an example is written as: plain text by default. */
export interface ExampleText {
  text: string;
  format?: 'text' | 'markdown' | 'html';
}

export interface Examples<E> {
  /** Texts the rule reads, with exactly what it reads from each. */
  ok: Array<ExampleText & { expect: E[] }>;
  /** Texts no rule of the same field may read anything from. */
  notOk: ExampleText[];
}

interface RuleBase<F extends string, C, E> {
  /** Travels with each value into the record (`laureates[].rule`). */
  id: string;
  field: F;
  /** The shape the rule reads, in a sentence. */
  summary: string;
  apply(layers: Layers): C[];
  examples: Examples<E>;
}

export type LaureateRule = RuleBase<'laureates', LaureateCandidate, LaureateExpectation>;
export type EventRule = RuleBase<'events', EventCandidate, EventExpectation>;
export type CriterionRule = RuleBase<'criteria', CriterionCandidate, string>;
export type Rule = LaureateRule | EventRule | CriterionRule;
