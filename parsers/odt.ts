import type {
  Heading,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
  Table,
  TableCell,
  TableRow,
} from 'mdast';
import type { Diagnostic, Layout } from './doc.js';
import { InputError } from './errors.js';
import { renderMdast } from './mdast.js';
import { officeMeta } from './office-meta.js';
import { walkXml } from './xml.js';
import { readZip } from './zip.js';

/** Parts of the body that are not its running text: notes, comments, tracked deletions, indexes, drawings. */
const SKIPPED = new Set([
  'text:note-body',
  'office:annotation',
  'text:tracked-changes',
  'text:table-of-content',
  'text:alphabetical-index',
  'text:illustration-index',
  'text:table-index',
  'text:object-index',
  'text:user-index',
  'text:bibliography',
  'text:sequence-decls',
  'draw:frame',
  'draw:custom-shape',
  'table:covered-table-cell',
]);

/** What the styles say about a paragraph or a span. */
interface Style {
  parent?: string;
  bold?: boolean;
  outline?: number;
}

/**
 * An OpenDocument text through its zip and XML (the ODF elements are few and stable): `text:h` and
 * paragraphs in a heading style as headings, `text:list` as lists, tables a row per line, line
 * breaks, spaces and tabs as written, bold spans and bold paragraphs as bold; notes, comments,
 * tracked deletions, indexes and drawings left out. The tree is mdast, so the blocks are those of
 * Markdown and HTML.
 */
export async function parseOdt(bytes: Uint8Array): Promise<Layout & { diagnostics: Diagnostic[] }> {
  const parts = readZip(
    bytes,
    (name) => name === 'content.xml' || name === 'styles.xml' || name === 'meta.xml',
    'ODT',
  );
  const content = parts.get('content.xml');
  if (!content) {
    throw new InputError(
      'is an ODT without a document body (no content.xml)',
      'open it in LibreOffice and save it again as .odt',
    );
  }
  const decoder = new TextDecoder();
  const styles = new Map<string, Style>();
  const stylesXml = parts.get('styles.xml');
  if (stylesXml) readStyles(decoder.decode(stylesXml), 'styles.xml', styles);
  const xml = decoder.decode(content);
  readStyles(xml, 'content.xml', styles);
  return {
    ...renderMdast(withoutEmpty(body(xml, styles)), 'odt'),
    meta: officeMeta(parts.get('meta.xml'), 'meta.xml', 'meta:creation-date'),
    diagnostics: [],
  };
}

/** Paragraph and text styles, named and automatic: their parent, weight and outline level. */
function readStyles(xml: string, part: string, styles: Map<string, Style>): void {
  let current: Style | undefined;
  walkXml(xml, part, {
    open: (name, attrs) => {
      if (name === 'style:style') {
        const family = attrs['style:family'];
        const styleName = attrs['style:name'];
        if ((family === 'paragraph' || family === 'text') && styleName) {
          current = {};
          if (attrs['style:parent-style-name']) current.parent = attrs['style:parent-style-name'];
          const level = Number(attrs['style:default-outline-level']);
          // LibreOffice's own heading styles all descend from the one named "Heading".
          if (level > 0) current.outline = level;
          styles.set(styleName, current);
        } else current = undefined;
      } else if (name === 'style:text-properties' && current) {
        const weight = attrs['fo:font-weight'];
        if (weight) current.bold = weight === 'bold' || Number(weight) >= 600;
      }
    },
    close: (name) => {
      if (name === 'style:style') current = undefined;
    },
  });
}

/** A style's property, from the style or the nearest ancestor that sets it. */
function inherited<K extends keyof Style>(
  styles: Map<string, Style>,
  name: string | undefined,
  key: K,
): Style[K] {
  const seen = new Set<string>();
  for (let n = name; n && !seen.has(n); n = styles.get(n)?.parent) {
    seen.add(n);
    const value = styles.get(n)?.[key];
    if (value !== undefined) return value;
  }
  return undefined;
}

type Container = Root | List | ListItem | Table | TableRow;
type Open =
  | { kind: 'container'; node: Container }
  | { kind: 'phrasing'; node: Paragraph | Heading | Strong | TableCell; name: string }
  | { kind: 'other'; name: string };

