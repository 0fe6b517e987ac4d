import { setImmediate } from 'node:timers/promises';
import type { PDFDocumentProxy, PDFPageProxy, TextItem } from 'pdfjs-dist/types/src/display/api.js';
import type { Diagnostic, DocMeta, Layout } from './doc.js';
import { InputError, withTimeout } from './errors.js';
import type { Limits } from './index.js';
import { visibleText } from './invisible.js';
import { headingsBySize, type SizedLine } from './pdf-headings.js';
import { dropRunningText } from './pdf-running-text.js';
import { pdfjs } from './pdfjs.js';
import { classifyLine, parseText } from './text.js';

/** A piece of text on one baseline, in viewport space (y grows downwards), sizes in points. */
interface Run {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** Runs on one baseline, left to right. */
interface Row {
  runs: Run[];
  y: number;
  size: number;
}

/** A physical line of the output; `breakBefore` puts a blank line (a paragraph break) before it. */
interface Line {
  text: string;
  x: number;
  right: number;
  /** The right edge of the column (or page) the line belongs to. */
  limit: number;
  /** The width of the line's first word: had it fitted on the line above, it would be there. */
  firstWord: number;
  y: number;
  size: number;
  breakBefore: boolean;
}

interface Page {
  lines: Line[];
  twoColumns: boolean;
}

/**
 * A PDF's text layer as a Doc layout. Lines and paragraphs are rebuilt from pdf.js's positioned text
 * items: pdf-parse's plain text (the same pdf.js underneath) loses paragraph breaks and reads two
 * columns row by row. Pages are separated by a blank line; `pages` gives each page's offsets.
 */
export async function parsePdf(
  bytes: Uint8Array,
  limits: Limits,
): Promise<Layout & { diagnostics: Diagnostic[] }> {
  const { getDocument, VerbosityLevel } = pdfjs();
  const task = getDocument({
    // A copy: pdf.js may transfer (detach) the buffer it is given, and the caller still needs the bytes.
    data: new Uint8Array(bytes),
    verbosity: VerbosityLevel.ERRORS,
    // Untrusted input: no code generated from font programs, no look-ups of the machine's fonts.
    isEvalSupported: false,
    useSystemFonts: false,
  });
  try {
    const [pages, meta] = await withTimeout(
      task.promise.then(async (pdf) => [await readPages(pdf, limits), await pdfMeta(pdf)] as const),
      limits.timeoutMs,
      () =>
        new InputError(
          `took longer than ${limits.timeoutMs / 1000} s to read`,
          'the PDF may be very large or malformed: split it, or export it again as PDF',
        ),
    );
    return { ...layout(pages), meta };
  } catch (e) {
    throw asInputError(e);
  } finally {
    await task.destroy();
  }
}

/** pdf.js reports problems under many error names; a password is the one the user can act on. */
function asInputError(e: unknown): InputError {
  if (e instanceof InputError) return e;
  if (e instanceof Error && e.name === 'PasswordException') {
    return new InputError(
      'is encrypted (password-protected)',
      'save a copy without a password and read that',
    );
  }
  const reason = e instanceof Error ? e.message : String(e);
  return new InputError(
    `is not a readable PDF: ${reason.replace(/\s+/g, ' ').trim()}`,
    'check that the file is complete, or export it again as PDF',
  );
}

/**
 * The document information dictionary: its Title, and its CreationDate as the date the file was made
 * (`D:20240101093000+01'00'`), read as written, without a time zone shift. Unreadable metadata is none.
 */
async function pdfMeta(pdf: PDFDocumentProxy): Promise<DocMeta> {
  const info = (await pdf.getMetadata().catch(() => null))?.info as Record<string, unknown> | undefined;
  const title = typeof info?.Title === 'string' ? info.Title.trim() : '';
  const created = typeof info?.CreationDate === 'string' ? info.CreationDate : '';
  const m = /^(?:D:)?((?:19|20)\d{2})(0[1-9]|1[0-2])?(0[1-9]|[12]\d|3[01])?/.exec(created);
  const published = m?.[2] ? (m[3] ? `${m[1]}-${m[2]}-${m[3]}` : `${m[1]}-${m[2]}`) : null;
  return { published, title: title || null };
}

async function readPages(pdf: PDFDocumentProxy, limits: Limits): Promise<Page[]> {
  if (pdf.numPages > limits.maxPages) {
    throw new InputError(
      `has ${pdf.numPages} pages, more than the limit of ${limits.maxPages}`,
      'split it into smaller PDFs',
    );
  }
  const pages: Page[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    // pdf.js's in-process worker only ever waits on promises: without a turn of the event loop between
    // pages, the time limit's timer (and any other document being read) would wait for the whole file.
    await setImmediate();
    const page = await pdf.getPage(n);
    pages.push(readingOrder(rows(await runsOf(page))));
    page.cleanup();
  }
  return pages;
}

async function runsOf(page: PDFPageProxy): Promise<Run[]> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  return (
    content.items
      .filter((item): item is TextItem => 'str' in item && item.str.trim() !== '')
      .map((item) => {
        const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
        const [x = 0, y = 0] = viewport.convertToViewportPoint(e, f);
        // `height` is the font size; a degenerate text matrix can leave it at 0.
        const size = item.height || Math.hypot(c, d) || Math.hypot(a, b) || 1;
        return { text: item.str, x, right: x + item.width, y, size };
      })
      // A broken text matrix can put a run at an infinite or undefined place: it has no place in a line.
      .filter((r) => [r.x, r.right, r.y, r.size].every(Number.isFinite))
  );
}

