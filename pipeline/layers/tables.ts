import type { Block, Doc, Span } from '../../parsers/doc.js';
import { TABLE_COLUMNS } from '../lexicon/sections.js';
import { foldRange, tighten } from '../text.js';

export type Column = keyof typeof TABLE_COLUMNS;

/** A table of laureates: its header row, the column of each kind, its rows and the heading above it. */
export interface Table {
  header: number;
  columns: Map<Column, number>;
  /** Indices of the row blocks, in order. */
  rows: number[];
  heading: Span | null;
}

/**
 * Tables of laureates (a row per laureate, as HTML and Markdown tables are rendered: cells joined by
 * " | "). The header row must name an awardee column and a project column.
 */
export function findTables(doc: Doc): Table[] {
  const { text, blocks } = doc;
  const out: Table[] = [];
  let heading: Span | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.kind === 'heading') heading = tighten(text, block.start, block.end, ':');
    const columns = headerColumns(text, block);
    if (!columns) continue;
    const table: Table = { header: i, columns, rows: [], heading };
    for (let j = i + 1; j < blocks.length && cellsOf(text, blocks[j] as Block).length >= 2; j++) {
      table.rows.push(j);
      i = j;
    }
    out.push(table);
  }
  return out;
}

/** The column of each kind in a header row, or null when the row does not head a table of laureates. */
function headerColumns(text: string, block: Block): Map<Column, number> | null {
  const cells = cellsOf(text, block);
  if (cells.length < 2) return null;
  const columns = new Map<Column, number>();
  cells.forEach((cell, i) => {
    const folded = foldRange(text, cell.start, cell.end);
    for (const [column, pattern] of Object.entries(TABLE_COLUMNS) as Array<[Column, RegExp]>) {
      if (!columns.has(column) && pattern.test(folded)) {
        columns.set(column, i);
        break;
      }
    }
  });
  return columns.has('awardees') && columns.has('project') ? columns : null;
}

/** The cells of a rendered table row ("a | b | c"), as spans; a leading bar is an empty first cell. */
export function cellsOf(text: string, block: Block): Span[] {
  const row = text.slice(block.start, block.end);
  if (!row.includes(' | ') && !row.startsWith('| ')) return [];
  const cells: Span[] = [];
  let from = block.start;
  for (let at = row.indexOf('|'); at >= 0; at = row.indexOf('|', at + 1)) {
    cells.push(tighten(text, from, block.start + at));
    from = block.start + at + 1;
  }
  cells.push(tighten(text, from, block.end));
  return cells;
}
