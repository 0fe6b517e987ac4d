import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Diagnostic } from './doc.js';
import { InputError } from './errors.js';

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as, as a WHATWG/iconv label. */
  encoding: string;
  diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Encodings a legacy press release may use; what chardet guesses outside them is not trusted. */
const LEGACY = new Map([
  ['windows-1252', 'windows-1252'],
  ['iso-8859-1', 'windows-1252'],
  ['iso-8859-15', 'iso-8859-15'],
  ['macintosh', 'macintosh'],
]);

/**
 * Bytes to text: the BOM decides (UTF-8, UTF-16 LE/BE); else bytes that are valid UTF-8 are UTF-8;
 * else chardet's guess among the legacy Western encodings, Windows-1252 by default (a superset of
 * ISO-8859-1 for printable text). Then NFC and `\n` line endings; nothing else is altered.
 */
export function decode(bytes: Uint8Array): Decoded {
  const diagnostics: Diagnostic[] = [];
  let text: string;
  let encoding: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    text = strictUtf8(bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else if (utf16WithoutBom(bytes)) {
    encoding = utf16WithoutBom(bytes) as string;
    text = new TextDecoder(encoding).decode(bytes);
  } else if (isUtf8(bytes)) {
    encoding = 'utf-8';
    text = utf8.decode(bytes);
  } else {
    const guess = chardet.analyse(bytes).find((c) => LEGACY.has(c.name.toLowerCase()));
    encoding = LEGACY.get(guess?.name.toLowerCase() ?? '') ?? 'windows-1252';
    text = iconv.decode(Buffer.from(bytes), encoding);
    diagnostics.push({
      code: 'encoding-guessed',
      message: `not UTF-8: read as ${encoding}${guess ? ` (chardet confidence ${guess.confidence})` : ''}`,
    });
  }
  if (text.includes('\u0000')) {
    throw new InputError(
      'looks binary (it contains NUL characters)',
      'give a text, Markdown, HTML or PDF file',
    );
  }
  text = text.normalize('NFC').replace(/\r\n?/g, '\n');
  return { text, encoding, diagnostics };
}

/** UTF-16 saved without a BOM: ASCII text leaves a NUL in every other byte. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 1000) & ~1;
  if (n < 8) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (odd > n * 0.3 && even === 0) return 'utf-16le';
  if (even > n * 0.3 && odd === 0) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function strictUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new InputError(
      'starts with a UTF-8 byte order mark but is not valid UTF-8',
      'save it again as UTF-8',
    );
  }
}