/** Runs grouped by baseline, top to bottom; a superscript ("10e") stays on its line. */
function rows(runs: Run[]): Row[] {
  const out: Row[] = [];
  for (const run of [...runs].sort((p, q) => p.y - q.y || p.x - q.x)) {
    const row = out.at(-1);
    if (row && run.y - row.y <= 0.5 * Math.min(run.size, row.size)) {
      row.runs.push(run);
      row.size = Math.max(row.size, run.size);
    } else {
      out.push({ runs: [run], y: run.y, size: run.size });
    }
  }
  for (const row of out) row.runs.sort((p, q) => p.x - q.x);
  return out;
}

/**
 * The lines of a page in reading order. On a two-column page, rows that cross the gutter (a title,
 * a footer) are read where they stand, and between them the left column before the right one.
 */
function readingOrder(pageRows: Row[]): Page {
  const runs = pageRows.flatMap((row) => row.runs);
  const pageRight = max(runs.map((r) => r.right));
  const gutter = findGutter(pageRows);
  if (gutter === undefined) {
    return { lines: pageRows.map((row) => toLine(row, pageRight)), twoColumns: false };
  }
  const leftRight = max(runs.filter((r) => r.right <= gutter).map((r) => r.right));
  const lines: Line[] = [];
  let left: Row[] = [];
  let right: Row[] = [];
  const flush = () => {
    lines.push(...left.map((row) => toLine(row, leftRight)), ...right.map((row) => toLine(row, pageRight)));
    left = [];
    right = [];
  };
  for (const row of pageRows) {
    if (row.runs.some((r) => r.x < gutter && r.right > gutter)) {
      flush();
      lines.push(toLine(row, pageRight));
      continue;
    }
    const l = row.runs.filter((r) => r.right <= gutter);
    const r = row.runs.filter((r) => r.x >= gutter);
    if (l.length) left.push({ ...row, runs: l });
    if (r.length) right.push({ ...row, runs: r });
  }
  flush();
  return { lines, twoColumns: true };
}

/** A gutter narrower than this many font sizes is word spacing, not a column break. */
const MIN_GUTTER = 1;
/** Share of rows allowed to cross the gutter: titles and footers run over both columns. */
const MAX_CROSSING = 0.25;

/**
 * The x of the gutter of a two-column page: a vertical strip crossed by (almost) no text, with text
 * on both sides over at least half of the page's text height and a fifth of its width. Linear in the
 * runs (after sorting), whatever their coordinates: a corrupt file can place text a billion points away.
 */
function findGutter(pageRows: Row[]): number | undefined {
  const runs = pageRows.flatMap((row) => row.runs);
  if (pageRows.length < 6) return undefined;
  const minX = Math.floor(min(runs.map((r) => r.x)));
  const maxX = Math.ceil(max(runs.map((r) => r.right)));
  const limit = Math.floor(pageRows.length * MAX_CROSSING);
  const minWidth = MIN_GUTTER * median(runs.map((r) => r.size));
  const sides = new Sides(runs, minX, maxX);
  let best: { x: number; width: number } | undefined;
  for (const { start, end } of sparseStretches(runs, minX, maxX, limit)) {
    const x = minX + (start + end) / 2;
    const width = end - start;
    if (width >= minWidth && (!best || width > best.width) && sides.splitColumns(x)) best = { x, width };
  }
  return best?.x;
}

