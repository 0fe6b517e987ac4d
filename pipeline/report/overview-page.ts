import type { ElementContent } from 'hast';

import { h } from 'hastscript';
import { formatCount, formatValue } from '../check/format.js';
import { hasDifferences } from '../check/run.js';
import type { CheckResult } from '../check/schema.js';
import type { Edition, EventFact } from '../dataset/edition-schema.js';
import { laureateChart } from './chart.js';
import type { ReportDocument } from './document-page.js';
import { count, type Parts, renderPage } from './page.js';

const when = (e: EventFact) => (e.end ? `${e.start} → ${e.end}` : (e.start ?? 'undated'));

const table = (head: string[], rows: Parts[], numeric: number[] = []) =>
  h('div.table-wrap', [
    h('table', [
      h('thead', [
        h(
          'tr',
          head.map((c, i) => h(numeric.includes(i) ? 'th.num' : 'th', { scope: 'col' }, c)),
        ),
      ]),
      h(
        'tbody',
        rows.map((cells) =>
          h(
            'tr',
            cells.map((c, i) => h(numeric.includes(i) ? 'td.num' : 'td', [c])),
          ),
        ),
      ),
    ]),
  ]);

const unresolved = (d: ReportDocument) =>
  d.record.laureates.flatMap((l) => l.awardees).filter((a) => !a.resolution?.code).length;

function checkStatus(check: CheckResult | null): ElementContent {
  if (!check) return h('p.muted', 'Written without a check (--no-check): no comparison with the pipeline.');
  if (!hasDifferences(check))
    return h(
      'p.ok',
      `palmares check: ${formatCount(check)}. The committed records are what the pipeline makes.`,
    );
  return h('p.notice', [
    `palmares check: ${formatCount(check)}. `,
    h('a', { href: 'diff.html' }, 'See the differences'),
    '.',
  ]);
}

/** `index.html`: the editions, a chart of laureates, the documents and what needs a look. */
export function overviewPage(
  editions: readonly Edition[],
  documents: readonly ReportDocument[],
  check: CheckResult | null,
): string {
  const link = (d: ReportDocument) => h('a', { href: `documents/${d.slug}.html` }, d.record.source.path);
  const toLook = documents.filter(
    (d) => d.record.warnings.length > 0 || unresolved(d) > 0 || 'missing' in d.text,
  );
  const conflicts = editions.flatMap((e) => e.conflicts.map((c) => ({ year: e.year, ...c })));
  const sourceOf = new Map(documents.map((d) => [d.record.id, d]));
  const sourceLinks = (ids: string[]) =>
    ids.flatMap((id, i) => {
      const d = sourceOf.get(id);
      return [i ? ', ' : '', d ? h('a', { href: `documents/${d.slug}.html` }, id) : id];
    });

  return renderPage({
    title: 'Overview',
    root: '',
    current: 'overview',
    body: [
      h('h1', 'Review of the extracted records'),
      h('p', `${count(documents.length, 'document')}, ${count(editions.length, 'edition')}.`),
      checkStatus(check),
      h('h2', 'Editions'),
      table(
        ['year', 'forum', 'documents', 'laureates', 'conflicts'],
        editions.map((e) => [
          String(e.year),
          e.forum ? `${e.forum.city ?? 'no city'}, ${when(e.forum)}` : '—',
          String(e.sources.length),
          String(e.laureates.length),
          String(e.conflicts.length),
        ]),
        [2, 3, 4],
      ),
      h('h2', 'Laureates per year and tier'),
      laureateChart(editions),
      h('h2', 'Documents to look at'),
      toLook.length
        ? h(
            'ul',
            toLook.map((d) =>
              h('li', [
                link(d),
                ': ',
                [
                  ...d.record.warnings.map((w) => w.code),
                  ...(unresolved(d) ? [`${count(unresolved(d), 'awardee')} without a gazetteer code`] : []),
                  ...('missing' in d.text ? ['text not shown'] : []),
                ].join(', '),
              ]),
            ),
          )
        : h('p.muted', 'None: no warning, every awardee resolved.'),
      h('h2', `Conflicts between documents (${conflicts.length})`),
      conflicts.length
        ? table(
            ['edition', 'field', 'values'],
            conflicts.map((c) => [
              String(c.year),
              h('code', c.field),
              h(
                'ul',
                c.values.map((v) => h('li', [formatValue(v.value), ' in ', ...sourceLinks(v.sources)])),
              ),
            ]),
          )
        : h('p.muted', 'None: the documents of each edition agree.'),
      h('h2', 'Documents'),
      table(
        ['document', 'type', 'edition', 'laureates', 'events', 'warnings', 'unresolved awardees'],
        documents.map((d) => [
          link(d),
          d.record.documentType,
          String(d.record.editionYear ?? '—'),
          String(d.record.laureates.length),
          String(d.record.events.length),
          d.record.warnings.map((w) => w.code).join(', ') || '0',
          String(unresolved(d)),
        ]),
        [3, 4, 6],
      ),
    ],
  });
}
