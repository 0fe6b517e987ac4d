import type { Span } from '../../parsers/doc.js';
import { NUMBER_WORDS } from '../../pipeline/lexicon/numbers.js';
import type { PalmaresRecord } from '../../pipeline/schema.js';
import { clean, fold } from '../../pipeline/text.js';

const METAL = { gold: 'or', silver: 'argent', bronze: 'bronze' } as const;

/**
 * Every way a record's spans could fail to be the evidence of its values, as readable lines; none
 * for a sound record. Values are compared with the slice after the same wrap repair the extractors use.
 */
export function evidenceProblems(r: PalmaresRecord, text: string): string[] {
  const out: string[] = [];
  const slice = (s: Span) => text.slice(s.start, s.end);
  const inside = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;
  const valid = (s: Span, what: string) => {
    const ok = Number.isInteger(s.start) && s.start < s.end && s.end <= text.length;
    if (!ok) out.push(`${what}: span ${s.start}-${s.end} is empty or out of the text`);
    return ok;
  };
  const same = (s: Span, value: string, what: string) => {
    if (valid(s, what) && clean(slice(s)) !== value)
      out.push(`${what}: "${clean(slice(s))}" is not "${value}"`);
  };

  for (const [i, l] of r.laureates.entries()) {
    const at = `laureates[${i}]`;
    valid(l.span, at);
    for (const [j, a] of l.awardees.entries()) {
      same(a.span, a.name, `${at}.awardees[${j}]`);
      if (!inside(a.span, l.span)) out.push(`${at}.awardees[${j}] lies outside the laureate's span`);
    }
    if (l.project !== null) {
      if (!l.evidence.project) out.push(`${at}.project has no evidence`);
      else same(l.evidence.project, l.project, `${at}.project`);
    }
    if (l.category !== null) {
      const c = l.evidence.category;
      if (!c) out.push(`${at}.category has no evidence`);
      else if (valid(c, `${at}.category`) && !clean(slice(c)).startsWith(l.category)) {
        out.push(`${at}.category: "${slice(c)}" is not "${l.category}"`);
      }
    }
    if (l.tierLabel !== null) {
      const t = l.evidence.tier;
      if (!t) out.push(`${at}.tier has no evidence`);
      else if (valid(t, `${at}.tier`)) {
        if (!clean(slice(t)).startsWith(l.tierLabel))
          out.push(`${at}.tierLabel: "${slice(t)}" is not "${l.tierLabel}"`);
        if (l.tier && !new RegExp(`\\b${METAL[l.tier]}\\b`).test(fold(slice(t)))) {
          out.push(`${at}.tier: "${slice(t)}" does not say ${l.tier}`);
        }
      }
    }
  }
  for (const [i, c] of r.criteria.entries()) same(c.span, c.label, `criteria[${i}]`);
  for (const [i, e] of r.events.entries()) {
    const at = `events[${i}]`;
    valid(e.span, at);
    if (e.city !== null) {
      if (!e.evidence.city) out.push(`${at}.city has no evidence`);
      else same(e.evidence.city, e.city, `${at}.city`);
    }
    if (e.start !== null) {
      const d = e.evidence.date;
      if (!d) out.push(`${at}.start has no evidence`);
      else if (valid(d, `${at}.date`)) {
        const day = e.start.split('-')[2];
        if (day && !new RegExp(`(?<!\\d)0?${Number(day)}(?!\\d)`).test(slice(d))) {
          out.push(`${at}.start: "${slice(d)}" does not give day ${Number(day)}`);
        }
      }
    }
  }
  const ev = r.evidence;
  if (r.editionYear !== null) {
    if (!ev.editionYear) out.push('editionYear has no evidence');
    else same(ev.editionYear, String(r.editionYear), 'editionYear');
  }
  if (r.editionNumber !== null) {
    if (!ev.editionNumber) out.push('editionNumber has no evidence');
    else if (valid(ev.editionNumber, 'editionNumber') && !/edition/.test(fold(slice(ev.editionNumber)))) {
      out.push(`editionNumber: "${slice(ev.editionNumber)}" does not name an edition`);
    }
  }
  for (const [key, value] of Object.entries(r.stats)) {
    if (value === null) continue;
    const s = ev.stats[key as keyof typeof r.stats];
    if (!s) out.push(`stats.${key} has no evidence`);
    else if (
      valid(s, `stats.${key}`) &&
      (NUMBER_WORDS[fold(slice(s))] ?? Number(slice(s).replace(/\D/g, ''))) !== value
    ) {
      out.push(`stats.${key}: "${slice(s)}" is not ${value}`);
    }
  }
  if (ev.documentType) valid(ev.documentType, 'documentType');
  for (const [i, w] of r.warnings.entries()) if (w.span) valid(w.span, `warnings[${i}]`);
  return out;
}