/** content.xml's `office:text` as an mdast tree, built from the element stream. */
function body(xml: string, styles: Map<string, Style>): Root {
  const root: Root = { type: 'root', children: [] };
  const stack: Open[] = [];
  let inBody = false;
  let skipping = 0;
  const container = (): Container | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const o = stack[i];
      if (o?.kind === 'container') return o.node;
      if (o?.kind === 'phrasing') return undefined;
    }
    return root;
  };
  const phrasing = (): Paragraph | Heading | Strong | TableCell | undefined => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const o = stack[i];
      if (o?.kind === 'phrasing') return o.node;
      if (o?.kind === 'container') return undefined;
    }
    return undefined;
  };
  const append = (node: PhrasingContent) => {
    const target = phrasing();
    if (!target) return;
    const last = target.children.at(-1);
    if (node.type === 'text' && last?.type === 'text') last.value += node.value;
    else target.children.push(node as never);
  };
  const addBlock = (node: RootContent) => {
    const parent = container();
    if (!parent) return false;
    if (parent.type === 'table' || parent.type === 'tableRow') return false;
    (parent.children as RootContent[]).push(node);
    return true;
  };

  walkXml(xml, 'content.xml', {
    open: (name, attrs) => {
      if (skipping || (inBody && SKIPPED.has(name))) {
        skipping++;
        return;
      }
      if (name === 'office:text') inBody = true;
      if (!inBody) return;
      const styleName = attrs['text:style-name'];
      switch (name) {
        case 'text:h':
        case 'text:p': {
          const cell = phrasing();
          if (cell?.type === 'tableCell') {
            // Paragraphs of one cell run on in that cell.
            if (cell.children.length) append({ type: 'text', value: ' ' });
            stack.push({ kind: 'other', name });
            return;
          }
          const level =
            name === 'text:h'
              ? Number(attrs['text:outline-level']) || 1
              : inherited(styles, styleName, 'outline');
          const node: Paragraph | Heading = level
            ? { type: 'heading', depth: Math.min(6, Math.max(1, level)) as Heading['depth'], children: [] }
            : { type: 'paragraph', children: [] };
          if (!addBlock(node)) {
            stack.push({ kind: 'other', name });
            return;
          }
          stack.push({ kind: 'phrasing', node, name });
          if (node.type === 'paragraph' && inherited(styles, styleName, 'bold')) {
            const strong: Strong = { type: 'strong', children: [] };
            node.children.push(strong);
            stack.push({ kind: 'phrasing', node: strong, name: '#paragraph-weight' });
          }
          return;
        }
        case 'text:span': {
          const target = phrasing();
          if (target && target.type !== 'strong' && inherited(styles, styleName, 'bold')) {
            const strong: Strong = { type: 'strong', children: [] };
            target.children.push(strong as never);
            stack.push({ kind: 'phrasing', node: strong, name });
          } else stack.push({ kind: 'other', name });
          return;
        }
        case 'text:list': {
          const list: List = { type: 'list', ordered: false, spread: false, children: [] };
          if (addBlock(list)) stack.push({ kind: 'container', node: list });
          else stack.push({ kind: 'other', name });
          return;
        }
        case 'text:list-item':
        case 'text:list-header': {
          const parent = container();
          if (parent?.type === 'list') {
            const item: ListItem = { type: 'listItem', spread: false, children: [] };
            parent.children.push(item);
            stack.push({ kind: 'container', node: item });
          } else stack.push({ kind: 'other', name });
          return;
        }
        case 'table:table': {
          const table: Table = { type: 'table', children: [] };
          if (addBlock(table)) stack.push({ kind: 'container', node: table });
          else stack.push({ kind: 'other', name });
          return;
        }
        case 'table:table-row': {
          const parent = container();
          if (parent?.type === 'table') {
            const row: TableRow = { type: 'tableRow', children: [] };
            parent.children.push(row);
            stack.push({ kind: 'container', node: row });
          } else stack.push({ kind: 'other', name });
          return;
        }
        case 'table:table-cell': {
          const parent = container();
          if (parent?.type === 'tableRow') {
            const cell: TableCell = { type: 'tableCell', children: [] };
            parent.children.push(cell);
            stack.push({ kind: 'phrasing', node: cell, name });
          } else stack.push({ kind: 'other', name });
          return;
        }
        case 'text:line-break':
          append({ type: 'break' });
          stack.push({ kind: 'other', name });
          return;
        case 'text:s':
          append({ type: 'text', value: ' '.repeat(Math.min(100, Number(attrs['text:c']) || 1)) });
          stack.push({ kind: 'other', name });
          return;
        case 'text:tab':
          append({ type: 'text', value: ' ' });
          stack.push({ kind: 'other', name });
          return;
        default:
          stack.push({ kind: 'other', name });
      }
    },
    close: (name) => {
      if (skipping) {
        skipping--;
        return;
      }
      if (!inBody) return;
      if (name === 'office:text') {
        inBody = false;
        return;
      }
      // The paragraph's own weight closes with it.
      if (
        stack.at(-1)?.kind === 'phrasing' &&
        (stack.at(-1) as { name: string }).name === '#paragraph-weight'
      )
        stack.pop();
      stack.pop();
    },
    text: (t) => {
      // ODF collapses white space in text content: runs of it are one space (text:s writes the others).
      if (inBody && !skipping) append({ type: 'text', value: t.replace(/[ \t\r\n]+/g, ' ') });
    },
  });
  return root;
}

/** Empty paragraphs are spacing in a word processor, not blocks (HTML's empty `<p>` is dropped too). */
function withoutEmpty<T extends Root | List | ListItem>(node: T): T {
  const kept = (node.children as RootContent[]).filter((child) => {
    if (child.type === 'list' || child.type === 'listItem') withoutEmpty(child);
    if (child.type === 'paragraph' || child.type === 'heading') return /\S/.test(plain(child));
    if (child.type === 'list' || child.type === 'listItem') return child.children.length > 0;
    return true;
  });
  node.children = kept as T['children'];
  return node;
}

function plain(node: RootContent | PhrasingContent): string {
  if (node.type === 'text') return node.value;
  return 'children' in node ? (node.children as (RootContent | PhrasingContent)[]).map(plain).join('') : '';
}
