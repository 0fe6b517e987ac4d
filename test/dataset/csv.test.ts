import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { neutralise, toCsv } from '../../pipeline/dataset/csv.js';
import { buildEditions, editionsAndLaureates } from '../../pipeline/dataset/editions.js';
import { columnsMarkdown, type Table } from '../../pipeline/dataset/table.js';
import {
  AWARDEES,
  awardeeRows,
  LAUREATES,
  laureateRows,
  MENTIONS,
  mentionRows,
} from '../../pipeline/dataset/tables.js';
import { datasetFiles } from '../../pipeline/dataset/write.js';
import type { PalmaresRecord } from '../../pipeline/schema.js';
import { repoRoot } from '../support/cases.js';
import { committedRecords, orderings, SEED, seedRecord, variant } from './records.js';

type Row = Record<string, string>;

/** Parsed as a spreadsheet or a CSV library would, told the dialect: BOM skipped, ";" between fields. */
function parsed(csv: string): Row[] {
  return parse(csv, { columns: true, bom: true, delimiter: ';' });
}

function files(records: PalmaresRecord[]): { laureates: Row[]; awardees: Row[]; mentions: Row[] } {
  const all = Object.fromEntries(datasetFiles(records));
  return {
    laureates: parsed(all[LAUREATES.file] as string),
    awardees: parsed(all[AWARDEES.file] as string),
    mentions: parsed(all[MENTIONS.file] as string),
  };
}

