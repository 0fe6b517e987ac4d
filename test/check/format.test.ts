import { describe, expect, it } from 'vitest';
import {
  formatAnnotations,
  formatChange,
  formatCount,
  formatLines,
  formatMarkdown,
  formatValue,
} from '../../pipeline/check/format.js';
import type { Change, CheckedDocument, CheckResult } from '../../pipeline/check/schema.js';
import { PARIS } from './records.js';

const TOULOUSE = '2023/forum-toulouse-laureats';
const tierChange: Change = { path: `${PARIS}.tier`, before: 'silver', after: 'gold', kind: 'changed' };

/** A result with the given changes in the Toulouse record. */
function resultWith(changes: Change[], others: Partial<CheckResult> = {}): CheckResult {
  const document = {
    label: TOULOUSE,
    source: `corpus/${TOULOUSE}.txt`,
    committed: `output/${TOULOUSE}.json`,
    received: `received/${TOULOUSE}.json`,
    changes,
  };
  return { documents: [document], new: [], stale: [], failed: [], ...others };
}

function tierChanges(n: number): Change[] {
  return Array.from({ length: n }, (_, i) => ({ ...tierChange, path: `laureates[Laureate ${i + 1}].tier` }));
}

describe('formatChange', () => {
  it('reads document, keyed path and values', () => {
    expect(formatChange(TOULOUSE, tierChange)).toBe(
      "2023/forum-toulouse-laureats laureates[Ville de Paris · Programme «Démat'URBA»…].tier: silver → gold",
    );
  });

  it('quotes text, leaves numbers, null, enum values and dates bare', () => {
    const lines = [
      { path: 'category', before: null, after: 'Services | usagers', kind: 'changed' },
      { path: 'stats.laureatesAnnounced', before: 25, after: 26, kind: 'changed' },
      { path: 'events[forum 2024-04-03].start', before: '2024-04-03', after: '2024', kind: 'changed' },
      { path: 'cities[Lyon]', before: undefined, after: 'Lyon', kind: 'added' },
      {
        path: 'laureates[X]',
        before: { tier: 'gold', awardees: [{ name: 'X' }] },
        after: undefined,
        kind: 'removed',
      },
    ] satisfies Change[];
    expect(lines.map((c) => formatChange('d', c))).toEqual([
      'd category: null → "Services | usagers"',
      'd stats.laureatesAnnounced: 25 → 26',
      'd events[forum 2024-04-03].start: 2024-04-03 → "2024"',
      'd cities[Lyon]: added "Lyon"',
      'd laureates[X]: removed {tier: gold, awardees: [{name: "X"}]}',
    ]);
  });

  it('shows two long texts from shortly before where they differ', () => {
    const before = `${'Un projet au long cours '.repeat(4)}pour les usagers`;
    const change: Change = { path: 'p', before, after: `${before} et les agents`, kind: 'changed' };
    expect(formatChange('d', change)).toBe(
      'd p: "…cours pour les usagers" → "…cours pour les usagers et les agents"',
    );
  });

  it('cuts long values at about 80 characters', () => {
    expect(formatValue({ project: 'x'.repeat(200) })).toHaveLength(80);
    expect(formatValue('Y'.repeat(200))).toBe(`"${'Y'.repeat(77)}…"`);
  });
});

describe('formatCount and formatLines', () => {
  it('counts fields, documents and kinds', () => {
    const added: Change = { path: 'cities[Lyon]', before: undefined, after: 'Lyon', kind: 'added' };
    const result = resultWith([tierChange, added]);
    result.documents.push({
      ...(result.documents[0] as CheckedDocument),
      changes: [tierChange],
    });
    expect(formatCount(result)).toBe('3 fields changed in 2 documents (1 added, 0 removed)');
  });

  it('adds new, stale and unreadable documents when there are some', () => {
    const result = resultWith([tierChange], {
      new: [{ label: '2025/x', source: 'corpus/2025/x.txt', committed: 'output/2025/x.json', received: 'r' }],
      stale: [{ label: '2012/y', committed: 'output/2012/y.json', source: 'corpus/2012/y.txt' }],
      failed: [{ path: 'corpus/z.txt', error: 'is not valid UTF-8' }],
    });
    expect(formatCount(result)).toBe(
      '1 field changed in 1 document (0 added, 0 removed); 1 new document without a committed record; ' +
        '1 stale record without a source; 1 file that could not be read',
    );
    expect(formatLines(result)).toEqual([
      `${TOULOUSE} ${PARIS}.tier: silver → gold`,
      '2025/x: new document corpus/2025/x.txt, no committed record output/2025/x.json',
      '2012/y: stale record output/2012/y.json, its source corpus/2012/y.txt is gone',
      'corpus/z.txt: is not valid UTF-8',
    ]);
  });
});

describe('formatAnnotations', () => {
  it('gives one error per difference, on the committed record', () => {
    expect(formatAnnotations(resultWith([tierChange]))).toEqual([
      `::error file=output/${TOULOUSE}.json,title=palmares check::${TOULOUSE} ${PARIS}.tier: silver → gold`,
    ]);
  });

  it('stops at ten and counts the rest', () => {
    const annotations = formatAnnotations(resultWith(tierChanges(13)));
    expect(annotations).toHaveLength(11);
    expect(annotations[9]).toBe(
      `::error file=output/${TOULOUSE}.json,title=palmares check::${TOULOUSE} laureates[Laureate 10].tier: silver → gold`,
    );
    expect(annotations[10]).toBe('::error::… and 3 more');
  });

  it('escapes what would end the command', () => {
    const change: Change = { path: 'warnings[x]', before: undefined, after: '100%', kind: 'added' };
    const result = resultWith([change]);
    (result.documents[0] as CheckedDocument).committed = 'out,put/a:b.json';
    expect(formatAnnotations(result)).toEqual([
      `::error file=out%2Cput/a%3Ab.json,title=palmares check::${TOULOUSE} warnings[x]: added "100%25"`,
    ]);
  });
});

describe('formatMarkdown', () => {
  it('tabulates changes with pipes escaped', () => {
    const change: Change = {
      path: 'laureates[A | B].category',
      before: null,
      after: 'Services | usagers',
      kind: 'changed',
    };
    expect(formatMarkdown(resultWith([change]))).toBe(
      [
        '## palmares check',
        '',
        '1 field changed in 1 document (0 added, 0 removed)',
        '',
        '| document | field | before | after |',
        '| --- | --- | --- | --- |',
        `| ${TOULOUSE} | laureates[A \\| B].category | null | "Services \\| usagers" |`,
        '',
      ].join('\n'),
    );
  });

  it('stops at 200 rows and says so', () => {
    const lines = formatMarkdown(resultWith(tierChanges(250))).split('\n');
    expect(lines.filter((l) => l.startsWith(`| ${TOULOUSE}`))).toHaveLength(200);
    expect(lines).toContain('200 of 250 changes shown; the job log lists them all.');
  });

  it('lists new, stale and unreadable documents below the table', () => {
    const result = resultWith([], { failed: [{ path: 'corpus/z.txt', error: 'is not valid UTF-8' }] });
    expect(formatMarkdown(result)).toBe(
      [
        '## palmares check',
        '',
        '0 fields changed in 0 documents (0 added, 0 removed); 1 file that could not be read',
        '',
        '- corpus/z.txt: is not valid UTF-8',
        '',
      ].join('\n'),
    );
  });
});
