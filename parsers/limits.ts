import { InputError } from './errors.js';

/**
 * Limits for untrusted input, each stated in the README. A document past one of them is refused with a
 * one-line error; none of them is reached by a real announcement.
 */
export interface Limits {
  /** PDF pages read at most. */
  maxPages: number;
  /** How long the PDF reader may take (checked between its steps; the worker's limit is the hard one). */
  timeoutMs: number;
  /** Bytes of one document read at most. */
  maxBytes: number;
  /** Nesting of HTML elements read at most. */
  maxHtmlDepth: number;
  /** Nesting of Markdown containers (list items, block quotes) read at most. */
  maxMarkdownDepth: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxPages: 200,
  timeoutMs: 30_000,
  maxBytes: 50 * 1024 * 1024,
  maxHtmlDepth: 256,
  maxMarkdownDepth: 32,
};

/** "50 MiB", "1.5 KiB": a size as a limit message gives it. */
export function formatBytes(n: number): string {
  const [value, unit] =
    n >= 1024 * 1024 ? [n / 1024 / 1024, 'MiB'] : n >= 1024 ? [n / 1024, 'KiB'] : [n, 'bytes'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

/** The error for a document over `maxBytes`. */
export function tooLarge(maxBytes: number): InputError {
  return new InputError(
    `is larger than the limit of ${formatBytes(maxBytes)}`,
    'an announcement is far smaller: split it, or check that this is the right file',
  );
}
