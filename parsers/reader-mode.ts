import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { treeDepth } from './depth.js';

/** Elements Readability may look at; a page past this is read whole rather than in reader mode. */
const MAX_ELEMENTS = 20_000;

/**
 * The main content of a web page as HTML, found by Readability (Firefox's reader mode) over linkedom's
 * light DOM: navigation, cookie banners, share buttons, related articles and comments are left out.
 * Null when the page has no article to speak of, or is too large or too odd to be read that way: the
 * caller then reads the whole page. linkedom does not close tags as a browser does (a storm of
 * unclosed `<b>` nests without end) and Readability walks the tree once per candidate, so a tree
 * deeper than `maxDepth` is not read that way either.
 */
export function mainContent(html: string, maxDepth: number): string | null {
  try {
    const { document } = parseHTML(html);
    const children = (node: Element) => Array.from(node.children ?? []);
    if (treeDepth<Element>(document.documentElement, children, maxDepth) > maxDepth) return null;
    const article = new Readability(document as unknown as Document, {
      maxElemsToParse: MAX_ELEMENTS,
      // Class names carry no meaning once the content is picked; keeping none makes the output stable.
      keepClasses: false,
    }).parse();
    return article?.content?.trim() ? article.content : null;
  } catch {
    return null;
  }
}