/**
 * The stretches `[start, end)` of whole points from `minX` (up to `maxX`, inclusive) that at most
 * `limit` runs cover, from a sweep over the runs' edges: a run covers the points from its ceiled left
 * edge up to, not including, its floored right edge.
 */
function sparseStretches(
  runs: Run[],
  minX: number,
  maxX: number,
  limit: number,
): Array<{ start: number; end: number }> {
  const deltas = new Map<number, number>();
  for (const r of runs) {
    const from = Math.ceil(r.x) - minX;
    const to = Math.floor(r.right) - minX;
    if (to <= from) continue;
    deltas.set(from, (deltas.get(from) ?? 0) + 1);
    deltas.set(to, (deltas.get(to) ?? 0) - 1);
  }
  const length = maxX - minX + 1;
  const out: Array<{ start: number; end: number }> = [];
  let open: number | null = null;
  let cover = 0;
  let at = 0;
  const segment = (to: number) => {
    if (to <= at) return;
    if (cover <= limit) open ??= at;
    else if (open !== null) {
      out.push({ start: open, end: at });
      open = null;
    }
    at = to;
  };
  for (const point of [...deltas.keys()].sort((a, b) => a - b)) {
    segment(point);
    cover += deltas.get(point) ?? 0;
  }
  segment(length);
  if (open !== null) out.push({ start: open, end: length });
  return out;
}

/**
 * What lies left and right of a candidate gutter, answered by binary search: the runs sorted by right
 * edge with running extremes (the left side is a prefix), and by left edge (the right side, a suffix).
 */
class Sides {
  readonly #rights: number[];
  readonly #lefts: number[];
  readonly #leftStats: Array<{ minY: number; maxY: number; right: number }> = [];
  readonly #rightStats: Array<{ minY: number; maxY: number; left: number }> = [];
  readonly #height: number;

  constructor(
    runs: Run[],
    readonly minX: number,
    readonly maxX: number,
  ) {
    const byRight = [...runs].sort((a, b) => a.right - b.right);
    const byLeft = [...runs].sort((a, b) => a.x - b.x);
    this.#rights = byRight.map((r) => r.right);
    this.#lefts = byLeft.map((r) => r.x);
    let acc = {
      minY: Number.POSITIVE_INFINITY,
      maxY: Number.NEGATIVE_INFINITY,
      right: Number.NEGATIVE_INFINITY,
    };
    for (const r of byRight) {
      acc = {
        minY: Math.min(acc.minY, r.y),
        maxY: Math.max(acc.maxY, r.y),
        right: Math.max(acc.right, r.right),
      };
      this.#leftStats.push(acc);
    }
    let back = {
      minY: Number.POSITIVE_INFINITY,
      maxY: Number.NEGATIVE_INFINITY,
      left: Number.POSITIVE_INFINITY,
    };
    for (let i = byLeft.length - 1; i >= 0; i--) {
      const r = byLeft[i] as Run;
      back = {
        minY: Math.min(back.minY, r.y),
        maxY: Math.max(back.maxY, r.y),
        left: Math.min(back.left, r.x),
      };
      this.#rightStats[i] = back;
    }
    this.#height = span(runs.map((r) => r.y));
  }

