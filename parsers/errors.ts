/**
 * A problem that abandons one document: it names what is wrong and what to do. The CLI prints it
 * on one line after the file name; a batch records it and goes on with the other documents.
 */
export class InputError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Gives up waiting on `work` after `ms` with `error`: a limit for untrusted input, one place for all. */
export function withTimeout<T>(work: Promise<T>, ms: number, error: () => InputError): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(error()), ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}
