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
const saved = natives.map(([target, key]) => Object.getOwnPropertyDescriptor(target, key));

export const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
// Loaded here rather than by the first document, so that its polyfills come before the restoration:
// it sets globalThis.pdfjsWorker, which pdf.js uses as its in-process worker.
// @ts-expect-error the worker ships without types: only what it sets is used.
await import('pdfjs-dist/legacy/build/pdf.worker.mjs');

natives.forEach(([target, key], i) => {
  const native = saved[i];
  if (native) Object.defineProperty(target, key, native);
});
