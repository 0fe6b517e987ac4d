import type { ElementContent } from 'hast';

import { fromHtml } from 'hast-util-from-html';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import { h } from 'hastscript';
import { create } from 'jsondiffpatch';
import { format } from 'jsondiffpatch/formatters/html';
import { keyedPair } from '../check/diff.js';
import { formatCount, formatValue } from '../check/format.js';
import type { CheckResult } from '../check/schema.js';
import type { PalmaresRecord } from '../schema.js';
import { count, type Parts, renderPage } from './page.js';

/** Records as check compares them; moves are not shown, as reordering is no change for check. */
const differ = create({ arrays: { detectMove: false } });

/** What jsondiffpatch's markup may keep: its elements and classes, nothing that runs or loads. */
const JSONDIFF_SCHEMA = {
  ...defaultSchema,
  tagNames: ['div', 'ul', 'li', 'pre', 'span'],
  attributes: { '*': ['className', 'dataKey'] },
  clobber: [],
  strip: ['script', 'style'],
};

/**
 * jsondiffpatch's HTML formatter on the keyed records (committed left, received right), parsed and
 * sanitised into hast: its markup escapes the values already, and the sanitiser guarantees that
 * nothing else than its plain elements reaches the page.
 */
export function visualDiff(committed: PalmaresRecord | null, received: PalmaresRecord): Parts {
  const delta = differ.diff(...keyedPair(committed, received));
  if (!delta) return [h('p.muted', 'No difference in the values.')];
  const tree = sanitize(fromHtml(format(delta) ?? '', { fragment: true }), JSONDIFF_SCHEMA);
  return [h('div.jsondiff', tree.type === 'root' ? (tree.children as ElementContent[]) : [])];
}

/** The records check compared, by the paths its result names them with. */
export interface DiffRecords {
  /** Committed records by their path in outDir. */
  committed: ReadonlyMap<string, PalmaresRecord>;
  /** Received records by the path check wrote them to. */
  received: ReadonlyMap<string, PalmaresRecord>;
}

/** `diff.html`: what check found, per field (committed → received) and side by side. */
export function diffPage(
  check: CheckResult | null,
  records: DiffRecords,
  slugOf: (committedPath: string) => string | undefined,
): string {
  const body: Parts = [h('h1', 'Differences')];
  if (!check) {
    body.push(
      h('p.muted', 'This report was written without a check (--no-check); run `palmares report` to compare.'),
    );
    return renderPage({
      title: 'Differences',
      root: '',
      current: 'differences',
      body,
      styles: ['jsondiffpatch.css'],
    });
  }
  body.push(
    h('p', [
      `palmares check: ${formatCount(check)}. Committed is what output/ holds; received is what the pipeline makes now. `,
      'Accept with `palmares check --update` and commit output/ with the change.',
    ]),
  );
  const changed = check.documents.filter((d) => d.changes.length > 0);
  if (!changed.length && !check.new.length && !check.stale.length && !check.failed.length)
    body.push(h('p.ok', 'The committed records are exactly what the pipeline makes.'));

  for (const d of changed) {
    const slug = slugOf(d.committed);
    const before = records.committed.get(d.committed) ?? null;
    const after = records.received.get(d.received);
    body.push(
      h('section.document-diff', { id: slug ?? d.label }, [
        h('h2', [slug ? h('a', { href: `documents/${slug}.html` }, d.label) : d.label]),
        h('p.muted', `${d.source} · ${count(d.changes.length, 'field')} changed`),
        h('div.table-wrap', [
          h('table.changes', [
            h('thead', [
              h(
                'tr',
                ['field', 'committed', 'received'].map((c) => h('th', { scope: 'col' }, c)),
              ),
            ]),
            h(
              'tbody',
              d.changes.map((c) =>
                h('tr', [
                  h('td', [h('code', c.path)]),
                  h('td', c.kind === 'added' ? '(none)' : formatValue(c.before)),
                  h('td', c.kind === 'removed' ? '(none)' : formatValue(c.after)),
                ]),
              ),
            ),
          ]),
        ]),
        ...(after
          ? [h('details', { open: true }, [h('summary', 'Side by side'), ...visualDiff(before, after)])]
          : []),
      ]),
    );
  }
  for (const n of check.new) {
    const after = records.received.get(n.received);
    body.push(
      h('section.document-diff', { id: n.label }, [
        h('h2', `${n.label}: new document`),
        h('p', `${n.source} has no committed record (${n.committed}).`),
        ...(after
          ? [h('details', [h('summary', 'What the pipeline makes of it'), ...visualDiff(null, after)])]
          : []),
      ]),
    );
  }
  if (check.stale.length)
    body.push(
      h('h2', 'Stale records'),
      h(
        'ul',
        check.stale.map((s) => h('li', `${s.committed}: its source ${s.source} is gone`)),
      ),
    );
  if (check.failed.length)
    body.push(
      h('h2', 'Could not be read'),
      h(
        'ul',
        check.failed.map((f) => h('li', `${f.path}: ${f.error}`)),
      ),
    );
  return renderPage({
    title: 'Differences',
    root: '',
    current: 'differences',
    body,
    styles: ['jsondiffpatch.css'],
  });
}
