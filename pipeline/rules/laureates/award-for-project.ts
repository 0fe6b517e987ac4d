import type { Span } from '../../../parsers/doc.js';
import { type ListItem, placeList } from '../../grammar/lists.js';
import type { Layers } from '../../layers/index.js';
import { COUNTED_AWARDS, GIVE_CUES } from '../../lexicon/awards.js';
import { clean, tighten } from '../../text.js';
import type { LaureateCandidate, LaureateRule } from '../types.js';
import { itemLaureate } from './build.js';

const ID = 'laureate/award-for-project';

/** "Label d'or pour le projet d'accès aux droits": an award, "pour", then what it rewards. */
const HEADING =
  /^(?<award>.{3,40}?)\s+pour\s+(?:(?:le|son|leur)\s+projet\s+(?:de\s+|d['’]|du\s+)?|(?:le|la|les|son|sa|leur)\s+|l['’])?/u;
/** Who carried the project, at the start of the paragraph under it: "Mené par A et B, …". */
const CARRIED_BY =
  /^(?:men[ée]e?s?|port[ée]e?s?|conduite?s?|pilot[ée]e?s?|r[ée]alis[ée]e?s?|initi[ée]e?s?)\s+par\s+/iu;
const MAX_HEADING = 120;

/**
 * A short block that names an award and the project it rewards, "Label d'or pour la bibliothèque
 * numérique patrimoniale Yroise", with the paragraph under it telling who carried the project ("Mené par
 * Brest métropole et le conseil départemental du Finistère, …"). When no paragraph says, the awards are
 * matched in order with the bodies a summary gave them to ("deux labels d'or sont revenus à Brest
 * métropole et à la ville de Brest"), leaving out bodies already named.
 */
export const awardForProject: LaureateRule = {
  id: ID,
  field: 'laureates',
  summary: 'a heading "Award pour <project>", its bodies in the paragraph under it or in a summary',
  apply(layers) {
    const headings = awardHeadings(layers);
    if (!headings.length) return [];
    const summary = summaryRecipients(layers);
    const used = new Set(
      headings.flatMap((h) => h.carriers.map((c) => clean(layers.text.slice(c.name.start, c.name.end)))),
    );
    const left = summary.filter((s) => !used.has(clean(layers.text.slice(s.name.start, s.name.end))));
    const out: LaureateCandidate[] = [];
    for (const h of headings) {
      const carriers = h.carriers.length ? h.carriers : left.splice(0, 1);
      if (!carriers.length) continue;
      const [first, ...others] = carriers.map((c) =>
        itemLaureate(layers.text, ID, c, { tier: h.tier, project: h.project }),
      );
      if (!first) continue;
      // One laureate for the project, whoever carried it together.
      first.awardees.push(...others.flatMap((o) => o.awardees));
      first.span = {
        start: Math.min(first.span.start, ...others.map((o) => o.span.start)),
        end: Math.max(first.span.end, ...others.map((o) => o.span.end)),
      };
      out.push(first);
    }
    return out;
  },
  examples: {
    ok: [
      {
        text: `
          Deux labels d'or sont revenus à Lorient Agglomération et à la ville de Lorient.

          Label d'or pour le projet de médiation numérique

          Mené par Lorient Agglomération et le conseil départemental du Morbihan, ce projet associe les habitants.

          Label d'or pour la plateforme
          citoyenne Lorient en commun

          Ouverte en 2021, elle compte déjà dix mille inscrits.
        `,
        expect: [
          {
            tier: 'gold',
            category: null,
            awardees: ['Lorient Agglomération', 'conseil départemental du Morbihan'],
            project: 'médiation numérique',
          },
          {
            tier: 'gold',
            category: null,
            awardees: ['ville de Lorient'],
            project: 'plateforme citoyenne Lorient en commun',
          },
        ],
      },
    ],
    notOk: [{ text: "Label d'or pour tous : la ville veut candidater l'an prochain." }],
  },
};

interface AwardHeading {
  tier: { tier: LaureateCandidate['tier']; label: Span };
  project: Span;
  carriers: ListItem[];
}

function awardHeadings(layers: Layers): AwardHeading[] {
  const { text, blocks } = layers;
  const out: AwardHeading[] = [];
  blocks.forEach((block, i) => {
    if (layers.sections.blocks[i]?.role) return;
    const span = tighten(text, block.start, block.end);
    const line = text.slice(span.start, span.end);
    // The heading's own word first: most blocks lack it, and the pattern would try every length of award.
    if (line.length > MAX_HEADING || !line.includes('pour') || /[.!?:;]/u.test(line)) return;
    const m = HEADING.exec(line);
    const tier =
      m?.groups?.award &&
      layers
        .awardsIn({ start: span.start, end: span.start + m.groups.award.length })
        .find((a) => a.kind === 'metal');
    if (!m || !tier || tier.span.start !== span.start) return;
    // A heading wrapped onto the next line: "… pour la bibliothèque" / "numérique patrimoniale Yroise".
    let end = span.end;
    let next = i + 1;
    const wrapped = blocks[next] && tighten(text, (blocks[next] as Span).start, (blocks[next] as Span).end);
    if (
      wrapped &&
      /^(?:\p{Ll}|et\s)/u.test(text.slice(wrapped.start, wrapped.end)) &&
      !/[.!?:]/u.test(text.slice(wrapped.start, wrapped.end))
    ) {
      end = wrapped.end;
      next++;
    }
    const project = tighten(text, span.start + m[0].length, end);
    if (project.end <= project.start) return;
    out.push({ tier: { tier: tier.tier, label: tier.span }, project, carriers: carriersIn(layers, next) });
  });
  return out;
}

/** "Mené par A et B, ce projet …": the bodies that open the paragraph after a heading. */
function carriersIn(layers: Layers, block: number): ListItem[] {
  const b = layers.blocks[block];
  if (!b) return [];
  const start = tighten(layers.text, b.start, b.end).start;
  const m = CARRIED_BY.exec(layers.text.slice(start, b.end));
  if (!m) return [];
  const from = start + m[0].length;
  const comma = layers.text.indexOf(',', from);
  const end = comma > 0 && comma < b.end ? comma : b.end;
  return placeList(layers.text, { start: from, end }) ?? [];
}

/** The bodies a sentence that sums up several awards gives them to, in order. */
function summaryRecipients(layers: Layers): ListItem[] {
  for (let i = 0; i < layers.blocks.length; i++) {
    for (const sentence of layers.sentencesOf(i)) {
      const folded = layers.folded.slice(sentence.start, sentence.end);
      const give = GIVE_CUES.exec(folded);
      if (!give || !COUNTED_AWARDS.test(folded.slice(0, give.index))) continue;
      const from = sentence.start + give.index + give[0].length;
      const items = placeList(layers.text, { start: from, end: sentence.end });
      if (items) return items;
    }
  }
  return [];
}
