import type { Span } from '../../../parsers/doc.js';
import { type ListItem, listItem } from '../../grammar/lists.js';
import type { Layers } from '../../layers/index.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { itemLaureate } from './build.js';
import { proseSentences } from './prose-sentences.js';
import { statedYear } from './subject-award.js';
import { titleIn } from './titles.js';

const ID = 'laureate/award-in-apposition';

/** "déjà", "lauréate du", "titulaire du": what may stand before an award set beside a body. */
const BESIDE =
  /^(?:deja\s+|elle-meme\s+|lui-meme\s+)?(?:(?:laureate?|titulaire|detentrice|detenteur)s?\s+(?:du|de la|des)\s+)?/u;
/** Where the apposition ends: its closing comma. */
const CLOSE = /,\s/u;

/**
 * An award set beside a body, before or after it: "Muttersholtz, déjà Territoria d'argent en 2016,
 * confirme …", "Lauréate du label or en 2023 pour sa plateforme « Rénov'Niortais », la Communauté
 * d'agglomération du Niortais en témoigne". The award must name a tier or a level; its year, when given,
 * is the award's.
 */
export const awardInApposition: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary:
    'a body with its award in apposition: "X, déjà Territoria d\'argent en 2016, …" or "Lauréate du label or en 2023, X …"',
  apply(layers) {
    const out: LaureateCandidate[] = [];
    for (const { span, category } of proseSentences(layers)) {
      for (const found of [after(layers, span), before(layers, span)]) {
        if (!found) continue;
        const award = layers.awardIn(found.apposition);
        if (!award) continue;
        const context = {
          tier: award,
          category,
          project: titleIn(layers, found.apposition),
          statedYear: statedYear(layers.folded.slice(found.apposition.start, found.apposition.end)),
        };
        out.push({ ...itemLaureate(layers.text, ID, found.item, context), read: found.apposition });
      }
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: "Muttersholtz, déjà Territoria d'argent en 2016, confirme ainsi son statut de village pionnier.",
        expect: [{ tier: 'silver', category: null, awardees: ['Muttersholtz'], project: null }],
      },
      {
        text: "Lauréate du label or en 2023 pour sa plateforme « Rénov'Niortais », la Communauté d'agglomération du Niortais en témoigne.",
        expect: [
          {
            tier: 'gold',
            category: null,
            awardees: ["Communauté d'agglomération du Niortais"],
            project: "Rénov'Niortais",
          },
        ],
      },
    ],
    notOk: [{ text: 'Muttersholtz, village de 2 000 habitants, confirme ainsi son statut de pionnier.' }],
  },
};

/** "X, déjà <award> …,": the body that opens the sentence, and its apposition. */
function after(layers: Layers, sentence: Span): { item: ListItem; apposition: Span } | null {
  const { text } = layers;
  const comma = text.indexOf(', ', sentence.start);
  if (comma < 0 || comma >= sentence.end) return null;
  const item = listItem(text, { start: sentence.start, end: comma });
  if (!item) return null;
  const from = comma + 2;
  const lead = BESIDE.exec(layers.folded.slice(from, sentence.end))?.[0].length ?? 0;
  const award = layers.awardsIn({ start: from, end: sentence.end })[0];
  if (!award || award.span.start !== from + lead) return null;
  const close = CLOSE.exec(text.slice(award.span.end, sentence.end));
  if (!close) return null;
  return { item, apposition: { start: from, end: award.span.end + close.index } };
}

/** "Lauréate du <award> …, X …": the apposition that opens the sentence, and the body after it. */
function before(layers: Layers, sentence: Span): { item: ListItem; apposition: Span } | null {
  const { text } = layers;
  const folded = layers.folded.slice(sentence.start, sentence.end);
  const lead = /^(?:laureate?|titulaire)s?\s+(?:du|de la|des)\s+/u.exec(folded);
  if (!lead) return null;
  // The apposition closes at the last comma before the body; a quoted title may hold commas.
  for (const m of text.slice(sentence.start, sentence.end).matchAll(/,\s+/gu)) {
    const at = sentence.start + m.index + m[0].length;
    const rest = text.slice(at, sentence.end);
    const name =
      /^(?:(?:la|le|l['’])\s*)?[\p{Lu}][^,;:]*?(?=\s+(?:en\s|a\s|ont\s|est\s|sont\s|se\s|s['’]|témoigne|confirme|poursuit|présente|explique))/u.exec(
        rest,
      );
    if (!name) continue;
    const item = listItem(text, { start: at, end: at + name[0].length });
    if (item) return { item, apposition: { start: sentence.start, end: sentence.start + m.index } };
  }
  return null;
}
