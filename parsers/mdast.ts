import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { BlockKind, Layout } from './doc.js';
import { visibleText } from './invisible.js';
import { assembleBlocks, type RawLine } from './lines.js';

/**
 * An mdast tree (from Markdown or HTML) as a Doc layout. The text is the rendered text, a line per
 * line of content, with a blank line between blocks; markup (`#`, `**`, tags, link targets) is not part of it.
 */
export function renderMdast(tree: Root, format: Layout['format']): Layout {
  const out = new Renderer();
  out.blocks(tree.children, 0);
  return { format, text: out.text, blocks: assembleBlocks(out.text, out.lines) };
}

class Renderer {
  text = '';
  lines: RawLine[] = [];
  private gap = 0;

  blocks(nodes: RootContent[], depth: number): void {
    for (const node of nodes) this.block(node, depth);
  }

  private block(node: RootContent, depth: number): void {
    switch (node.type) {
      case 'heading':
        this.emit([phrasing(node.children)], 'heading', node.depth);
        break;
      case 'paragraph':
        this.emit(paragraphLines(node), soleStrong(node) ? 'heading' : 'paragraph');
        break;
      case 'list':
        for (const item of node.children) {
          item.children.forEach((child, i) => {
            if (i === 0 && child.type === 'paragraph')
              this.emit(paragraphLines(child), 'list-item', depth + 1, 0);
            else this.blocks([child], depth + 1);
          });
        }
        this.gap = 1;
        break;
      case 'blockquote':
        this.blocks(node.children, depth);
        break;
      case 'code':
        this.emit(visibleText(node.value).split('\n'), 'paragraph');
        break;
      case 'table':
        for (const row of node.children) {
          const cells = row.children.map((cell) => phrasing(cell.children).trim());
          // HTML tables without a header row come out of hast-util-to-mdast with an empty one.
          if (cells.some(Boolean)) this.emit([cells.join(' | ')], 'paragraph', undefined, 0);
        }
        this.gap = 1;
        break;
      default:
        // html, thematic breaks, definitions, footnotes: no text a reader would call content.
        this.gap = 1;
    }
  }

  /** Appends the lines of one block; the first gets `kind`, the others may continue it. */
  private emit(lines: string[], kind: BlockKind, depth?: number, gapOverride?: number): void {
    const gap = gapOverride ?? (this.lines.length ? Math.max(this.gap, 1) : 0);
    lines.forEach((raw, i) => {
      const line = raw.trim();
      if (this.text) this.text += '\n'.repeat(i === 0 ? gap + 1 : 1);
      const start = this.text.length;
      this.text += line;
      const entry: RawLine = {
        kind: i === 0 ? kind : 'line',
        start,
        end: this.text.length,
        gap: i === 0 ? gap : 0,
      };
      if (i === 0 && depth !== undefined) entry.depth = depth;
      this.lines.push(entry);
    });
    this.gap = 1;
  }
}

/** The lines of a paragraph: soft and hard breaks both end a line. */
function paragraphLines(node: Paragraph): string[] {
  return phrasing(node.children).split('\n');
}

function phrasing(nodes: PhrasingContent[]): string {
  return nodes.map((n) => inline(n)).join('');
}

function inline(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      // Entities ("&#8203;", "&shy;") are decoded by the parser, after the bytes were.
      return visibleText(node.value);
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'html':
      return '';
    default:
      return 'children' in node ? (node.children as Nodes[]).map(inline).join('') : '';
  }
}

/** A paragraph that is only bold text ("**LABEL OR**") is a heading in all but syntax. */
function soleStrong(node: Paragraph): boolean {
  return node.children.length === 1 && node.children[0]?.type === 'strong';
}
