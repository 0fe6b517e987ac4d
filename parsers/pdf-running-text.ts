import type { Diagnostic } from './doc.js';

/** Lines looked at, at each end of a page, for a running header or footer. */
const EDGE_LINES = 2;
/** Share of the pages a line must recur on, at the same height, to be running text. */
const MIN_SHARE = 0.5;

interface PageLines<L> {
  lines: L[];
}

/**
 * Drops the running headers and footers of an office-suite PDF: a line among the first or last two of
 * its page that recurs, at the same height (within a point) and with the same words, on at least half
 * of the pages and two of them; page numbers may differ ("Page 2 sur 5"). A one-page document keeps
 * everything: nothing tells a header from a title there. Returns a diagnostic per dropped line.
 */
export function dropRunningText<L extends { text: string; y: number }>(pages: PageLines<L>[]): Diagnostic[] {
  if (pages.length < 2) return [];
  const key = (l: L) => `${Math.round(l.y)}|${l.text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}`;
  const edges = pages.map((page) => {
    const byY = [...page.lines].sort((a, b) => a.y - b.y);
    return new Set([...byY.slice(0, EDGE_LINES), ...byY.slice(-EDGE_LINES)]);
  });
  const counts = new Map<string, number>();
  for (const edge of edges) {
    for (const k of new Set([...edge].map(key))) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * MIN_SHARE));
  // Within a point: keys are rounded, so a neighbour height counts as the same place.
  const recurs = (l: L) => {
    const [y, words] = key(l).split(/\|(.*)/s) as [string, string];
    const at = (dy: number) => counts.get(`${Number(y) + dy}|${words}`) ?? 0;
    return /\p{L}|\d/u.test(words) && at(0) + Math.max(at(-1), at(1)) >= needed;
  };
  const dropped = new Map<string, { text: string; pages: number }>();
  pages.forEach((page, i) => {
    page.lines = page.lines.filter((l) => {
      if (!edges[i]?.has(l) || !recurs(l)) return true;
      const words = key(l).replace(/^[^|]*\|/, '');
      const seen = dropped.get(words) ?? { text: l.text, pages: 0 };
      seen.pages++;
      dropped.set(words, seen);
      return false;
    });
  });
  return [...dropped.values()].map(({ text, pages: n }) => ({
    code: 'pdf-running-text',
    message: `dropped a running header or footer repeated on ${n} pages: "${text}"`,
  }));
}
