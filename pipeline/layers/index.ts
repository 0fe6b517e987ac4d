import type { Block, Doc, Span } from '../../parsers/doc.js';
import { foldedText, sentences } from '../text.js';
import { type AwardMention, awardOf, findAwards } from './awards.js';
import { type BodyMention, findBodies } from './bodies.js';
import { type DateMention, findDates, findYesterday } from './dates.js';
import { findPublished, findSelfDates, type Published, type SelfDate } from './published.js';
import { findSections, type Sections, type TierRef } from './sections.js';
import { findTitles, type TitleMention } from './titles.js';

/**
 * What every rule reads, computed once per document and only when a rule first asks for it:
 * sentences, dates, sections, and the mentions of awards, bodies and titles. Rules never re-derive
 * these; a new layer is added here.
 */
export class Layers {
  readonly text: string;
  #folded?: string;
  #sentences?: Span[][];
  #calendar?: DateMention[];
  #selfDates?: SelfDate[];
  #dates?: DateMention[];
  #sections?: Sections;
  #awards?: AwardMention[];
  #bodies?: Map<Span, BodyMention[]>;
  #titles?: TitleMention[];
  #published?: Published | null;

  constructor(readonly doc: Doc) {
    this.text = doc.text;
  }

  get blocks(): readonly Block[] {
    return this.doc.blocks;
  }

  /** The text folded for matching (same length: indices are offsets into `text`). */
  get folded(): string {
    this.#folded ??= foldedText(this.text);
    return this.#folded;
  }

  /** The sentences of each block, by block index. */
  sentencesOf(block: number): readonly Span[] {
    this.#sentences ??= this.doc.blocks.map((b) => sentences(this.text, b.start, b.end));
    return this.#sentences[block] ?? [];
  }

  /**
   * Dates of happenings in document order: calendar dates and "hier", without the dates the text gives
   * about itself ("Publié le …", datelines), which are never events.
   */
  get dates(): readonly DateMention[] {
    if (!this.#dates) {
      const self = this.selfDates;
      const own = this.#calendarDates().filter((d) => !self.some((s) => s.span.start === d.start));
      const { year, month, day } = this.published ?? {};
      const yesterday = year && month && day ? findYesterday(this.text, own, { year, month, day }) : [];
      this.#dates = [...own, ...yesterday].sort((a, b) => a.start - b.start);
    }
    return this.#dates;
  }

  /** Dates the text gives about itself: publication, revision, datelines. */
  get selfDates(): readonly SelfDate[] {
    this.#selfDates ??= findSelfDates(this.text, this.doc.blocks, this.#calendarDates());
    return this.#selfDates;
  }

  #calendarDates(): DateMention[] {
    // Between blank lines: a date never runs across one, and chrono then reads only the few stretches
    // that hold a month name or a numeric date instead of the whole text once per parser.
    this.#calendar ??= unbroken(this.doc.blocks).flatMap((s) => findDates(this.text, s.start, s.end));
    return this.#calendar;
  }

  datesIn(start: number, end: number): DateMention[] {
    return within(this.dates, (d) => d, { start, end });
  }

  /** Which tier and category govern each block, and the role it plays in a list of laureates. */
  get sections(): Sections {
    this.#sections ??= findSections(this.doc);
    return this.#sections;
  }

  /** Awards named in running text ("le label de bronze", "1er prix", "4 fleurs"), in order. */
  get awards(): readonly AwardMention[] {
    this.#awards ??= findAwards(this.text, 0, this.text.length);
    return this.#awards;
  }

  awardsIn(span: Span): AwardMention[] {
    return within(this.awards, (a) => a.span, span);
  }

  /** The award a span tells, as a tier and the words that name it (a metal first). */
  awardIn(span: Span): TierRef | null {
    return awardOf(this.awardsIn(span));
  }

  /** Bodies named with their type in a sentence (one of `sentencesOf`). */
  bodiesIn(sentence: Span): readonly BodyMention[] {
    this.#bodies ??= new Map();
    let found = this.#bodies.get(sentence);
    if (!found) {
      found = findBodies(this.text, sentence);
      this.#bodies.set(sentence, found);
    }
    return found;
  }

  /** When the document was published, if it says. */
  get published(): Published | null {
    if (this.#published === undefined) this.#published = findPublished(this.doc, this.selfDates);
    return this.#published;
  }

  /** Quoted titles, in order. */
  get titles(): readonly TitleMention[] {
    this.#titles ??= findTitles(this.text);
    return this.#titles;
  }
}

/**
 * The mentions that lie inside `span`, in order, from mentions sorted by start: rules ask this of
 * every sentence, and a scan of the whole document each time made long documents quadratic.
 */
function within<T>(sorted: readonly T[], spanOf: (t: T) => Span, span: Span): T[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spanOf(sorted[mid] as T).start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && spanOf(sorted[i] as T).start < span.end; i++)
    if (spanOf(sorted[i] as T).end <= span.end) out.push(sorted[i] as T);
  return out;
}

/** Runs of blocks with no blank line between them (lines of one paragraph, items of one list). */
function unbroken(blocks: readonly Block[]): Span[] {
  const out: Span[] = [];
  for (const b of blocks) {
    const last = out.at(-1);
    if (last && b.gap === 0) last.end = b.end;
    else out.push({ start: b.start, end: b.end });
  }
  return out;
}
