import { isDeepStrictEqual } from 'node:util';
import type { City, Criterion, Event, Laureate, PalmaresRecord, Warning } from '../schema.js';
import type { Change, DiffOptions } from './schema.js';
import { shorten } from './shorten.js';

/**
 * How the items of one array are recognised in both records: by `key` (also their name in paths),
 * then, among the items left over, by each `pairBy` in turn, so that an edited key reads as a field
 * change rather than a removal and an addition. A pairing that returns null never pairs.
 */
type Identity = {
  key: (item: unknown) => string;
  pairBy: Array<(item: unknown) => string | null>;
};

function identity<T>(key: (item: T) => string, ...pairBy: Array<(item: T) => string | null>): Identity {
  return { key: key as Identity['key'], pairBy: pairBy as Identity['pairBy'] };
}

const PROJECT_IN_KEY = 30;

const awardeeNames = (l: Laureate) => l.awardees.map((a) => a.name).join(' + ');

/** Arrays by their place in the record (indices and keys left out). */
const IDENTITIES: Readonly<Record<string, Identity>> = {
  laureates: identity<Laureate>(
    (l) => (l.project ? `${awardeeNames(l)} · ${shorten(l.project, PROJECT_IN_KEY)}` : awardeeNames(l)),
    awardeeNames,
    (l) => l.project,
  ),
  'laureates.awardees': identity<Laureate['awardees'][number]>((a) => a.name),
  events: identity<Event>(
    (e) => (e.start ? `${e.kind} ${e.start}` : e.kind),
    (e) => (e.city ? `${e.kind} ${e.city}` : null),
  ),
  criteria: identity<Criterion>((c) => c.label),
  cities: identity<City>((c) => c.name),
  warnings: identity<Warning>(
    (w) => `${w.code}: ${shorten(w.message, PROJECT_IN_KEY)}`,
    (w) => w.code,
  ),
};

/**
 * Field-level changes from the committed record (`before`) to the received one (`after`). Arrays are
 * matched by key, so reordering is no change. Spans, evidence and `source.path` move whenever the text
 * around a value does; they are left out unless `spans` is set (the evidence test guards them).
 */
export function diffRecords(
  before: PalmaresRecord,
  after: PalmaresRecord,
  options: DiffOptions = {},
): Change[] {
  const changes: Change[] = [];
  const compared = options.spans ? (v: unknown) => v : (v: unknown) => valuesOnly(v, '');
  diffValues(compared(before), compared(after), '', '', changes);
  return changes;
}

/** `path` names the value with keys (`laureates[…].tier`); `shape` without them (`laureates.tier`). */
function diffValues(before: unknown, after: unknown, path: string, shape: string, out: Change[]): void {
  if (Array.isArray(before) && Array.isArray(after) && IDENTITIES[shape]) {
    diffArrays(before, after, IDENTITIES[shape], path, shape, out);
  } else if (isObject(before) && isObject(after)) {
    diffObjects(before, after, path, shape, out);
  } else if (!isDeepStrictEqual(before, after)) {
    out.push({ path, before, after, kind: 'changed' });
  }
}

function diffObjects(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  path: string,
  shape: string,
  out: Change[],
): void {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  for (const key of keys) {
    const at = path ? `${path}.${key}` : key;
    if (!(key in after)) out.push({ path: at, before: before[key], after: undefined, kind: 'removed' });
    else if (!(key in before)) out.push({ path: at, before: undefined, after: after[key], kind: 'added' });
    else diffValues(before[key], after[key], at, shape ? `${shape}.${key}` : key, out);
  }
}

function diffArrays(
  before: unknown[],
  after: unknown[],
  identity: Identity,
  path: string,
  shape: string,
  out: Change[],
): void {
  const { committed, unpaired } = pairItems(before, after, identity);
  for (const [b, a] of committed) {
    const at = `${path}[${b.name}]`;
    if (a) diffValues(b.item, a.item, at, shape, out);
    else out.push({ path: at, before: b.item, after: undefined, kind: 'removed' });
  }
  for (const a of unpaired)
    out.push({ path: `${path}[${a.name}]`, before: undefined, after: a.item, kind: 'added' });
}

type Named = { name: string; item: unknown };

/**
 * Committed items in their order, each with its received counterpart or none, and the received items
 * left unpaired. A pair is named after its committed item: that is what the reviewer finds in output/.
 */
function pairItems(before: unknown[], after: unknown[], identity: Identity) {
  const unpaired = named(after, identity.key);
  const partner = new Map<Named, Named>();
  const take = (from: Named, matches: (candidate: Named) => boolean) => {
    const i = unpaired.findIndex(matches);
    if (i >= 0) partner.set(from, unpaired.splice(i, 1)[0] as Named);
  };
  const items = named(before, identity.key);
  for (const b of items) take(b, (a) => a.name === b.name);
  for (const pairBy of identity.pairBy) {
    for (const b of items) {
      const value = partner.has(b) ? null : pairBy(b.item);
      if (value !== null) take(b, (a) => pairBy(a.item) === value);
    }
  }
  return { committed: items.map((b) => [b, partner.get(b)] as const), unpaired };
}

/** Items with their key; a key seen before gets ` #2`, ` #3`… so that every path names one item. */
function named(items: unknown[], key: Identity['key']): Named[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = key(item);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { name: count === 1 ? base : `${base} #${count}`, item };
  });
}

/** The record as a reviewer compares it: no span, no evidence, no `source.path`. */
function valuesOnly(value: unknown, shape: string): unknown {
  if (Array.isArray(value)) return value.map((v) => valuesOnly(v, shape));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'span' && key !== 'evidence' && !(shape === 'source' && key === 'path'))
      .map(([key, v]) => [key, valuesOnly(v, shape ? `${shape}.${key}` : key)]),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Both records as check compares them, every keyed array an object by item name, a received item
 * under the name of the committed item it pairs with: what a visual diff shows, under the names of
 * the paths of `diffRecords` (`laureates["Ville de Paris · …"].tier`), an edited project included.
 */
export function keyedPair(before: PalmaresRecord | null, after: PalmaresRecord): [unknown, unknown] {
  return keyedValues(before === null ? {} : valuesOnly(before, ''), valuesOnly(after, ''), '');
}

function keyedValues(before: unknown, after: unknown, shape: string): [unknown, unknown] {
  const identity = IDENTITIES[shape];
  if (identity && (Array.isArray(before) || Array.isArray(after))) {
    const { committed, unpaired } = pairItems(
      Array.isArray(before) ? before : [],
      Array.isArray(after) ? after : [],
      identity,
    );
    const left: Record<string, unknown> = {};
    const right: Record<string, unknown> = {};
    for (const [b, a] of committed) {
      const [l, r] = keyedValues(b.item, a?.item, shape);
      left[b.name] = l;
      if (a) right[b.name] = r;
    }
    for (const a of unpaired) right[a.name] = keyedValues(undefined, a.item, shape)[1];
    return [Array.isArray(before) ? left : before, Array.isArray(after) ? right : after];
  }
  if (isObject(before) || isObject(after)) {
    const b = isObject(before) ? before : undefined;
    const a = isObject(after) ? after : undefined;
    const left: Record<string, unknown> = {};
    const right: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])) {
      const [l, r] = keyedValues(b?.[key], a?.[key], shape ? `${shape}.${key}` : key);
      if (b && key in b) left[key] = l;
      if (a && key in a) right[key] = r;
    }
    return [b ? left : before, a ? right : after];
  }
  // Other arrays (départements, candidates) hold no keyed array: as they are.
  return [before, after];
}
