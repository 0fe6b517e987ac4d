import type { Element } from 'hast';
import { h, s } from 'hastscript';
import type { Edition } from '../dataset/edition-schema.js';

const TIERS = ['gold', 'silver', 'bronze', 'other'] as const;
type Band = (typeof TIERS)[number];

const LABELS: Record<Band, string> = {
  gold: 'gold',
  silver: 'silver',
  bronze: 'bronze',
  other: 'other prize or disputed tier',
};

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 12, bottom: 32, left: 36 };

/**
 * Laureates per edition year and tier as stacked bars, an inline SVG drawn here: a handful of
 * rectangles, which no charting library would make simpler. Every bar has a `<title>` with its
 * figures, and the legend and the table beside it say the same in words.
 */
export function laureateChart(editions: readonly Edition[]): Element {
  const years = editions.map((e) => {
    const bands = Object.fromEntries(TIERS.map((t) => [t, 0])) as Record<Band, number>;
    for (const l of e.laureates) bands[l.tier ?? 'other'] += 1;
    return { year: e.year, bands, total: e.laureates.length };
  });
  const max = Math.max(1, ...years.map((y) => y.total));
  const plotW = WIDTH - MARGIN.left - MARGIN.right;
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = plotW / Math.max(1, years.length);
  const barW = Math.min(48, slot * 0.7);
  const y = (n: number) => MARGIN.top + plotH - (n / max) * plotH;
  const ticks = [0, Math.round(max / 2), max].filter((t, i, all) => all.indexOf(t) === i);
  const round = (n: number) => Math.round(n * 10) / 10;

  const bars = years.flatMap((entry, i) => {
    const x = round(MARGIN.left + i * slot + (slot - barW) / 2);
    let base = 0;
    const rects = TIERS.filter((t) => entry.bands[t] > 0).map((t) => {
      const n = entry.bands[t];
      const rect = s(
        'rect',
        {
          class: `tier-${t}`,
          x,
          y: round(y(base + n)),
          width: round(barW),
          height: round(y(base) - y(base + n)),
        },
        [s('title', `${entry.year}: ${n} ${LABELS[t]}`)],
      );
      base += n;
      return rect;
    });
    const centre = round(x + barW / 2);
    return [
      ...rects,
      s(
        'text',
        { x: centre, y: HEIGHT - MARGIN.bottom + 16, 'text-anchor': 'middle', 'font-size': 12 },
        String(entry.year),
      ),
      s(
        'text',
        { x: centre, y: round(y(entry.total) - 4), 'text-anchor': 'middle', 'font-size': 11 },
        String(entry.total),
      ),
    ];
  });

  return h('figure.chart', [
    s(
      'svg',
      {
        viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
        role: 'img',
        'aria-labelledby': 'chart-title',
        xmlns: 'http://www.w3.org/2000/svg',
      },
      [
        s('title', { id: 'chart-title' }, 'Laureates per edition year and tier'),
        ...ticks.flatMap((t) => [
          s('line', {
            x1: MARGIN.left,
            x2: WIDTH - MARGIN.right,
            y1: round(y(t)),
            y2: round(y(t)),
            stroke: '#d5dae1',
          }),
          s(
            'text',
            { x: MARGIN.left - 6, y: round(y(t) + 4), 'text-anchor': 'end', 'font-size': 11 },
            String(t),
          ),
        ]),
        ...bars,
      ],
    ),
    h('figcaption', [
      h(
        'ul.legend',
        TIERS.map((t) => h('li', [h(`span.swatch.tier-${t}`, { ariaHidden: 'true' }), LABELS[t]])),
      ),
    ]),
  ]);
}
