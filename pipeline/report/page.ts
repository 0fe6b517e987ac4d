import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

/**
 * What a page may load: its own folder's stylesheets and script, nothing inline, nothing from the
 * network. Escaping keeps source text inert; this keeps it so even if escaping ever failed.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/** Nodes and strings, flat: what the pages are built from (hastscript turns strings into text). */
export type Parts = Array<ElementContent | string>;

export interface PageOptions {
  title: string;
  /** The way from the page to the report folder: '' or '../'. */
  root: string;
  /** Which entry of the navigation is this page. */
  current: 'overview' | 'differences' | 'document';
  body: Parts;
  /** Extra stylesheets in the report folder. */
  styles?: string[];
}

/** A whole page of the report: HTML5, UTF-8, the policy above, the shared stylesheet and script. */
export function renderPage(options: PageOptions): string {
  const { root } = options;
  const link = (name: PageOptions['current'], href: string, text: string) =>
    h('a', { href: `${root}${href}`, ...(options.current === name ? { ariaCurrent: 'page' } : {}) }, text);
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'fr' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { httpEquiv: 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }),
          h('meta', { name: 'referrer', content: 'no-referrer' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', `${options.title} · palmares`),
          ...['report.css', ...(options.styles ?? [])].map((css) =>
            h('link', { rel: 'stylesheet', href: `${root}${css}` }),
          ),
          h('script', { src: `${root}report.js`, defer: true }),
        ]),
        h('body', [
          h('header.top', [
            h('nav', { ariaLabel: 'Report' }, [
              h('span.brand', 'palmares'),
              link('overview', 'index.html', 'Overview'),
              link('differences', 'diff.html', 'Differences'),
            ]),
          ]),
          h('main', options.body),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree)}\n`;
}

/** `2 laureates`, `1 laureate`. */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}