describe('the CSV files', () => {
  const records = committedRecords();
  const { laureates, awardees, mentions } = files(records);
  const editions = buildEditions(records);

  it('laureates.csv: one row per laureate of an edition, however many documents state it', () => {
    const facts = editions.flatMap((e) => e.laureates.map((l) => ({ year: e.year, ...l })));
    expect(laureates.map((r) => r.laureate_id)).toEqual(facts.map((l) => l.id));
    expect(laureates).toEqual(
      facts.map((l) => ({
        laureate_id: l.id,
        edition_year: String(l.year),
        tier: l.tier ?? '',
        tier_label: l.tierLabel ?? '',
        category: l.category ?? '',
        awardees: l.awardees.join(' ; '),
        project: l.project ?? '',
        conflicts: '',
        source_ids: l.sources.join(' ; '),
      })),
    );
    // The seeds state most laureates twice (text and web page, text and PDF): fewer rows than mentions.
    expect(laureates.length).toBeLessThan(mentions.length);
  });

  it('mentions.csv: one row per laureate of each dated record, with its words and its rule', () => {
    const dated = records.filter((r) => r.editionYear !== null);
    expect(mentions).toHaveLength(dated.reduce((n, r) => n + r.laureates.length, 0));
    const byRecord = new Map(records.map((r) => [r.id, r]));
    for (const m of mentions) {
      const laureate = byRecord.get(m.source_id as string)?.laureates[Number(m.position) - 1];
      expect(laureate, `${m.source_id} #${m.position}`).toBeDefined();
      expect([m.evidence_start, m.evidence_end, m.rule, m.tier]).toEqual([
        String(laureate?.span.start),
        String(laureate?.span.end),
        laureate?.rule,
        laureate?.tier ?? '',
      ]);
    }
    const pdf = mentions.filter((m) => m.source_id === SEED.marseille2024Pdf);
    expect(pdf.length).toBeGreaterThan(0);
    expect(pdf.every((m) => Number(m.evidence_page) >= 1)).toBe(true);
    expect(new Set(mentions.map((m) => m.laureate_id))).toEqual(new Set(laureates.map((l) => l.laureate_id)));
  });

  it('awardees.csv: one row per awardee of each laureate, with its gazetteer code', () => {
    expect(awardees).toHaveLength(
      editions.reduce((n, e) => n + e.laureates.reduce((m, l) => m + l.awardees.length, 0), 0),
    );
    const marseille = seedRecord(SEED.marseille2024Text).laureates.flatMap((l) => l.awardees);
    const coded = marseille.find((a) => a.resolution?.code);
    expect(awardees.find((a) => a.name === coded?.name)).toMatchObject({
      kind: coded?.resolution?.kind,
      code: coded?.resolution?.code,
      official_name: coded?.resolution?.officialName,
      match: coded?.resolution?.match,
    });
  });

  it('puts the 2018 laureate the 2019 call recalls in the 2018 edition, before 2019', () => {
    const years = laureates.map((r) => Number(r.edition_year));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(laureates.find((r) => r.source_ids === SEED.call2019)).toMatchObject({
      edition_year: '2018',
      awardees: 'Ville de Brignais',
      project: 'festival "Un trait amateur"',
      tier: '',
    });
  });

  it('names the columns in conflict and leaves them empty, mentions.csv keeping what each source says', () => {
    const base = seedRecord(SEED.marseille2024Text);
    const silver = variant(base, 'bbbbbbbbbbbbbbbb', (r) => {
      const first = r.laureates[0];
      if (first) first.tier = 'silver';
    });
    const tables = files([variant(base, 'aaaaaaaaaaaaaaaa'), silver]);
    const disputed = tables.laureates.filter((l) => l.conflicts !== '') ?? [];
    expect(disputed.map((l) => [l.tier, l.conflicts])).toEqual([['', 'tier']]);
    const said = tables.mentions.filter((m) => m.laureate_id === disputed[0]?.laureate_id);
    expect(said?.map((m) => [m.source_id, m.tier])).toEqual([
      ['aaaaaaaaaaaaaaaa', base.laureates[0]?.tier],
      ['bbbbbbbbbbbbbbbb', 'silver'],
    ]);
  });

  it('is the same bytes whatever order the records arrive in', () => {
    const expected = datasetFiles(records);
    for (const order of orderings(records)) expect(datasetFiles(order)).toEqual(expected);
  });

  it('neutralises cells a spreadsheet would run as formulas, and keeps the NDJSON as written', () => {
    const hostile = variant(seedRecord(SEED.marseille2024Text), 'dddddddddddddddd', (r) => {
      const [first, second] = r.laureates;
      if (!first?.awardees[0] || !second) throw new Error('the seed should have two laureates');
      first.awardees[0].name = '=HYPERLINK("https://example.invalid","clic")';
      first.project = '+33 1 23 45 67 89';
      second.category = '@SUM(A1:A9)';
      second.project = '-20 % de papier';
    });
    const all = Object.fromEntries(datasetFiles([hostile]));
    const rows = parsed(all[LAUREATES.file] as string);
    const cells = rows.flatMap((r) => [r.awardees, r.project, r.category]);
    expect(cells).toEqual(
      expect.arrayContaining([
        `'=HYPERLINK("https://example.invalid","clic")`,
        "'+33 1 23 45 67 89",
        "'@SUM(A1:A9)",
        "'-20 % de papier",
      ]),
    );
    expect(cells.filter((c) => /^[=+\-@]/.test(c ?? ''))).toEqual([]);
    expect(parsed(all[AWARDEES.file] as string).map((a) => a.name)).toContain(
      `'=HYPERLINK("https://example.invalid","clic")`,
    );
    expect(all['laureates.ndjson']).toContain('"=HYPERLINK(\\"https://example.invalid\\",\\"clic\\")"');
    expect(neutralise('\tx')).toBe("'\tx");
    expect(neutralise('Ville de Pau')).toBe('Ville de Pau');
  });

  it('quotes separators, double quotes and line breaks, and reads « » back as they were', () => {
    const tricky = variant(seedRecord(SEED.marseille2024Text), 'dddddddddddddddd', (r) => {
      const [first, second] = r.laureates;
      if (!first?.awardees[0] || !second) throw new Error('the seed should have two laureates');
      first.project = 'Ville; « centre » "numérique"\nsur deux lignes';
      first.awardees[0].name = 'Métropole « Nice; Côte d’Azur »';
      second.category = 'A\r\nB';
    });
    const text = toCsv(LAUREATES, laureateRows(editionsAndLaureates([tricky]).laureates));
    expect(text).toContain('"Ville; « centre » ""numérique""\nsur deux lignes"');
    expect(text).toContain('"Métropole « Nice; Côte d’Azur »"');
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parsed(text);
    expect(rows.map((r) => r.project)).toContain('Ville; « centre » "numérique"\nsur deux lignes');
    expect(rows.map((r) => r.category)).toContain('A\r\nB');
  });

  it('is the header alone when there is no laureate', () => {
    expect(toCsv(LAUREATES, [])).toBe(`\u{feff}${LAUREATES.columns.map((c) => c.name).join(';')}\r\n`);
    expect(parsed(toCsv(AWARDEES, awardeeRows([])))).toEqual([]);
    expect(parsed(toCsv(MENTIONS, mentionRows([])))).toEqual([]);
  });

  it('documents every column of every table in the README', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const table of [LAUREATES, AWARDEES, MENTIONS] as ReadonlyArray<Table<never>>) {
      const markdown = columnsMarkdown(table);
      expect(
        markdown
          .split('\n')
          .slice(2, -1)
          .map((line) => line.split('`')[1]),
      ).toEqual(table.columns.map((c) => c.name));
      expect(readme, `README lacks the columns of ${table.file}`).toContain(markdown);
    }
  });
});
