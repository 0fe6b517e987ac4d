import { describe, expect, it } from 'vitest';
import { anchorOf, resolveMention } from '../../pipeline/layers/anchor.js';
import { findDates } from '../../pipeline/layers/dates.js';

const published = (iso: string, inText = true) => {
  const [year, month, day] = iso.split('-').map(Number);
  return {
    year: year as number,
    month: month ?? null,
    day: day ?? null,
    span: inText ? { start: 0, end: 1 } : null,
  };
};

/** The ISO dates of the first date in `text`, read against the anchor. */
function resolved(text: string, anchor: ReturnType<typeof anchorOf>) {
  const [date] = findDates(text, 0, text.length);
  if (!date) throw new Error(`no date in ${text}`);
  return resolveMention(date, anchor);
}

describe('anchoring a date without its year', () => {
  const november = anchorOf(published('2024-11-20'), null);
  it.each([
    ['le 6 novembre dernier', '2024-11-06'],
    ['le 24 novembre dernier', '2023-11-24'],
    ['le 20 novembre dernier', '2023-11-20'],
    ['le 12 décembre prochain', '2024-12-12'],
    ['le 6 novembre prochain', '2025-11-06'],
    ['le 3 février prochain', '2025-02-03'],
    ['ce jeudi 30 janvier', '2025-01-30'],
    ['ce lundi 18 novembre', '2024-11-18'],
    ['le 3 février', '2024-02-03'],
  ])('%s, written on 20 November 2024', (text, start) => {
    expect(resolved(text, november).start).toBe(start);
  });

  it('runs a span into the next year, and tells "prochain" apart only where the month allows', () => {
    expect(resolved('du 30 décembre au 2 janvier', november)).toEqual({
      start: '2024-12-30',
      end: '2025-01-02',
    });
    const monthOnly = anchorOf(published('2022-11'), null);
    expect(resolved('le 24 novembre prochain', monthOnly).start).toBe('2022-11-24');
  });

  it('takes the edition year without a document date, and gives none without either', () => {
    expect(resolved('le 6 novembre dernier', anchorOf(null, 2024)).start).toBe('2024-11-06');
    expect(resolved('le 17 mars', anchorOf(null, null))).toEqual({ start: null, end: null });
  });

  it('prefers the text’s own date, and the file’s metadata only where the edition year agrees', () => {
    expect(anchorOf(published('2017-03-10'), 2016)).toEqual({ year: 2017, month: 3, day: 10 });
    // A PDF made in 2024 of a 2019 programme: its year-less dates are the programme's.
    expect(anchorOf(published('2024-01-01', false), 2019)).toEqual({ year: 2019, month: null, day: null });
    expect(anchorOf(published('2024-01-01', false), 2024)).toEqual({ year: 2024, month: 1, day: 1 });
    expect(anchorOf(published('2024-01-01', false), null)).toEqual({ year: 2024, month: 1, day: 1 });
  });
});
