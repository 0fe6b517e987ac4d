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
  /** Nesting of HTML elements or Markdown containers (lists, quotes) read at most. */
  maxDepth: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxPages: 200,
  timeoutMs: 30_000,
  maxBytes: 50 * 1024 * 1024,
  maxDepth: 200,
};

/** "50 MiB", "1.5 KiB": a size as a limit message gives it. */
export function formatBytes(n: number): string {
  const [value, unit] =
    n >= 1024 * 1024 ? [n / 1024 / 1024, 'MiB'] : n >= 1024 ? [n / 1024, 'KiB'] : [n, 'bytes'];
  return `${Number(value.toFixed(1))} ${unit}`;
}
