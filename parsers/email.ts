import { createHash } from 'node:crypto';
import PostalMime, { type Email } from 'postal-mime';
import type { Diagnostic, DocMeta, Layout } from './doc.js';
import { InputError } from './errors.js';
import { parseHtmlBody } from './html.js';
import { parseText } from './text.js';

/** Bounds on the MIME structure, within postal-mime's own (headers, nested messages). */
const MIME_LIMITS = { maxNestingDepth: 32, maxHeadersSize: 1024 * 1024, maxRfc822NestingDepth: 4 };

/** A file an e-mail carries, decoded. */
export interface Attachment {
  /** Its file name as the message gives it, or `attachment-N` for one without. */
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

/**
 * An e-mail (RFC 5322, MIME) through postal-mime: its HTML body where it has one (the plain-text
 * alternative of an HTML message is a flattened copy), else its text body, read as a document body.
 * The `Date:` header is the document's date and the subject its title. Its attachments are documents
 * of their own (see `emailAttachments`), not part of this text.
 */
export async function parseEmail(bytes: Uint8Array): Promise<Layout & { diagnostics: Diagnostic[] }> {
  const email = await readEmail(bytes);
  const layout = email.html?.trim()
    ? parseHtmlBody(email.html, 'email')
    : { ...parseText(normalise(email.text ?? '')), format: 'email' as const };
  if (!layout.text.trim()) {
    const files = email.attachments.filter((a) => a.disposition !== 'inline' || a.filename).length;
    throw new InputError(
      'is an e-mail without a body (no text in its text or HTML part)',
      files
        ? `its ${files === 1 ? 'attachment is a document' : `${files} attachments are documents`} of its own: \`palmares ingest\` reads them`
        : 'give the announcement itself',
    );
  }
  const attachments = filesOf(email).map((a) => ({
    name: a.name,
    sha256: createHash('sha256').update(a.bytes).digest('hex'),
    bytes: a.bytes.byteLength,
  }));
  return { ...layout, meta: emailMeta(email), diagnostics: [], attachments };
}

/** The files an e-mail carries, in the order it gives them; inline images of its HTML are not files. */
export async function emailAttachments(bytes: Uint8Array): Promise<Attachment[]> {
  return filesOf(await readEmail(bytes));
}

function filesOf(email: Email): Attachment[] {
  return email.attachments
    .filter((a) => !a.related)
    .map((a, i) => ({
      name: a.filename?.trim() || `attachment-${i + 1}`,
      mimeType: a.mimeType,
      bytes: typeof a.content === 'string' ? new TextEncoder().encode(a.content) : new Uint8Array(a.content),
    }));
}

async function readEmail(bytes: Uint8Array): Promise<Email> {
  try {
    return await PostalMime.parse(bytes, MIME_LIMITS);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new InputError(
      `is not a readable e-mail: ${reason.replace(/\s+/g, ' ').trim()}`,
      'save the message again from the mail program (as .eml)',
    );
  }
}

/** Text bodies as the other readers give text: `\n` line endings, NFC. */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n').normalize('NFC');
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The day of the `Date:` header as the sender wrote it ("Tue, 5 Dec 2023 10:12:00 +0100" →
 * 2023-12-05, never shifted to another time zone), and the subject.
 */
function emailMeta(email: Email): DocMeta {
  const raw = email.headers.find((h) => h.key === 'date')?.value ?? '';
  const m = /(?:^|[\s,])(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+((?:19|20)\d{2})\b/i.exec(raw);
  const month = m ? MONTHS.indexOf((m[2] as string).toLowerCase()) + 1 : 0;
  const day = m ? Number(m[1]) : 0;
  const published =
    m && month && day >= 1 && day <= 31
      ? `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
      : null;
  return { published, title: email.subject?.normalize('NFC').trim() || null };
}
