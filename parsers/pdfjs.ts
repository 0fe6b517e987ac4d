import { createRequire } from 'node:module';

/**
 * pdf.js's legacy build (the modern one does not load on Node 20: it needs DOMMatrix,
 * Promise.withResolvers and ArrayBuffer.prototype.transferToFixedLength), loaded with its in-process
 * worker. Its core-js polyfills replace two built-ins for the whole process on Node 20 (V8 11.3):
 * Array.prototype.push, with a JavaScript loop, for a corner of the specification (an array whose
 * length cannot be written), and JSON.parse, for source access in revivers. Every push of every module then costs several times more, pdf.js's own included:
 * the native ones are put back once both files have run. What the polyfills add stays.
 */
const natives = [
  [Array.prototype, 'push'],
  [JSON, 'parse'],
] as const;

type Pdfjs = Pick<typeof import('pdfjs-dist/legacy/build/pdf.mjs'), 'getDocument' | 'VerbosityLevel'>;
let loaded: Pdfjs | undefined;

/**
 * pdf.js, loaded by the first PDF. Required rather than imported: the worker runs as a script compiled
 * from a code cache (pipeline/worker-thread.cts), where Node cannot import().
 */
export function pdfjs(): Pdfjs {
  loaded ??= load();
  return loaded;
}

function load(): Pdfjs {
  const saved = natives.map(([target, key]) => Object.getOwnPropertyDescriptor(target, key));
  const require = createRequire(import.meta.url);
  const { getDocument, VerbosityLevel } = require('pdfjs-dist/legacy/build/pdf.mjs') as Pdfjs;
  // Loaded here rather than by the first document, so that its polyfills come before the restoration:
  // it sets globalThis.pdfjsWorker, which pdf.js uses as its in-process worker.
  require('pdfjs-dist/legacy/build/pdf.worker.mjs');
  natives.forEach(([target, key], i) => {
    const native = saved[i];
    if (native) Object.defineProperty(target, key, native);
  });
  return { getDocument, VerbosityLevel };
}
