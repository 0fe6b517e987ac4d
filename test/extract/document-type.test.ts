import { describe, expect, it } from 'vitest';
import type { StatsResult } from '../../pipeline/fields/stats.js';
import { Layers } from '../../pipeline/layers/index.js';
import { classifyDocument } from '../../pipeline/refiners/document-type.js';
import type { Event, EventKind, Laureate, Stats } from '../../pipeline/schema.js';
import { textDoc } from '../support/doc.js';

/**
 * The classifier on records shaped like real ones: the laureates and events a correct extraction
 * finds, and the words of the document. Each case is a kind of document maintainers receive.
 */
const span = { start: 0, end: 1 };

function laureate(year: number | null): Laureate {
  return {
    tier: null,
    tierLabel: null,
    category: null,
    awardees: [{ name: 'Ville de Metz', span, resolution: null }],
    project: null,
    year,
    span,
    evidence: {},
    rule: 'laureate/list-entry',
  } as unknown as Laureate;
}

function event(kind: EventKind, start: string | null): Event {
  return {
    kind,
    city: null,
    region: null,
    venue: null,
    start,
    end: null,
    span,
    evidence: {},
  } as unknown as Event;
}

const NO_STATS: Stats = {
  projectsPresented: null,
  projectsAuditioned: null,
  laureatesAnnounced: null,
  participants: null,
};

interface Found {
  year?: number | null;
  laureates?: Laureate[];
  events?: Event[];
  stats?: Stats;
}

function classify(text: string, { year = 2021, laureates = [], events = [], stats = NO_STATS }: Found = {}) {
  const result: StatsResult = { stats, evidence: {}, warnings: [] };
  return classifyDocument(new Layers(textDoc(text)), year, laureates, events, result).type;
}

describe('document type', () => {
  it('is laureates for a palmarès, and for an article about the one body that won', () => {
    expect(classify('Le palmarès.', { laureates: [laureate(2021), laureate(2021)] })).toBe('laureates');
    expect(
      classify('La communauté de communes décroche le label. Elle avait décidé de concourir en janvier.', {
        laureates: [laureate(2021)],
        events: [event('forum', null)],
      }),
    ).toBe('laureates');
  });

  it('is laureates when the text states how many won, though no list was read', () => {
    expect(
      classify('Au total, 120 communes ont été labellisées.', {
        stats: { ...NO_STATS, laureatesAnnounced: 120 },
      }),
    ).toBe('laureates');
  });

  it('is a call for a deadline, or for words that invite candidates, even with a past laureate', () => {
    expect(
      classify('Le prix.', {
        laureates: [laureate(2020)],
        events: [event('application-deadline', '2021-06-30')],
      }),
    ).toBe('call-for-applications');
    expect(classify('Rien de tel que de concourir à la 13e édition des Trophées !')).toBe(
      'call-for-applications',
    );
    expect(classify('Les candidatures seront closes le 30 septembre.')).toBe('call-for-applications');
  });

  it('is an event programme for three dated events, or dated events under a programme or a timetable', () => {
    const three = [event('forum', '2021-12-05'), event('other', '2021-12-11'), event('other', '2021-11-30')];
    expect(classify('Trois rendez-vous.', { events: three })).toBe('event-programme');
    const one = [event('regional-stage', '2021-05-18')];
    expect(classify('Journée régionale\n\nProgramme de la journée\n\nAccueil', { events: one })).toBe(
      'event-programme',
    );
    expect(classify('Journée régionale\n\n8 h 45 – Accueil café\n9 h 15 – Ouverture', { events: one })).toBe(
      'event-programme',
    );
  });

  it('is other for the report of one past forum, an association page, a webinar or a page of nominees', () => {
    expect(
      classify('Les 13 et 14 décembre, le forum rassemblait élus et entreprises.', {
        events: [event('forum', '2021-12-13')],
      }),
    ).toBe('other');
    expect(
      classify('La commission a vu le jour en mai 2018.', {
        year: null,
        events: [event('other', '2017-12'), event('other', '2018-05')],
      }),
    ).toBe('other');
    expect(
      classify('Les nommés concourent désormais pour une place au palmarès, dévoilé le 12 décembre.', {
        events: [event('other', '2021-11-06'), event('ceremony', '2021-12-12'), event('forum', null)],
      }),
    ).toBe('other');
    expect(classify('Entretien avec la déléguée générale.', { year: null })).toBe('other');
  });
});
