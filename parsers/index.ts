import { extname } from 'node:path';
import { decode } from './decode.js';
import type { Diagnostic, Doc, DocMeta, Format, Layout } from './doc.js';
import { InputError } from './errors.js';
import { READABLE } from './formats.js';
import { DEFAULT_LIMITS, type Limits, tooLarge } from './limits.js';
import { isZip, zipNames } from './zip.js';

export { DEFAULT_LIMITS, type Limits } from './limits.js';

type Reader =
  | { input: 'text'; load: () => Promise<(text: string, limits: Limits) => Layout> }
  | {
      input: 'bytes';
      load: () => Promise<
        (bytes: Uint8Array, limits: Limits) => Promise<Layout & { diagnostics: Diagnostic[] }>
      >;
    };

/**
 * One reader per format, each a thin wrapper around its library. Each is imported on first use: pdf.js,
 * mammoth, linkedom and remark cost most of a cold start, and a text file needs none of them.
 */
export const READERS: Readonly<Record<Format, Reader>> = {
  text: { input: 'text', load: async () => (await import('./text.js')).parseText },
  markdown: { input: 'text', load: async () => (await import('./markdown.js')).parseMarkdown },
  html: { input: 'text', load: async () => (await import('./html.js')).parseHtml },
  pdf: { input: 'bytes', load: async () => (await import('./pdf.js')).parsePdf },
  docx: { input: 'bytes', load: async () => (await import('./docx.js')).parseDocx },
  odt: { input: 'bytes', load: async () => (await import('./odt.js')).parseOdt },
  email: { input: 'bytes', load: async () => (await import('./email.js')).parseEmail },
};

const EXTENSIONS: Readonly<Record<string, Format>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
  '.docx': 'docx',
  '.odt': 'odt',
  '.eml': 'email',
};

/** Extensions `ingest` picks up in a folder. */
export const KNOWN_EXTENSIONS = Object.keys(EXTENSIONS);

/**
 * The format of a file, from its content first: an e-mail's header block, PDF magic bytes, a zip's
 * entries (DOCX, ODT), then HTML markers near the start. The extension is only a hint, for Markdown
 * (which has no marker) and plain text, and to name what a file claims to be when it is not.
 */
export function detectFormat(bytes: Uint8Array, path?: string): Format {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const hint = path ? EXTENSIONS[extname(path).toLowerCase()] : undefined;
  if (isEmail(new TextDecoder('latin1').decode(bytes.subarray(0, 16 * 1024)))) return 'email';
  if (head.includes('%PDF-')) return 'pdf';
  if (isZip(bytes)) return zipFormat(bytes, head, hint);
  if (isOle(bytes)) {
    throw new InputError(
      'is a Word 97-2003 (.doc) or other legacy Office file, which palmares does not read',
      'save it as .docx, .odt or PDF',
    );
  }
  // Byte order marks and UTF-16's NULs aside, an HTML page opens with one of these tags.
  const start = head.replace(/\0/g, '').replace(/^(?:\u00ef\u00bb\u00bf|\u00fe\u00ff|\u00ff\u00fe)/, '');
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b/i.test(start)) {
    return 'html';
  }
  if (hint === 'pdf')
    throw new InputError('is named .pdf but is not a PDF (no %PDF- header)', 'check the file');
  if (hint === 'docx' || hint === 'odt')
    throw new InputError(
      `is named .${hint} but is not a ${hint === 'docx' ? 'Word' : 'OpenDocument'} document (no zip signature)`,
      'check the file, or save it again from its application',
    );
  return hint === 'markdown' || hint === 'html' || hint === 'email' ? hint : 'text';
}

/** A zip is a DOCX when it holds Word's parts, an ODT when its `mimetype` says so; other zips are refused. */
function zipFormat(bytes: Uint8Array, head: string, hint: Format | undefined): Format {
  const names = zipNames(bytes, hint === 'docx' ? 'DOCX' : hint === 'odt' ? 'ODT' : undefined);
  if (names.some((n) => n.startsWith('word/'))) return 'docx';
  // ODF stores its mimetype, uncompressed, as the first entry.
  const mimetype = /application\/vnd\.oasis\.opendocument\.[a-z-]+/.exec(head)?.[0];
  if (mimetype?.startsWith('application/vnd.oasis.opendocument.text')) return 'odt';
  const what = mimetype
    ? `an OpenDocument file of another kind (${mimetype})`
    : names.some((n) => n.startsWith('xl/'))
      ? 'an Excel workbook'
      : names.some((n) => n.startsWith('ppt/'))
        ? 'a PowerPoint presentation'
        : 'a zip archive';
  throw new InputError(
    `is ${what}, not a Word (.docx) or OpenDocument text (.odt) document`,
    `give the announcement itself: ${READABLE}`,
  );
}

/** The compound file signature of Word 97-2003, Excel and PowerPoint files. */
function isOle(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return sig.every((b, i) => bytes[i] === b);
}

/**
 * An RFC 5322 message: it opens with a block of header fields (and their folded continuations) that
 * names a sender and at least one of the fields every sent message has. A press release that starts
 * with "Date : 3 mars" is no e-mail: French field names and the space before the colon do not match.
 */
function isEmail(head: string): boolean {
  const block = head.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const lines = block.split(/\r?\n/);
  const fields = new Set<string>();
  for (const [i, line] of lines.entries()) {
    if (/^[ \t]/.test(line) && i > 0) continue;
    const name = /^([!-9;-~]+):/.exec(line)?.[1];
    if (!name) return false;
    fields.add(name.toLowerCase());
  }
  return (
    fields.has('from') &&
    ['date', 'subject', 'message-id', 'mime-version', 'received', 'to'].some((f) => fields.has(f))
  );
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
    const read = await reader.load();
    const { diagnostics, meta, ...layout } = await read(bytes, limits);
    return {
      ...layout,
      encoding: null,
      diagnostics: [...diagnostics, ...mojibake(layout.text)],
      meta: meta ?? NO_META,
    };
  }
  const read = await reader.load();
  const decoded = decode(bytes);
  const { meta, ...layout } = read(decoded.text, limits);
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
