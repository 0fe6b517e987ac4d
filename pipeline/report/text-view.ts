import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Value } from './values.js';

/** Values in record order: `v<n>` by n. */
const order = (v: Value) => Number(v.id.slice(1));

/**
 * The document text as hast: every stretch that is the evidence of one or more values is a mark that
 * names them all (`data-v`, the narrowest first) and takes the colour of the narrowest, so an awardee
 * shows inside its laureate. A page break is shown where each page of a PDF starts. The text is only
 * ever a text node: hast-util-to-html escapes it, so nothing in a release can become markup.
 */
export function textView(
  text: string,
  values: readonly Value[],
  pageStarts: readonly number[] = [],
): ElementContent[] {
  const spans = values.flatMap((v) =>
    v.spans
      .map((s) => ({ value: v, start: Math.max(0, s.start), end: Math.min(text.length, s.end) }))
      .filter((s) => s.start < s.end),
  );
  const cuts = new Set([0, text.length, ...pageStarts.filter((p) => p > 0 && p < text.length)]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pages = new Map(pageStarts.map((start, i) => [start, i + 1]));

  const out: ElementContent[] = [];
  for (const [i, start] of points.slice(0, -1).entries()) {
    const end = points[i + 1] as number;
    const page = pages.get(start);
    if (page !== undefined && page > 1)
      out.push(h('span.page-break', { ariaHidden: 'true' }, `page ${page}`));
    const covering = spans
      .filter((s) => s.start <= start && end <= s.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || order(a.value) - order(b.value));
    const piece = text.slice(start, end);
    const narrowest = covering[0];
    if (!narrowest) {
      out.push({ type: 'text', value: piece });
      continue;
    }
    out.push(
      h(
        `span.m.f-${narrowest.value.field}`,
        { dataV: [...new Set(covering.map((s) => s.value.id))].join(' '), title: narrowest.value.path },
        piece,
      ),
    );
  }
  return out;
}
