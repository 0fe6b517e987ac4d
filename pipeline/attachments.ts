import { extname } from 'node:path';
import type { Format } from '../parsers/doc.js';
import type { Attachment } from '../parsers/email.js';
import { detectFormat, InputError, KNOWN_EXTENSIONS } from '../parsers/index.js';
import { type Skipped, type Source, source } from './sources.js';

/** E-mails attached to e-mails are opened this many levels deep. */
const MAX_DEPTH = 3;

/**
 * The sources with, after each e-mail, the files it carries that palmares reads, as documents of their
 * own: `<message path> › <file name>`, placed in the corpus under the file's name. A file whose bytes
 * the corpus or this run already holds is not added twice; a file palmares does not read is passed to
 * `onSkipped` with the reason. An e-mail that cannot be opened is left to fail as a document.
 */
export async function withAttachments(
  sources: Source[],
  inCorpus: ReadonlySet<string>,
  onSkipped: (skipped: Skipped) => void = () => {},
): Promise<Source[]> {
  const seen = new Set([...inCorpus, ...sources.map((s) => s.sha256)]);
  const out: Source[] = [];
  const visit = async (src: Source, depth: number): Promise<void> => {
    out.push(src);
    if (depth > MAX_DEPTH || formatOf(src.bytes, src.name ?? src.path) !== 'email') return;
    // The e-mail reader (and the HTML one it needs) only loads for a batch that holds an e-mail.
    const { emailAttachments } = await import('../parsers/email.js');
    const files = await emailAttachments(src.bytes).catch(() => []);
    for (const file of files) {
      const path = `${src.path} › ${file.name}`;
      const format = documentFormat(file);
      if (typeof format !== 'string') {
        onSkipped({ path, reason: format.reason });
        continue;
      }
      const attached = { ...source(path, Buffer.from(file.bytes)), name: file.name };
      if (seen.has(attached.sha256)) continue;
      seen.add(attached.sha256);
      await visit(attached, depth + 1);
    }
  };
  for (const src of sources) await visit(src, 0);
  return out;
}

function formatOf(bytes: Uint8Array, path: string): Format | null {
  try {
    return detectFormat(bytes, path);
  } catch {
    return null;
  }
}

/** The format an attachment is read in, or why it is not: images, spreadsheets, damaged files. */
function documentFormat(file: Attachment): Format | { reason: string } {
  let format: Format;
  try {
    format = detectFormat(file.bytes, file.name);
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { reason: `is an attachment that ${e.message}${e.hint ? ` (${e.hint})` : ''}` };
  }
  // Anything detects as plain text in the end: only a text file by its name or its type is one.
  const textual =
    KNOWN_EXTENSIONS.includes(extname(file.name).toLowerCase()) ||
    /^text\/(?:plain|markdown|html)$/.test(file.mimeType);
  if (format !== 'text' || textual) return format;
  return {
    reason: `is an attachment of a kind palmares does not read (${file.mimeType}); save it as a document palmares reads to add it`,
  };
}