  /** Whether a gutter at `x` has text on both sides over half the text height and a fifth of the width. */
  splitColumns(x: number): boolean {
    // Runs ending at or before x, and runs starting at or after it.
    const leftCount = upperBound(this.#rights, x);
    const rightFrom = lowerBound(this.#lefts, x);
    const left = this.#leftStats[leftCount - 1];
    const right = this.#rightStats[rightFrom];
    if (!left || !right) return false;
    const width = this.maxX - this.minX;
    return (
      left.maxY - left.minY >= this.#height / 2 &&
      right.maxY - right.minY >= this.#height / 2 &&
      left.right - this.minX >= width / 5 &&
      this.maxX - right.left >= width / 5
    );
  }
}

/** The number of sorted values <= x. */
function upperBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first sorted value >= x. */
function lowerBound(sorted: number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function span(values: number[]): number {
  return values.length ? max(values) - min(values) : 0;
}

// Not Math.max(...values): a page can hold more text items than a call has room for arguments.
function max(values: number[]): number {
  return values.reduce((m, v) => Math.max(m, v), Number.NEGATIVE_INFINITY);
}

function min(values: number[]): number {
  return values.reduce((m, v) => Math.min(m, v), Number.POSITIVE_INFINITY);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** A gap between runs this many font sizes wide separates the cells of a table row (or tab stops). */
const CELL_GAP = 3;

/**
 * Runs joined left to right, with a space where the gap between them is wider than kerning, and " | "
 * where it is as wide as a table's gap between cells: the row then reads as HTML and Markdown tables do.
 */
function toLine(row: Row, limit: number): Line {
  const parts: string[] = [];
  // Whether the line so far ends with white space, kept as we go: a test of the growing line would
  // rescan it for every run.
  let endsInSpace = true;
  let right = Number.NEGATIVE_INFINITY;
  for (const run of row.runs) {
    const gap = run.x - right > 0.15 * run.size;
    if (parts.length && run.x - right > CELL_GAP * run.size) {
      // "… | ": the last part loses its trailing space for the cell bar.
      parts.push(`${(parts.pop() ?? '').trimEnd()} | `);
    } else if (parts.length && gap && !endsInSpace && !/^\s/.test(run.text)) parts.push(' ');
    parts.push(run.text);
    endsInSpace = /\s$/.test(run.text);
    right = run.right;
  }
  const text = parts.join('');
  const first = row.runs[0] as Run;
  const firstWord = first.text.trimStart().split(/\s/)[0] ?? '';
  return {
    text: visibleText(text.trim().normalize('NFC')),
    x: first.x,
    right,
    limit,
    // Measured in average character widths of the run it starts.
    firstWord: ((first.right - first.x) * firstWord.length) / first.text.length,
    y: row.y,
    size: row.size,
    breakBefore: false,
  };
}

/** A baseline step this much larger than the document's usual line spacing is a paragraph break. */
const PARAGRAPH_STEP = 1.3;

/**
 * Marks the lines that follow a noticeably larger vertical gap than the document's usual line
 * spacing, measured in font sizes so that a title in large type does not count as a gap. Moving up
 * (to the top of the next column) is never a paragraph break.
 */
function markParagraphBreaks(pages: Page[]): void {
  const steps = pages.flatMap((page) =>
    page.lines.flatMap((line, i) => {
      const prev = page.lines[i - 1];
      return prev ? [step(prev, line)] : [];
    }),
  );
  const positive = steps.filter((s) => s > 0).sort((a, b) => a - b);
  // The lower quartile: the spacing inside paragraphs, even when most paragraphs are one line long.
  const usual = positive[Math.floor(positive.length / 4)];
  if (usual === undefined) return;
  for (const page of pages) {
    page.lines.forEach((line, i) => {
      const prev = page.lines[i - 1];
      line.breakBefore = !!prev && step(prev, line) > PARAGRAPH_STEP * usual;
    });
  }
}

function step(prev: Line, line: Line): number {
  return (line.y - prev.y) / Math.max(prev.size, line.size);
}

/** The Doc layout of the pages: text with repaired wraps, page offsets, blocks, diagnostics. */
function layout(pages: Page[]): Layout & { diagnostics: Diagnostic[] } {
  const running = dropRunningText(pages);
  markParagraphBreaks(pages);
  const words = wordCounts(pages.flatMap((p) => p.lines.map((l) => l.text)).join('\n'));
  let text = '';
  const offsets: { start: number; end: number }[] = [];
  const sized: SizedLine[] = [];
  for (const page of pages) {
    const lines = repairWraps(page.lines, words);
    const pageText = lines
      .map((line, i) => (i === 0 ? '' : line.breakBefore ? '\n\n' : '\n') + line.text)
      .join('');
    if (text && pageText) text += '\n\n';
    offsets.push({ start: text.length, end: text.length + pageText.length });
    let at = text.length;
    for (const [i, line] of lines.entries()) {
      at += i === 0 ? 0 : line.breakBefore ? 2 : 1;
      sized.push({ start: at, end: at + line.text.length, size: line.size });
      at += line.text.length;
    }
    text += pageText;
  }
  const diagnostics: Diagnostic[] = pages.flatMap((page, i) =>
    page.twoColumns
      ? [
          {
            code: 'pdf-columns',
            message: `page ${i + 1} has two columns: read the left one, then the right one`,
          },
        ]
      : [],
  );
  diagnostics.push(...running);
  if (!text) {
    diagnostics.push({
      code: 'pdf-no-text',
      message: 'no text layer (a scanned PDF?): run it through OCR to read it',
    });
  }
  return {
    format: 'pdf',
    text,
    blocks: headingsBySize(parseText(text).blocks, sized, text),
    pages: offsets,
    diagnostics,
  };
}

/** Words with their inner hyphens and dots ("mon-compte.bzh"), trailing punctuation excluded. */
const WORD = /[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/gu;

/** How often each word occurs, in lower case; a hyphenated word counts for its parts too. */
function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [word] of text.toLowerCase().matchAll(WORD)) {
    const parts = word.includes('-') ? [word, ...word.split('-')] : [word];
    for (const w of parts) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return counts;
}

/** A line being joined from physical lines: its pieces, and the ends that the joining decisions read. */
interface Joining {
  line: Line;
  parts: string[];
  /** The start of its first physical line and the last characters joined: the decisions read no more. */
  head: string;
  tail: string;
}

/** Characters of a joined line's start and end kept for the decisions: a word longer than this is cut. */
const EDGE = 256;

/**
 * Joins each line that a wrap continues onto the one before it (paragraph breaks excepted). The
 * joined text is assembled once at the end: testing and copying the growing line at every join would
 * be quadratic in a paragraph's length.
 */
function repairWraps(lines: Line[], words: Map<string, number>): Line[] {
  const out: Joining[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    const join =
      prev && !line.breakBefore
        ? (joinWrap(prev.tail, line.text, words) ?? (continuesListItem(prev, line) ? 'space' : undefined))
        : undefined;
    if (prev && join) {
      if (join === 'drop-hyphen') {
        prev.parts.push((prev.parts.pop() as string).slice(0, -1));
        prev.tail = prev.tail.slice(0, -1);
      }
      const piece = join === 'space' ? ` ${line.text}` : line.text;
      prev.parts.push(piece);
      prev.tail = (prev.tail + piece).slice(-EDGE);
      // The joined line ends where its last physical line does.
      Object.assign(prev.line, { right: line.right, limit: line.limit });
    } else {
      out.push({
        line: { ...line },
        parts: [line.text],
        head: line.text.slice(0, EDGE),
        tail: line.text.slice(-EDGE),
      });
    }
  }
  return out.map((j) => ({ ...j.line, text: j.parts.join('') }));
}

/**
 * A list item wrapped under a hanging indent: the next line starts right of the bullet, is no bullet
 * itself, and its first word would not have fitted at the end of the item's line. Plain text has no
 * other way to say that "Garonne" continues "• … de Haute", so the two become one line.
 */
function continuesListItem(item: Joining, line: Line): boolean {
  return (
    classifyLine(item.head).kind === 'list-item' &&
    classifyLine(line.text).kind !== 'list-item' &&
    line.x > item.line.x + 0.25 * item.line.size &&
    item.line.right + 0.25 * item.line.size + line.firstWord > item.line.limit
  );
}

/**
 * How a line joins the next one when the break fell inside a word, French-style (`end` is the end of
 * the line, `next` the next line):
 * - a line-end hyphen before a capital ("Champsaur-" "Valgaudemar"), a dot or digit ("mon-"
 *   "compte.bzh"), or a hyphenated form the document uses elsewhere ("porte-parole") is a real one:
 *   kept, and the lines joined without a space (`tight`);
 * - before a lower-case letter it is typesetting ("Terri-" "toires") only when the document has the
 *   word without it elsewhere: dropped (`drop-hyphen`); otherwise it is kept and so is the line break
 *   ("vélo-" "école");
 * - pdf.js drops a soft hyphen (U+00AD) altogether, leaving "collecti" "vités": joined (`tight`) when
 *   the document has "collectivités" elsewhere but never "collecti" alone.
 * Undefined when the lines stay apart.
 */
function joinWrap(
  end: string,
  next: string,
  words: Map<string, number>,
): 'tight' | 'drop-hyphen' | undefined {
  const count = (w: string) => words.get(w.toLowerCase()) ?? 0;
  const head = /(\p{L}+)(-?)$/u.exec(end);
  const tail = /^[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*/u.exec(next)?.[0];
  if (!head?.[1] || !tail) return undefined;
  const [, before, hyphen] = head;
  const lowerStart = /^\p{Ll}/u.test(tail);
  const letters = /^\p{L}+/u.exec(tail)?.[0] ?? '';
  if (hyphen) {
    if (!lowerStart || /[.\d]/.test(tail) || count(`${before}-${tail}`) > 0) return 'tight';
    return count(before + letters) > 0 ? 'drop-hyphen' : undefined;
  }
  return lowerStart && count(before + letters) > 0 && count(before) === 1 ? 'tight' : undefined;
}
