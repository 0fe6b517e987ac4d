import { tooDeep } from './depth.js';

/** A chunk is closed at the next safe point once it has this many characters. */
const CHUNK_CHARS = 2048;
/** Reference definitions copied into every chunk at most: past that the document is parsed whole. */
const MAX_DEFINITIONS = 100;

/** A fenced code block opens or closes: ``` or ~~~ after at most three spaces. */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** HTML blocks that a blank line does not end (script, pre, style, textarea, comments, <? and <!). */
const RAW_HTML: Array<[RegExp, RegExp]> = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<![A-Za-z]/, />/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
];
/** Any other HTML block: it runs to the next blank line. */
const HTML_BLOCK = /^ {0,3}<[A-Za-z/]/;
/** A bullet list item with content, at the margin: it closes every open container, and may interrupt a paragraph. */
const MARGIN_BULLET = /^[-*+][ \t]+\S/;
/** A link or footnote definition with its destination on its line: "[label]: https://…", "[^1]: …". */
const DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;

export interface Chunks {
  /** Consecutive pieces of the source, each parsed on its own; together, the whole source. */
  chunks: string[];
  /** The reference definitions of the document, to put before every chunk but the first. */
  definitions: string;
}

/**
 * Cuts Markdown into pieces that parse on their own to the same blocks, because micromark's cost grows
 * with the square of what one list or quote holds (4,000 lines of "- - item" take seconds). A cut
 * falls only where every container closes anyway: before a line at the margin that follows a blank
 * line, or before a bullet item at the margin; never inside fenced code or an HTML block. The same
 * pass refuses a line nested deeper than `maxDepth` (markers and indentation), in linear time.
 */
export function markdownChunks(source: string, maxDepth: number, chunkChars = CHUNK_CHARS): Chunks {
  const chunks: string[] = [];
  const definitions: string[] = [];
  let chunkStart = 0;
  let fence: string | null = null;
  let rawEnd: RegExp | null = null;
  let inHtml = false;
  let previousBlank = true;
  for (let start = 0; start < source.length; ) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline + 1;
    const line = source.slice(start, newline < 0 ? source.length : newline);
    const blank = line.trim() === '';
    const depth = nesting(line);
    if (depth > maxDepth) throw tooDeep('lists or quotes', depth, maxDepth);

    const open = fence !== null || rawEnd !== null || inHtml;
    const margin = !blank && line[0] !== ' ' && line[0] !== '\t';
    if (!open && start - chunkStart >= CHUNK_CHARS && margin && (previousBlank || MARGIN_BULLET.test(line))) {
      chunks.push(source.slice(chunkStart, start));
      chunkStart = start;
    }

    if (fence !== null) {
      const close = FENCE.exec(line)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length && line.trim() === close)
        fence = null;
    } else if (rawEnd !== null) {
      if (rawEnd.test(line)) rawEnd = null;
    } else {
      const opened = FENCE.exec(line)?.[1];
      const raw = RAW_HTML.find(([startRe]) => startRe.test(line));
      if (opened) fence = opened;
      else if (raw) rawEnd = raw[1].test(line.replace(raw[0], '')) ? null : raw[1];
      else if (HTML_BLOCK.test(line)) inHtml = true;
      if (blank) inHtml = false;
      if (DEFINITION.test(line) && definitions.length <= MAX_DEFINITIONS) definitions.push(line);
    }
    previousBlank = blank;
    start = end;
  }
  chunks.push(source.slice(chunkStart));
  if (definitions.length > MAX_DEFINITIONS) return { chunks: [source], definitions: '' };
  return { chunks, definitions: definitions.length ? `${definitions.join('\n')}\n\n` : '' };
}

/** How deep a line nests: its container markers (">", "-", "*", "+", "1.", "1)") and its indentation in pairs of columns. */
function nesting(line: string): number {
  let columns = 0;
  let i = 0;
  for (; i < line.length && (line[i] === ' ' || line[i] === '\t'); i++) columns += line[i] === '\t' ? 4 : 1;
  let markers = 0;
  while (i < line.length) {
    const c = line[i] as string;
    let next = i;
    if (c === '>') next = i + 1;
    else if (c === '-' || c === '*' || c === '+') next = i + 1;
    else if (c >= '0' && c <= '9') {
      let j = i;
      while (j < line.length && j - i < 9 && (line[j] as string) >= '0' && (line[j] as string) <= '9') j++;
      if (line[j] === '.' || line[j] === ')') next = j + 1;
    }
    // A list marker counts only before white space or the line end; ">" needs nothing after it.
    if (next === i || (c !== '>' && next < line.length && line[next] !== ' ' && line[next] !== '\t')) break;
    markers++;
    i = next;
    while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  }
  // Indentation nests only what a marker opens: an indented line of text is code or a continuation.
  return markers ? markers + Math.floor(columns / 2) : 0;
}
