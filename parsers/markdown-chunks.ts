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
/** The block-level tags whose HTML block may interrupt a paragraph (CommonMark's sixth kind). */
const BLOCK_TAG =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)/i;
/** An ATX heading: a block of one line, after which another may start. */
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** A bullet list item with content (not a list of its own), at the margin: it closes every open container, and may interrupt a paragraph. */
const MARGIN_BULLET = /^[-*+][ \t]+(?![-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))\S/;
/** A link or footnote definition with its destination on its line: "[label]: https://…", "[^1]: …". */
const DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;

export interface Chunks {
  /** Consecutive pieces of the source, each parsed on its own; together, the whole source. */
  chunks: string[];
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
  let chunkStart = 0;
  let fence: string | null = null;
  let rawEnd: RegExp | null = null;
  let inHtml = false;
  let previousBlank = true;
  let blockMayStart = true;
  let definitions = 0;
  for (let start = 0; start < source.length; ) {
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline + 1;
    const line = source.slice(start, newline < 0 ? source.length : newline);
    // Blank as CommonMark says: spaces and tabs only (a no-break space is content).
    const blank = /^[ \t\r]*$/.test(line);
    const depth = nesting(line);
    if (depth > maxDepth) throw tooDeep('lists or quotes', depth, maxDepth);

    const open = fence !== null || rawEnd !== null || inHtml;
    const margin = !blank && line[0] !== ' ' && line[0] !== '\t';
    if (!open && start - chunkStart >= chunkChars && margin && (previousBlank || MARGIN_BULLET.test(line))) {
      chunks.push(source.slice(chunkStart, start));
      chunkStart = start;
    }

    if (fence !== null) {
      const close = FENCE.exec(line)?.[1];
      if (close && close[0] === fence[0] && close.length >= fence.length && line.trim() === close) {
        fence = null;
        blockMayStart = true;
      }
    } else if (rawEnd !== null) {
      if (rawEnd.test(line)) {
        rawEnd = null;
        blockMayStart = true;
      }
    } else if (inHtml) {
      // An HTML block holds everything, fences included, up to a blank line.
      if (blank) inHtml = false;
      blockMayStart = blank;
    } else {
      const opened = FENCE.exec(line)?.[1];
      const raw = RAW_HTML.find(([startRe]) => startRe.test(line));
      if (opened) fence = opened;
      else if (raw) rawEnd = raw[1].test(line.replace(raw[0], '')) ? null : raw[1];
      // Any tag opens an HTML block where a block may start; inside a paragraph, only a block-level one.
      else if (!blank && HTML_BLOCK.test(line) && (blockMayStart || BLOCK_TAG.test(line))) inHtml = true;
      blockMayStart = blank || ATX_HEADING.test(line) || (raw !== undefined && rawEnd === null);
      if (DEFINITION.test(line)) definitions++;
    }
    previousBlank = blank;
    start = end;
  }
  chunks.push(source.slice(chunkStart));
  // Each piece is parsed again with every definition before it (markdown.ts): past a few, parse whole.
  return { chunks: definitions > MAX_DEFINITIONS ? [source] : chunks };
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
