import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { detectFormat, parse } from '../../parsers/index.js';
import { buildEditions } from '../../pipeline/dataset/editions.js';
import { extract } from '../../pipeline/extract.js';
import { visualDiff } from '../../pipeline/report/diff-page.js';
import { documentPage, type ReportDocument } from '../../pipeline/report/document-page.js';
import { overviewPage } from '../../pipeline/report/overview-page.js';
import { CONTENT_SECURITY_POLICY, renderPage } from '../../pipeline/report/page.js';
import { textView } from '../../pipeline/report/text-view.js';
import { recordValues } from '../../pipeline/report/values.js';
import { repoRoot } from '../support/cases.js';
import { SEED, seedRecord } from '../support/seeds.js';
import { elements, liveMarkup, pageText, textOf, textOfClass } from './inert.js';

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'report', name);

async function reportDocument(path: string): Promise<ReportDocument> {
  const bytes = readFileSync(path);
  const record = await extract(bytes, { path, resolve: false });
  const doc = await parse(bytes, detectFormat(bytes, path));
  return {
    label: `${record.editionYear}/x`,
    slug: `${record.editionYear}-x`,
    record,
    text: { text: doc.text, pageStarts: doc.pages?.map((p) => p.start) ?? [] },
  };
}

describe('the values of a record', () => {
  const record = seedRecord(SEED.marseille2024Pdf);
  const values = recordValues(record);

  it('lists every laureate, awardee, event and criterion, with ids in record order', () => {
    expect(values.map((v) => v.id)).toEqual(values.map((_, i) => `v${i + 1}`));
    const of = (field: string) => values.filter((v) => v.field === field).length;
    expect(of('laureate')).toBe(record.laureates.length);
    expect(of('awardee')).toBe(record.laureates.reduce((n, l) => n + l.awardees.length, 0));
    expect(of('event')).toBe(record.events.length);
    expect(of('criterion')).toBe(record.criteria.length);
    expect(values.filter((v) => v.field === 'laureate').map((v) => v.rule)).toEqual(
      record.laureates.map((l) => l.rule),
    );
  });

  it('marks the text without changing it: the marks and the text between them are the text', async () => {
    const bytes = readFileSync(join(repoRoot, record.source.path));
    const doc = await parse(bytes, 'pdf');
    const nodes = textView(doc.text, values);
    expect(nodes.map(textOf).join('')).toBe(doc.text);
    const starts = doc.pages?.map((p) => p.start) ?? [];
    expect(starts.length).toBeGreaterThan(1);
    const paged = textView(doc.text, values, starts);
    const breaks = paged.filter(
      (n) => n.type === 'element' && n.properties.className?.toString() === 'page-break',
    );
    expect(breaks.map(textOf)).toEqual(starts.slice(1).map((_, i) => `page ${i + 2}`));
  });

  it('names every value a stretch is the evidence of, the narrowest first', () => {
    const laureate = values.find((v) => v.field === 'laureate');
    const awardee = values.find((v) => v.path === `${laureate?.path}.awardees[0]`);
    const span = awardee?.spans[0];
    if (!laureate || !awardee || !span) throw new Error('the seed should have a laureate with an awardee');
    const text = 'x'.repeat(span.end + 10);
    const marks = textView(text, [laureate, awardee]).filter((n) => n.type === 'element');
    const onAwardee = marks.find((m) => String(m.properties.dataV).split(' ')[0] === awardee.id);
    expect(String(onAwardee?.properties.dataV)).toBe(`${awardee.id} ${laureate.id}`);
    expect(onAwardee?.properties.className).toEqual(['m', 'f-awardee']);
  });
});

describe('the pages render a hostile release inert', () => {
  it('a document page shows the markup of the text and the record as text, and runs nothing', async () => {
    for (const name of ['hostile.txt', 'hostile-page.html']) {
      const doc = await reportDocument(fixture(`hostile/${name}`));
      const html = documentPage(doc);
      expect(liveMarkup(html), name).toEqual([]);
      if (!('text' in doc.text)) throw new Error('the text should be shown');
      expect(textOfClass(html, 'text'), name).toBe(doc.text.text);
      expect(doc.text.text).toContain('<script>window.__pwned');
      const json = elements(html).find(
        (e) => e.tagName === 'pre' && String(e.properties.className) === 'json',
      );
      expect(json && textOf(json)).toContain('onerror=\\"window.__pwned');
      expect(html).not.toMatch(/<(script|img|svg)[^>]*__pwned/);
    }
  });

  it('the overview and the side-by-side diff too', async () => {
    const doc = await reportDocument(fixture('hostile/hostile.txt'));
    for (const l of doc.record.laureates) l.category = 'Services';
    const other = structuredClone(doc.record);
    other.id = 'ffffffffffffffff';
    for (const l of other.laureates) l.category = `<img src=x onerror="window.__pwned = 'conflict'">`;
    const overview = overviewPage(buildEditions([doc.record, other]), [doc], null);
    expect(liveMarkup(overview)).toEqual([]);
    expect(pageText(overview)).toContain(`<img src=x onerror=\\"window.__pwned = 'conflict'\\">`);
    const renamed = structuredClone(doc.record);
    for (const l of renamed.laureates)
      l.project = `<img src=x onerror="window.__pwned = 'diff'">${l.project}`;
    const diff = toHtml(h('div', visualDiff(doc.record, renamed)));
    expect(liveMarkup(diff)).toEqual([]);
    expect(diff).toContain('jsondiffpatch-modified');
    expect(pageText(diff)).toContain(`<img src=x onerror=\\"window.__pwned = 'diff'\\">`);
  });

  it('every page forbids inline scripts and anything from elsewhere', () => {
    const html = renderPage({ title: '<b>x</b>', root: '', current: 'overview', body: [] });
    const csp = elements(html).find((e) => e.properties.httpEquiv?.toString() === 'Content-Security-Policy');
    expect(csp?.properties.content).toBe(CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toMatch(/default-src 'none'.*script-src 'self'/);
    expect(liveMarkup(html)).toEqual([]);
  });
});
