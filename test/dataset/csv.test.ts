import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { laureatesCsv } from '../../pipeline/dataset/csv.js';
import { LAUREATE_COLUMNS, laureateColumnsMarkdown } from '../../pipeline/dataset/laureate-columns.js';
import type { PalmaresRecord } from '../../pipeline/schema.js';
import { committed, committedRecords, orderings, variant } from './records.js';

const HEADER = LAUREATE_COLUMNS.map((c) => c.name);

/** What each record says of its laureates, as the CSV should spell it. */
function expectedRows(records: PalmaresRecord[]): Array<Record<string, string>> {
  return records.flatMap((r) =>
    r.laureates.map((l, i) => ({
      laureate_id: `${r.id}-${i + 1}`,
      edition_year: String(r.editionYear ?? ''),
      award_year: String(l.year ?? ''),
      tier: l.tier ?? '',
      tier_label: l.tierLabel ?? '',
      category: l.category ?? '',
      awardees: l.awardees.map((a) => a.name).join(' ; '),
      awardee_kinds: l.awardees.map((a) => a.resolution?.kind ?? 'unknown').join(' ; '),
      awardee_codes: l.awardees.map((a) => a.resolution?.code ?? '').join(' ; '),
      project: l.project ?? '',
      source_id: r.id,
      source_path: r.source.path,
      evidence_start: String(l.span.start),
      evidence_end: String(l.span.end),
    })),
  );
}

const byId = (a: Record<string, string>, b: Record<string, string>) =>
  (a.laureate_id ?? '') < (b.laureate_id ?? '') ? -1 : 1;

function parsed(csv: string): Array<Record<string, string>> {
  return parse(csv, { columns: true, bom: false });
}

describe('laureates.csv', () => {
  const records = committedRecords();
  const csv = laureatesCsv(records);

  it('has the documented header and one row per laureate of each record, parsed back unchanged', () => {
    expect(csv.split('\r\n')[0]).toBe(HEADER.join(','));
    const rows = parsed(csv);
    expect(rows).toHaveLength(records.reduce((n, r) => n + r.laureates.length, 0));
    expect([...rows].sort(byId)).toEqual(expectedRows(records).sort(byId));
  });

  it('sorts rows by award year, so the 2018 laureate of a 2019 document comes before 2019', () => {
    const years = parsed(csv).map((r) => Number(r.award_year));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(parsed(csv).find((r) => r.award_year === '2018')).toMatchObject({
      edition_year: '2019',
      awardees: 'Ville de Brignais',
      project: 'festival "Un trait amateur"',
      tier: '',
    });
  });

  it('is the same bytes whatever order the records arrive in', () => {
    for (const order of orderings(records)) expect(laureatesCsv(order)).toBe(csv);
  });

  it('quotes commas, double quotes and line breaks (RFC 4180) and reads « » back as they were', () => {
    const tricky = variant(committed('2024/forum-marseille-laureats.txt'), 'dddddddddddddddd', (r) => {
      const [first, second] = r.laureates;
      if (!first || !second) throw new Error('fixture changed');
      first.project = 'Ville, « centre » "numérique"\nsur deux lignes';
      first.awardees = [
        { ...(first.awardees[0] as (typeof first.awardees)[0]), name: 'Métropole « Nice, Côte d’Azur »' },
      ];
      second.category = 'A\r\nB';
    });
    const text = laureatesCsv([tricky]);
    expect(text).toContain('"Ville, « centre » ""numérique""\nsur deux lignes"');
    expect(text).toContain('"Métropole « Nice, Côte d’Azur »"');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parsed(text)).toEqual(expectedRows([tricky]));
  });

  it('is the header alone when there is no laureate', () => {
    expect(laureatesCsv([])).toBe(`${HEADER.join(',')}\r\n`);
  });

  it('documents every column as a Markdown table for the README', () => {
    const table = laureateColumnsMarkdown().split('\n');
    expect(table.slice(2, -1).map((line) => line.split('`')[1])).toEqual(HEADER);
  });
});
