import type { Element, Root as HastRoot, RootContent } from 'hast';
import { toMdast } from 'hast-util-to-mdast';
import type { Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Layout } from './doc.js';
import { htmlMeta } from './html-meta.js';
import { renderMdast } from './mdast.js';

const processor = unified().use(rehypeParse);

/** Page furniture that is not the announcement; a `<header>` counts only outside `<article>` and `<main>`. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form']);
const CONTENT = new Set(['article', 'main']);

/**
 * HTML through rehype-parse, into mdast (headings, lists, `<br>` as line breaks, entities decoded,
 * tables as one line per row), then onto the same blocks as Markdown; what the page says about itself
 * (publication date, title) goes to `meta`.
 */
export function parseHtml(source: string): Layout {
  const tree = processor.parse(source);
  const meta = htmlMeta(tree);
  prune(tree);
  return { ...renderMdast(toMdast(tree) as Root, 'html'), meta };
}

function prune(node: HastRoot | Element, inContent = false): void {
  const dropped = (child: RootContent) =>
    child.type === 'comment' ||
    (child.type === 'element' && (DROPPED.has(child.tagName) || (child.tagName === 'header' && !inContent)));
  node.children = node.children.filter((child) => !dropped(child)) as typeof node.children;
  for (const child of node.children) {
    if (child.type === 'element') prune(child, inContent || CONTENT.has(child.tagName));
  }
}
