import { extname } from 'node:path';
import { decode } from './decode.js';
import type { Diagnostic, Doc, DocMeta, Format, Layout } from './doc.js';
import { InputError } from './errors.js';
import { parseHtml } from './html.js';
import { DEFAULT_LIMITS, type Limits, tooLarge } from './limits.js';
import { parseMarkdown } from './markdown.js';
import { parsePdf } from './pdf.js';
import { parseText } from './text.js';

export { DEFAULT_LIMITS, type Limits } from './limits.js';

type Reader =
  | { input: 'text'; read: (text: string, limits: Limits) => Layout }
  | {
      input: 'bytes';
      read: (bytes: Uint8Array, limits: Limits) => Promise<Layout & { diagnostics: Diagnostic[] }>;
    };

/** One reader per format, each a thin wrapper around its library. */
export const READERS: Readonly<Record<Format, Reader>> = {
  text: { input: 'text', read: parseText },
  markdown: { input: 'text', read: parseMarkdown },
  html: { input: 'text', read: parseHtml },
  pdf: { input: 'bytes', read: parsePdf },
};

export const FORMATS = Object.keys(READERS) as Format[];

const EXTENSIONS: Readonly<Record<string, Format>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
};

/** Extensions `ingest` picks up in a folder. */
export const KNOWN_EXTENSIONS = Object.keys(EXTENSIONS);

/**
 * The format of a file, from its content first: PDF magic bytes, then HTML markers near the start.
 * The extension is only a hint, for Markdown (which has no marker) and plain text.
 */
export function detectFormat(bytes: Uint8Array, path?: string): Format {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  // Byte order marks and UTF-16's NULs aside, an HTML page opens with one of these tags.
  const start = head.replace(/\0/g, '').replace(/^(?:\u00ef\u00bb\u00bf|\u00fe\u00ff|\u00ff\u00fe)/, '');
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(start)) {
    return 'html';
  }
  const hint = path ? EXTENSIONS[extname(path).toLowerCase()] : undefined;
  if (hint === 'pdf')
    throw new InputError('is named .pdf but is not a PDF (no %PDF- header)', 'check the file');
  return hint === 'markdown' || hint === 'html' ? hint : 'text';
}

const NO_META: DocMeta = { published: null, title: null };

/** Bytes to Doc with the given (or detected) format's reader; problems with the input are diagnostics. */
export async function parse(
  bytes: Uint8Array,
  format: Format,
  limits: Limits = DEFAULT_LIMITS,
): Promise<Doc> {
  if (bytes.byteLength > limits.maxBytes) throw tooLarge(limits.maxBytes);
  const reader = READERS[format];
  if (reader.input === 'bytes') {
    const { diagnostics, meta, ...layout } = await reader.read(bytes, limits);
    return {
      ...layout,
      encoding: null,
      diagnostics: [...diagnostics, ...mojibake(layout.text)],
      meta: meta ?? NO_META,
    };
  }
  const decoded = decode(bytes);
  const { meta, ...layout } = reader.read(decoded.text, limits);
  return {
    ...layout,
    encoding: decoded.encoding,
    diagnostics: [...decoded.diagnostics, ...mojibake(layout.text)],
    meta: meta ?? NO_META,
  };
}

/** UTF-8 that went through a legacy encoding before it reached us ("Ã©" for "é"). */
function mojibake(text: string): Diagnostic[] {
  const m = /Ã[\u0080-\u00bf]|â€[™œ\u009d“”˜¦]/u.exec(text);
  if (!m) return [];
  return [
    {
      code: 'mojibake',
      message: `"${m[0]}" looks like UTF-8 that was read as a legacy encoding before this file was saved`,
      span: { start: m.index, end: m.index + m[0].length },
    },
  ];
}

export { decode } from './decode.js';
export type { Block, BlockKind, Diagnostic, Doc, DocMeta, Format, Layout, Span } from './doc.js';
export { InputError } from './errors.js';
