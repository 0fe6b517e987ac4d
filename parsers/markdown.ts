import type { Nodes, Root } from 'mdast';
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
 * in pieces that cannot change each other's blocks (see markdown-chunks.ts); a reference may point
 * to a definition in another piece, so when the pieces hold definitions, each is parsed again with
 * all of them before it. The trees are joined before rendering.
 */
export function parseMarkdown(source: string, limits: Limits = DEFAULT_LIMITS, chunkChars?: number): Layout {
  const { chunks } = markdownChunks(source, limits.maxMarkdownDepth, chunkChars);
  const trees = chunks.map((chunk) => processor.parse(chunk));
  const definitions = trees.flatMap((tree, i) => definitionsIn(tree, chunks[i] as string));
  const prefix = definitions.length > 0 && chunks.length > 1 ? `${definitions.join('\n')}\n\n` : '';
  const skipped = prefix ? processor.parse(prefix).children.length : 0;
  const tree: Root = { type: 'root', children: [] };
  chunks.forEach((chunk, i) => {
    const part = prefix ? processor.parse(prefix + chunk) : (trees[i] as Root);
    tree.children.push(...part.children.slice(skipped));
  });
  return renderMdast(tree, 'markdown');
}

/** The source of every definition in a tree, in document order, wherever it sits (a list, a quote). */
function definitionsIn(tree: Root, chunk: string): string[] {
  const out: string[] = [];
  const stack: Nodes[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.type === 'definition' && node.position?.start.offset !== undefined)
      out.push(chunk.slice(node.position.start.offset, node.position.end.offset));
    if ('children' in node)
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
  }
  return out;
}
