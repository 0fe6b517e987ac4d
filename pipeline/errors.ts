import { InputError } from '../parsers/errors.js';

/** How long one document may take before it is abandoned as failed. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** One line for a document that failed: the problem, then what to do about it. */
export function describeError(e: unknown): string {
  if (e instanceof InputError) return printable(e.hint ? `${e.message} (${e.hint})` : e.message);
  return printable(e instanceof Error ? e.message : String(e));
}

/** `palmares: <file>: <problem> (<what to do>)`, the file name escaped: the line every failure is printed as. */
export function failureLine(file: string, e: unknown): string {
  return `palmares: ${file ? `${printable(file)}: ` : ''}${typeof e === 'string' ? printable(e) : describeError(e)}`;
}

const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A name as it may be printed on one line: control and invisible formatting characters escaped (`\n`,
 * `\x1b`, `\u{202e}`), so that a file name can neither forge a line of output nor hide part of itself.
 */
export function printable(s: string): string {
  return s.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => {
    const code = c.codePointAt(0) ?? 0;
    return (
      ESCAPES[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`)
    );
  });
}

export function timedOut(ms: number): InputError {
  return new InputError(
    `took longer than ${ms / 1000} s to extract`,
    'raise --timeout or split the document',
  );
}
