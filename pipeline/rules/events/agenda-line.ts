import type { Block, Span } from '../../../parsers/doc.js';
import { nameEnd } from '../../grammar/names.js';
import { keywordsIn } from '../../layers/event-words.js';
import type { Layers } from '../../layers/index.js';
import { citiesIn, regionIn } from '../../layers/places.js';
import { SEASONS } from '../../lexicon/months.js';
import type { EventKind } from '../../schema.js';
import { clean, foldRange, matchesIn, tighten } from '../../text.js';
import type { EventCandidate, EventRule } from '../types.js';

const ID = 'event/agenda-line';

/** The longest agenda line that is not a list item; longer lines are prose. */
const AGENDA_LINE = 120;
/** What may open an agenda line before its date: "Mardi 18 mai 2021", "Les 18 et 19 mars". */
const AGENDA_OPENER = /^\s*(?:(?:le|les|du|au)\b\s*)?(?:(?:lun|mar|mer|jeu|ven|sam|dim)[a-z]*\.?\s*)?$/;
/** Separators of an agenda line: "26 mars – IntercoTOUR Occitanie – Cahors". */
const AGENDA_SEPARATOR = /\s+[–—-]\s+|\s*:\s+|\s+\|\s+/gu;

interface AgendaContext {
  kind: EventKind | undefined;
  region: string | null;
}

/**
 * An agenda line: a date first, then parts ("26 mars – IntercoTOUR Occitanie – Cahors", "Les 18 et
 * 19 mars – Rouen (Normandie) : « thème »", "Mardi 18 mai 2021 – Clermont-Ferrand, Polydome"), or a
 * table row with a date among its cells. The city is the first part that opens with a name that is
 * neither a région nor an event word; the kind comes from the line's words, else from the nearest
 * heading or line before it that has one (which then gives the région too).
 */
export const agendaLine: EventRule = {
  id: ID,
  field: 'events',
  summary: 'a short line or table row that opens with a date, its parts split by dashes or colons',
  apply(layers) {
    const out: EventCandidate[] = [];
    let context: AgendaContext = { kind: undefined, region: null };
    layers.blocks.forEach((block, i) => {
      const event = agendaEvent(layers, block, context);
      if (event) out.push(event);
      else context = contextOf(layers.text, block, i === 0) ?? context;
    });
    return out;
  },
  examples: {
    ok: [
      {
        text: `
          Les étapes de l'IntercoTOUR :
          26 mars – Occitanie – Cahors
          Les 18 et 19 mai – Rouen (Normandie)
        `,
        expect: [
          { kind: 'regional-stage', city: 'Cahors', start: '03-26', end: null },
          { kind: 'regional-stage', city: 'Rouen', start: '05-18', end: '05-19' },
        ],
      },
      {
        text: 'Mardi 18 mai 2021 – Forum des territoires – Clermont-Ferrand, Polydome',
        expect: [{ kind: 'forum', city: 'Clermont-Ferrand', start: '2021-05-18', end: null }],
      },
      {
        text: `
          Les étapes du tour :
          • 3 mars – Étape Bretagne – Vannes
          • À l'automne – Étape Centre – Tours (date à confirmer)
        `,
        expect: [
          { kind: 'regional-stage', city: 'Vannes', start: '03-03', end: null },
          { kind: 'regional-stage', city: 'Tours', start: null, end: null },
        ],
      },
    ],
    notOk: [
      { text: '12 mai 2021 – compte rendu de la réunion du bureau' },
      { text: 'Les étapes du tour :\n• En été – pause estivale' },
    ],
  },
};

/**
 * What a title, a heading or a line that introduces a list (it ends with a colon) says about the
 * events listed after it: "Journée régionale … – Auvergne-Rhône-Alpes", "… lors de sélections régionales :".
 */
function contextOf(text: string, block: Block, first: boolean): AgendaContext | null {
  if (!first && block.kind !== 'heading' && !/:\s*$/.test(text.slice(block.start, block.end))) return null;
  const kind = keywordsIn(text, block)[0]?.kind;
  return kind ? { kind, region: regionIn(text, block) } : null;
}

function agendaEvent(layers: Layers, block: Block, context: AgendaContext): EventCandidate | null {
  const { text } = layers;
  const span = tighten(text, block.start, block.end);
  const date = layers.datesIn(span.start, span.end)[0] ?? null;
  const row = foldRange(text, span.start, span.end).includes(' | ');
  // Prose that opens with a date ("Les 14 et 15 juin, le Forum …") is read a sentence at a time.
  const short = block.kind === 'list-item' || span.end - span.start <= AGENDA_LINE;
  // "À l'automne : IntercoTOUR Normandie – Caen (date à confirmer)": a season stands for the date.
  const when = date ?? (short ? seasonOpening(text, span) : null);
  if (!when) return null;
  if (!row && (!short || !AGENDA_OPENER.test(foldRange(text, span.start, when.start)))) return null;
  const keyword = keywordsIn(text, span)[0];
  const kind = keyword?.kind ?? context.kind;
  const parts = agendaParts(text, span, when);
  if (!parts.length || !kind) return null;
  let city: Span | null = null;
  let venue: string | null = null;
  for (const part of parts) {
    const end = nameEnd(text, part.start, part.end);
    const name = text.slice(part.start, end);
    if (end <= part.start || regionIn(text, part) === name || keywordsIn(text, part).length) continue;
    city = { start: part.start, end };
    venue = /^\s*,\s*\S/.test(text.slice(end, part.end))
      ? clean(text.slice(end, part.end).replace(/^\s*,\s*/, ''))
      : null;
    break;
  }
  // Else the line may say where in words: "annonce des lauréats lors du forum national, à Lille".
  city ??= citiesIn(text, { start: when.end, end: span.end })[0] ?? null;
  // Without a date, only the place makes the line an event.
  if (!date && !city) return null;
  const region = regionIn(text, span) ?? (keyword ? null : context.region);
  return { rule: ID, kind, date, city, region, venue, span };
}

const SEASON_OPENING = new RegExp(
  `^(?:au|a l'|en|cet|cette)\\s*(?:${SEASONS.join('|')})(?:\\s+(?:19|20)\\d{2})?(?![\\p{L}\\d])`,
  'u',
);

/** The season a line opens with ("Au printemps 2021 – Fort-de-France"), where it gives no date. */
function seasonOpening(text: string, line: Span): Span | null {
  const m = SEASON_OPENING.exec(foldRange(text, line.start, line.end));
  return m ? { start: line.start, end: line.start + m[0].length } : null;
}

/** The parts of an agenda line around its date, split at dashes, colons and table bars. */
function agendaParts(text: string, line: Span, date: Span): Span[] {
  const parts: Span[] = [];
  for (const side of [
    { start: line.start, end: date.start },
    { start: date.end, end: line.end },
  ]) {
    let from = side.start;
    for (const m of [...matchesIn(AGENDA_SEPARATOR, text, side.start, side.end), null]) {
      const part = tighten(text, from, m ? m.index : side.end, '|');
      if (part.end > part.start && !AGENDA_OPENER.test(foldRange(text, part.start, part.end)))
        parts.push(part);
      if (m) from = m.index + m[0].length;
    }
  }
  return parts;
}
