import { withTimeout } from '../parsers/errors.js';
import { InputError } from '../parsers/index.js';

/** How long one document may take before it is abandoned as failed. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** One line for a document that failed: the problem, then what to do about it. */
export function describeError(e: unknown): string {
  if (e instanceof InputError) return e.hint ? `${e.message} (${e.hint})` : e.message;
  return e instanceof Error ? e.message : String(e);
}

/** Gives up waiting on a document's extraction after `ms`, with an error that says what to do. */
export function extractionTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return withTimeout(
    work,
    ms,
    () =>
      new InputError(`took longer than ${ms / 1000} s to extract`, 'raise --timeout or split the document'),
  );
}
