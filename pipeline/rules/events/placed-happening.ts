import type { Span } from '../../../parsers/doc.js';
import { nameEnd } from '../../grammar/names.js';
import type { DateMention } from '../../layers/dates.js';
import type { Layers } from '../../layers/index.js';
import { isCommune } from '../../layers/places.js';
import type { EventCandidate, EventRule } from '../types.js';

const ID = 'event/placed-happening';

/** "À Paris, " or "A Cannes, " opening a sentence: the place of what the sentence tells. */
const AT_PLACE = /^(?:À|A)\s+(?=\p{Lu})/u;
/** What may stand between the comma after the place and the date: "le", "ce", a weekday. */
const BEFORE_DATE = /^\s*,\s*(?:(?:le|les|ce|du)\s+)?$/iu;
/** "Le 11 décembre, à Paris, …": the date first, then the place. */
const DATE_FIRST = /^\s*(?:(?:le|les|ce|du)\s+)?$/iu;
const PLACE_AFTER_DATE = /^\s*,\s*(?:à|a)\s+(?=\p{Lu})/u;

/**
 * A happening placed and dated at the head of its sentence, without an event word: "A Paris, le 11
 * décembre, les échanges porteront sur …", "À Cannes, ce jeudi 30 novembre et vendredi 1er décembre,
 * les représentants des villes confrontent leurs expériences", "Le 4 mars, à Lille, les élus …". The
 * place must be a commune: "À Noël, le 25 décembre, …" is no place.
 */
export const placedHappening: EventRule = {
  id: ID,
  field: 'events',
  summary: 'a sentence that opens with a place and a date ("À Paris, le 11 décembre, …")',
  apply(layers) {
    const out: EventCandidate[] = [];
    layers.blocks.forEach((_, i) => {
      for (const sentence of layers.sentencesOf(i)) {
        const found = placedAndDated(layers, sentence);
        if (found) out.push({ rule: ID, kind: 'other', ...found, region: null, venue: null, span: sentence });
      }
    });
    return out;
  },
  examples: {
    ok: [
      {
        text: 'À Grenoble, le 14 mars 2019, les agents des communes ont partagé leurs outils.',
        expect: [{ kind: 'other', city: 'Grenoble', start: '2019-03-14', end: null }],
      },
      {
        text: 'Le 2 avril, à Nancy, une trentaine d’élus échangeront sur la sobriété numérique.',
        expect: [{ kind: 'other', city: 'Nancy', start: '04-02', end: null }],
      },
    ],
    notOk: [
      { text: 'À Grenoble, les agents des communes ont partagé leurs outils en 2019.' },
      { text: 'À partir du 3 juin, la plateforme sera ouverte aux communes.' },
      { text: 'À Noël, le 25 décembre, les services municipaux seront fermés.' },
    ],
  },
};

function placedAndDated(layers: Layers, sentence: Span): { date: DateMention; city: Span } | null {
  const { text } = layers;
  const head = text.slice(sentence.start, sentence.end);
  const dates = layers.datesIn(sentence.start, sentence.end);
  const at = AT_PLACE.exec(head);
  if (at) {
    const start = sentence.start + at[0].length;
    const end = nameEnd(text, start, sentence.end);
    const date = dates.find((d) => d.start >= end);
    if (
      end > start &&
      date &&
      BEFORE_DATE.test(text.slice(end, date.start)) &&
      isCommune(text.slice(start, end))
    )
      return { date, city: { start, end } };
    return null;
  }
  const date = dates[0];
  if (!date || !DATE_FIRST.test(text.slice(sentence.start, date.start))) return null;
  const place = PLACE_AFTER_DATE.exec(text.slice(date.end, sentence.end));
  if (!place) return null;
  const start = date.end + place[0].length;
  const end = nameEnd(text, start, sentence.end);
  return end > start && /^\s*,/.test(text.slice(end)) && isCommune(text.slice(start, end))
    ? { date, city: { start, end } }
    : null;
}
