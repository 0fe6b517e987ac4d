import { createRequire } from 'node:module';
import type { Diagnostic } from './doc.js';
import { InputError } from './errors.js';
import { READABLE } from './formats.js';
import { visibleText } from './invisible.js';

/** chardet and iconv-lite read legacy encodings only: a UTF-8 file, most of them, never loads them. */
const legacyLibraries = () => {
  const require = createRequire(import.meta.url);
  return {
    chardet: require('chardet') as typeof import('chardet'),
    iconv: require('iconv-lite') as typeof import('iconv-lite'),
  };
};

export interface Decoded {
  text: string;
  /** The encoding the bytes were read as, as a WHATWG/iconv label. */
  encoding: string;
  diagnostics: Diagnostic[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** Encodings a legacy press release may use; what chardet guesses outside them is not trusted. */
const LEGACY = new Map([
  ['windows-1252', 'windows-1252'],
  ['iso-8859-1', 'windows-1252'],
  ['iso-8859-15', 'iso-8859-15'],
  ['macintosh', 'macintosh'],
]);

/**
 * Bytes to text: the BOM decides (UTF-8, UTF-16 LE/BE); else bytes that are valid UTF-8 are UTF-8, and
 * so are bytes whose non-ASCII sequences are mostly valid UTF-8 (the invalid ones become U+FFFD, with
 * an `encoding-invalid` warning); else chardet's guess among the legacy Western encodings,
 * Windows-1252 by default (a superset of ISO-8859-1 for printable text). Then NFC, `\n` line endings,
 * and no invisible characters (see invisible.ts); nothing else is altered.
 */
export function decode(bytes: Uint8Array): Decoded {
  const diagnostics: Diagnostic[] = [];
  let text: string;
  let encoding: string;
  /** UTF-8 read with its broken sequences replaced. */
  let repaired = false;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    repaired = !isUtf8(bytes.subarray(3));
    text = lenientUtf8.decode(bytes.subarray(3));
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
  } else if (mostlyUtf8(bytes)) {
    encoding = 'utf-8';
    repaired = true;
    text = lenientUtf8.decode(bytes);
  } else {
    const { chardet, iconv } = legacyLibraries();
    const guess = chardet.analyse(bytes).find((c) => LEGACY.has(c.name.toLowerCase()));
    encoding = LEGACY.get(guess?.name.toLowerCase() ?? '') ?? 'windows-1252';
    text = iconv.decode(Buffer.from(bytes), encoding);
    diagnostics.push({
      code: 'encoding-guessed',
      message: `not UTF-8: read as ${encoding}${guess ? ` (chardet confidence ${guess.confidence})` : ''}`,
    });
  }
  if (text.includes('\u0000')) {
    throw new InputError('looks binary (it contains NUL characters)', `give ${READABLE}`);
  }
  text = visibleText(text.normalize('NFC').replace(/\r\n?/g, '\n'));
  if (repaired) diagnostics.push(invalidUtf8(bytes, text));
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

/** Counts the well-formed and the broken multi-byte UTF-8 sequences, in one pass. */
function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number; firstInvalid: number } {
  let valid = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { valid, invalid, firstInvalid };
}

/** UTF-8 with a few broken bytes (a bad copy, a truncated character): most non-ASCII sequences are sound. */
function mostlyUtf8(bytes: Uint8Array): boolean {
  const { valid, invalid } = utf8Sequences(bytes);
  return valid > invalid;
}

function invalidUtf8(bytes: Uint8Array, text: string): Diagnostic {
  const { invalid, firstInvalid } = utf8Sequences(bytes);
  const at = text.indexOf('\ufffd');
  return {
    code: 'encoding-invalid',
    message:
      `${invalid} byte sequence${invalid === 1 ? ' is' : 's are'} not valid UTF-8 (the first at byte ${firstInvalid}): ` +
      'read as U+FFFD, the rest of the file as UTF-8',
    ...(at >= 0 ? { span: { start: at, end: at + 1 } } : {}),
  };
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
