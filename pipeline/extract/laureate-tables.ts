import type { Block, Doc, Span } from '../../parsers/doc.js';
import type { Laureate } from '../schema.js';
import { clean, foldRange, tighten } from '../text.js';
import { CATEGORY_LABEL, TABLE_COLUMNS } from '../vocabulary.js';
import { splitAwardees } from './awardees.js';
import { afterLabel } from './labels.js';
import { matchTierMarker } from './tiers.js';

export type TabledLaureate = Omit<Laureate, 'year'>;
type Column = keyof typeof TABLE_COLUMNS;

/**
 * Laureates in a table (a row per laureate, as HTML and Markdown tables are rendered: cells joined by
 * " | "). The header row must name an awardee column and a project column; a category or distinction
 * column is read when there is one, an empty cell repeats the one above (row spans), and without a
 * category column the heading above the table is the category.
 */
export function extractTabledLaureates(doc: Doc): { laureates: TabledLaureate[]; consumed: Set<Block> } {
  const { text, blocks } = doc;
  const out: TabledLaureate[] = [];
  const consumed = new Set<Block>();
  let heading: Span | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.kind === 'heading') heading = tighten(text, block.start, block.end, ':');
    const columns = headerColumns(text, block);
    if (!columns) continue;
    consumed.add(block);
    const above: Partial<Record<Column, Span>> = {};
    for (let j = i + 1; j < blocks.length; j++) {
      const row = blocks[j] as Block;
      const cells = cellsOf(text, row);
      if (cells.length < 2) break;
      consumed.add(row);
      i = j;
      const cell = (c: Column) => {
        const at = columns.get(c);
        const span = at === undefined ? undefined : cells[at];
        if (span && span.end > span.start) above[c] = span;
        return at === undefined ? undefined : above[c];
      };
      const laureate = rowLaureate(text, cell, columns.has('category') ? null : heading, row);
      if (laureate) out.push(laureate);
    }
  }
  return { laureates: out, consumed };
}

function rowLaureate(
  text: string,
  cell: (c: Column) => Span | undefined,
  heading: Span | null,
  row: Block,
): TabledLaureate | null {
  const awardees = cell('awardees');
  if (!awardees || awardees.end <= awardees.start) return null;
  const project = cell('project') ?? null;
  const distinction = cell('tier');
  const marker = distinction ? matchTierMarker(text, distinction.start, distinction.end) : null;
  const category = cell('category') ?? (heading && afterLabel(text, heading, CATEGORY_LABEL, true));
  const evidence: Laureate['evidence'] = {};
  if (marker) evidence.tier = marker.label;
  if (category) evidence.category = category;
  if (project) evidence.project = project;
  return {
    tier: marker?.tier ?? null,
    tierLabel: marker ? clean(text.slice(marker.label.start, marker.label.end)) : null,
    category: category ? clean(text.slice(category.start, category.end)) : null,
    awardees: splitAwardees(text, awardees),
    project: project ? clean(text.slice(project.start, project.end)) : null,
    span: { start: row.start, end: row.end },
    evidence,
  };
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
function cellsOf(text: string, block: Block): Span[] {
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
