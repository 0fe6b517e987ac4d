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
