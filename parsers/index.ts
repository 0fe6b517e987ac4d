import { extname } from 'node:path';
import type { Doc, Format } from './doc.js';
import { InputError } from './errors.js';
import { parseMarkdown } from './markdown.js';
import { parseText } from './text.js';

/** One parser per format, each a thin wrapper: decoded text in, Doc out. */
export const PARSERS: Readonly<Record<Format, (text: string) => Doc>> = {
  text: parseText,
  markdown: parseMarkdown,
};

export const FORMATS = Object.keys(PARSERS) as Format[];

const EXTENSIONS: Readonly<Record<string, Format>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** The format of a file: the extension is a hint; anything unknown is read as plain text. */
export function detectFormat(path: string | undefined): Format {
  return (path && EXTENSIONS[extname(path).toLowerCase()]) || 'text';
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Bytes to Doc text: UTF-8 (BOM dropped), NFC, every line ending as `\n`. Nothing else is altered. */
export function decode(bytes: Uint8Array): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new InputError('is not valid UTF-8', 'convert it to UTF-8 (e.g. `iconv -f WINDOWS-1252 -t UTF-8`)');
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return text.normalize('NFC').replace(/\r\n?/g, '\n');
}

export function parse(bytes: Uint8Array, format: Format): Doc {
  if (bytes.includes(0))
    throw new InputError('looks binary (it contains NUL bytes)', 'give a text or Markdown file');
  return PARSERS[format](decode(bytes));
}

export type { Block, BlockKind, Doc, Format, Span } from './doc.js';
export { InputError } from './errors.js';
