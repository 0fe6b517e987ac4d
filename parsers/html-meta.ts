import type { Element, Root } from 'hast';
import type { DocMeta } from './doc.js';

/**
 * What an HTML page says about itself: its publication date from `<meta property="article:published_time">`
 * (or `itemprop="datePublished"`), JSON-LD `datePublished`, or a `<time datetime>` that dates the page
 * (marked `pubdate` or `itemprop="datePublished"`, in a header, or in a date or byline element); its
 * title from `og:title` or `<title>`. Read before the page furniture is dropped.
 */
export function htmlMeta(tree: Root): DocMeta {
  const metas: Record<string, string> = {};
  let title: string | null = null;
  const jsonLd: string[] = [];
  const times: string[] = [];
  walk(tree, [], (el, ancestors) => {
    const p = el.properties;
    if (el.tagName === 'meta') {
      const key = String(p.property ?? p.name ?? p.itemProp ?? '').toLowerCase();
      if (key && typeof p.content === 'string') metas[key] ??= p.content;
    } else if (el.tagName === 'title') {
      title ??= textOf(el).trim() || null;
    } else if (el.tagName === 'script' && String(p.type ?? '').toLowerCase() === 'application/ld+json') {
      jsonLd.push(textOf(el));
    } else if (el.tagName === 'time' && typeof p.dateTime === 'string' && datesThePage(el, ancestors)) {
      times.push(p.dateTime);
    }
  });
  const published = [
    metas['article:published_time'],
    metas.datepublished,
    ...jsonLd.map(datePublishedIn),
    ...times,
  ]
    .map((v) => (v ? isoDay(v) : null))
    .find((v) => v !== null);
  return { published: published ?? null, title: metas['og:title']?.trim() || title };
}

const DATING_CLASS = /date|publi|posted|byline|entry-meta|post-meta|article-meta/i;

/** A `<time>` that dates the page rather than an event the page announces. */
function datesThePage(el: Element, ancestors: readonly Element[]): boolean {
  const p = el.properties;
  if (p.pubDate !== undefined || String(p.itemProp ?? '') === 'datePublished') return true;
  if (DATING_CLASS.test(classes(el))) return true;
  return ancestors.some((a) => a.tagName === 'header' || DATING_CLASS.test(classes(a)));
}

function classes(el: Element): string {
  const c = el.properties.className;
  return Array.isArray(c) ? c.join(' ') : String(c ?? '');
}

/** JSON-LD may be one object, a list, or a graph; the first `datePublished` anywhere in it. */
function datePublishedIn(json: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined;
  }
  const stack = [data];
  while (stack.length) {
    const v = stack.shift();
    if (Array.isArray(v)) stack.push(...v);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.datePublished === 'string') return o.datePublished;
      stack.push(...Object.values(o));
    }
  }
  return undefined;
}

/** "2023-12-08T10:00:00+01:00" → "2023-12-08": the day as the publisher wrote it, never shifted by a time zone. */
export function isoDay(value: string): string | null {
  const m = /^\s*((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?![\d])/.exec(value);
  if (!m) return null;
  const month = Number(m[2]);
  const day = m[3] ? Number(m[3]) : null;
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`;
}

function walk(
  node: Root | Element,
  ancestors: Element[],
  visit: (el: Element, ancestors: readonly Element[]) => void,
): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visit(child, ancestors);
    walk(child, [...ancestors, child], visit);
  }
}

function textOf(node: Element): string {
  return node.children
    .map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? textOf(c) : ''))
    .join('');
}
