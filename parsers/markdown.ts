import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Layout } from './doc.js';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { markdownChunks } from './markdown-chunks.js';
import { renderMdast } from './mdast.js';

const processor = unified().use(remarkParse).use(remarkGfm);

/**
 * Markdown through remark-parse (+ GFM), rendered onto the shared blocks. Long documents are parsed
 * in pieces that cannot change each other's blocks (see markdown-chunks.ts), each with the document's
 * reference definitions before it; the trees are joined before rendering.
 */
export function parseMarkdown(source: string, limits: Limits = DEFAULT_LIMITS, chunkChars?: number): Layout {
  const { chunks, definitions } = markdownChunks(source, limits.maxMarkdownDepth, chunkChars);
  const [first = '', ...rest] = chunks;
  const tree = processor.parse(first);
  const prefix = definitions ? processor.parse(definitions).children.length : 0;
  for (const chunk of rest) {
    const part: Root = processor.parse(definitions + chunk);
    tree.children.push(...part.children.slice(prefix));
  }
  return renderMdast(tree, 'markdown');
}
