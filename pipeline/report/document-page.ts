import { h } from 'hastscript';
import type { Change } from '../check/schema.js';
import { toJson } from '../json.js';
import type { Resolution } from '../resolve/schema.js';
import type { PalmaresRecord } from '../schema.js';
import { count, type Parts, renderPage } from './page.js';
import { textView } from './text-view.js';
import { recordValues, type Value } from './values.js';

/** One document of the report: its record, its text (or why it is not shown) and what check found. */
export interface ReportDocument {
  /** `<editionYear|unknown>/<name>`, as check labels it. */
  label: string;
  /** The page's file name in `documents/`. */
  slug: string;
  record: PalmaresRecord;
  text: { text: string; pageStarts: number[] } | { missing: string };
  /** What `check` found different, when it ran. */
  changes?: Change[];
}

/** A value as a button of the record panel: pressing it marks its evidence in the text. */
function valueButton(v: Value | undefined, text?: string): Parts {
  if (!v) return [];
  const page = v.spans[0]?.page;
  return [
    h(
      `button.v.f-${v.field}${v.spans.length ? '' : '.no-evidence'}`,
      {
        type: 'button',
        id: v.id,
        dataPath: v.path,
        ariaPressed: 'false',
        title: v.spans.length ? `${v.path}: show its evidence` : `${v.path}: no evidence in the text`,
      },
      text ?? v.label,
    ),
    ...(page ? [' ', h('span.page', `p. ${page}`)] : []),
  ];
}

function resolutionText(r: Resolution | undefined): Parts {
  if (!r) return [h('span.resolution', 'not resolved (--no-resolve)')];
  const parts = [r.kind, r.code ?? 'no code', r.officialName, r.match === 'none' ? null : `(${r.match})`];
  const candidates = r.candidates?.length
    ? ` · homonyms: ${r.candidates.map((c) => `${c.code} ${c.officialName} (${c.departements.join(', ')})`).join('; ')}`
    : '';
  return [h('span.resolution', `${parts.filter(Boolean).join(' · ')}${candidates}`)];
}

const rule = (id: string) => h('span.rule', [' rule ', h('code', id)]);

function recordPanel(record: PalmaresRecord, values: Value[]): Parts {
  const at = new Map(values.map((v) => [v.path, v]));
  const v = (path: string, text?: string) => valueButton(at.get(path), text);
  const row = (term: string, ...definition: Parts) => [h('dt', term), h('dd', definition)];
  const figures = Object.entries(record.stats).filter(([, n]) => n !== null);

  return [
    h('h2', 'Record'),
    h('dl', [
      ...row('type', ...v('documentType')),
      ...row('edition year', ...(record.editionYear === null ? [h('span.muted', 'none')] : v('editionYear'))),
      ...(record.editionNumber === null ? [] : row('edition number', ...v('editionNumber'))),
      ...figures.flatMap(([key]) => row(key, ...v(`stats.${key}`))),
    ]),
    h('h3', `Events (${record.events.length})`),
    h(
      'ol',
      record.events.map((e, i) =>
        h('li', [
          ...v(`events[${i}]`),
          ' ',
          ...v(`events[${i}].start`),
          ' ',
          ...v(`events[${i}].city`),
          ...(e.venue ? [` ${e.venue}`] : []),
          ...(e.region ? [` (${e.region})`] : []),
          ...(e.city ? [h('br'), ...resolutionText(e.resolution)] : []),
          rule(e.rule),
        ]),
      ),
    ),
    h('h3', `Criteria (${record.criteria.length})`),
    h(
      'ol',
      record.criteria.map((c, i) => h('li', [...v(`criteria[${i}]`), rule(c.rule)])),
    ),
    h('h3', `Laureates (${record.laureates.length})`),
    h(
      'ol',
      record.laureates.map((l, i) => {
        const path = `laureates[${i}]`;
        return h('li.laureate', [
          ...v(path, `laureate ${i + 1}`),
          ' ',
          ...v(`${path}.tier`),
          ' ',
          ...v(`${path}.category`),
          h(
            'ul',
            l.awardees.map((a, j) =>
              h('li', [...v(`${path}.awardees[${j}]`), h('br'), ...resolutionText(a.resolution)]),
            ),
          ),
          ...(l.project === null ? [] : [h('div', ['project ', ...v(`${path}.project`)])]),
          h('div', [
            ...(l.year !== record.editionYear ? [`awarded in ${l.year ?? 'an unknown year'} · `] : []),
            rule(l.rule),
          ]),
        ]);
      }),
    ),
    h('h3', `Warnings (${record.warnings.length})`),
    h(
      'ul',
      record.warnings.map((_, i) => h('li', v(`warnings[${i}]`))),
    ),
    h('details', [h('summary', 'The record as JSON'), h('pre.json', toJson(record))]),
  ];
}

/** `documents/<slug>.html`: the text with every value marked, beside the record. */
export function documentPage(doc: ReportDocument): string {
  const { record } = doc;
  const values = recordValues(record);
  const source = record.source;
  const changed = doc.changes?.length ?? 0;
  const text =
    'missing' in doc.text
      ? [h('p.notice', doc.text.missing)]
      : [
          h('p#status', { ariaLive: 'polite' }),
          h('pre.text', { tabIndex: 0 }, textView(doc.text.text, values, doc.text.pageStarts)),
        ];
  return renderPage({
    title: doc.label,
    root: '../',
    current: 'document',
    body: [
      h('h1', source.path),
      h(
        'p.muted',
        [
          `record ${record.id} · ${source.format}`,
          source.encoding ? ` (${source.encoding})` : '',
          ` · ${count(source.bytes, 'byte')} · ${record.documentType}`,
          ` · ${count(record.laureates.length, 'laureate')}, ${count(record.events.length, 'event')}, `,
          `${count(record.criteria.length, 'criterion', 'criteria')}, ${count(record.warnings.length, 'warning')}`,
        ].join(''),
      ),
      ...(changed
        ? [
            h('p.notice', [
              `palmares check: ${count(changed, 'field')} of this record differ from what the pipeline makes now. `,
              h('a', { href: `../diff.html#${doc.slug}` }, 'See the differences'),
              '.',
            ]),
          ]
        : []),
      h('div.doc', [
        h('section.pane.text-pane', { ariaLabel: 'Document text' }, [h('h2', 'Text'), ...text]),
        h('section.pane.record', { ariaLabel: 'Record' }, recordPanel(record, values)),
      ]),
    ],
  });
}
