import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Layout } from './doc.js';
import { renderMdast } from './mdast.js';

const processor = unified().use(remarkParse).use(remarkGfm);

/** Markdown through remark-parse (+ GFM), rendered onto the shared blocks. */
export function parseMarkdown(source: string): Layout {
  return renderMdast(processor.parse(source), 'markdown');
}
