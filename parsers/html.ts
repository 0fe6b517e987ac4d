import type { Element, Root as HastRoot, RootContent } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { toMdast } from 'hast-util-to-mdast';
import type { Root } from 'mdast';
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { tooDeep, treeDepth } from './depth.js';
import type { Layout } from './doc.js';
import { htmlMeta } from './html-meta.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { renderMdast } from './mdast.js';
import { mainContent } from './reader-mode.js';

/** Page furniture that is not the announcement; a `<header>` counts only outside `<article>` and `<main>`. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form']);
const CONTENT = new Set(['article', 'main']);

type P5Node = DefaultTreeAdapterMap['node'];

/**
 * A web page: what it says about itself (publication date, title) read from the whole page, then its
 * main content, found in reader mode (menus, banners, related links and comments left out), into mdast
 * (headings, lists, `<br>` as line breaks, entities decoded, tables as one line per row), onto the same
 * blocks as Markdown.
 */
export function parseHtml(source: string, limits: Limits = DEFAULT_LIMITS): Layout {
  const tree = toHast(source, limits);
  const meta = htmlMeta(tree);
  const main = mainContent(source, limits.maxHtmlDepth);
  return { ...renderHtml(main === null ? tree : toHast(main, limits), 'html'), meta };
}

/** HTML that is a document's body rather than a page (a DOCX's, an e-mail's), as a Doc layout. */
export function parseHtmlBody(
  source: string,
  format: Layout['format'],
  limits: Limits = DEFAULT_LIMITS,
): Layout {
  return renderHtml(toHast(source, limits), format);
}

/**
 * HTML through parse5 (as rehype-parse would read it) into hast. parse5 builds the tree without
 * recursion; the libraries after it recurse, so a page nested deeper than `limits.maxHtmlDepth` is
 * refused before they see it.
 */
function toHast(source: string, limits: Limits): HastRoot {
  const document = parse(source, { scriptingEnabled: false });
  const depth = treeDepth<P5Node>(
    document,
    // A <template> keeps its content apart from its children: fromParse5 converts it too.
    (node) => [
      ...('childNodes' in node ? (node.childNodes as P5Node[]) : []),
      ...('content' in node ? [node.content as P5Node] : []),
    ],
    limits.maxHtmlDepth,
  );
  if (depth > limits.maxHtmlDepth) throw tooDeep('elements', depth, limits.maxHtmlDepth);
  return fromParse5(document) as HastRoot;
}

function renderHtml(tree: HastRoot, format: Layout['format']): Layout {
  prune(tree);
  return renderMdast(toMdast(tree) as Root, format);
}

/**
 * Elements after which white space is never content. Dropping that white space here, in one pass,
 * spares hast-util-to-mdast's whitespace minifier a splice per node: quadratic in a run of `<br>`s.
 */
const BOUNDARIES = new Set([
  'br',
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'blockquote',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dl',
  'dt',
  'dd',
]);

function prune(node: HastRoot | Element, inContent = false): void {
  const dropped = (child: RootContent) =>
    child.type === 'comment' ||
    (child.type === 'element' && (DROPPED.has(child.tagName) || (child.tagName === 'header' && !inContent)));
  const kept: RootContent[] = [];
  for (const child of node.children) {
    if (dropped(child)) continue;
    const before = kept.at(-1);
    const boundary = before?.type === 'element' && BOUNDARIES.has(before.tagName);
    if (boundary && child.type === 'text' && /^[ \t\n\f\r]*$/.test(child.value)) continue;
    kept.push(child);
  }
  node.children = kept as typeof node.children;
  for (const child of node.children) {
    if (child.type === 'element') prune(child, inContent || CONTENT.has(child.tagName));
  }
}
