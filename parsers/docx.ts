import mammoth from 'mammoth';
import type { Diagnostic, Layout } from './doc.js';
import { InputError } from './errors.js';
import { parseHtmlBody } from './html.js';
import { officeMeta } from './office-meta.js';
import { fflate, readZip } from './zip.js';

/** Word's title styles, which mammoth's default style map leaves as paragraphs. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/**
 * A Word document through mammoth, which maps heading styles, numbered and bulleted lists, tables and
 * line breaks to HTML; that HTML is read as a document body onto the same blocks as Markdown. Only
 * the archive's XML parts are inflated (within the zip limits) and handed to mammoth in a fresh
 * archive: images are never read, and nothing mammoth reads escaped the limits. Headers, footers and
 * comments are not the body: mammoth leaves them out.
 */
export async function parseDocx(bytes: Uint8Array): Promise<Layout & { diagnostics: Diagnostic[] }> {
  const parts = readZip(bytes, (name) => /\.(?:xml|rels)$/i.test(name), 'DOCX');
  if (!parts.has('word/document.xml')) {
    throw new InputError(
      'is a DOCX without a document body (no word/document.xml)',
      'open it in Word or LibreOffice and save it again as .docx',
    );
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(fflate().zipSync(Object.fromEntries(parts), { level: 0 })) },
      {
        styleMap: STYLE_MAP,
        // An image is no text: its alt text is kept, its bytes never read.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new InputError(
      `is not a readable DOCX: ${reason.replace(/\s+/g, ' ').trim()}`,
      'open it in Word or LibreOffice and save it again as .docx',
    );
  }
  return {
    ...parseHtmlBody(html, 'docx'),
    meta: officeMeta(parts.get('docProps/core.xml'), 'docProps/core.xml', 'dcterms:created'),
    diagnostics: [],
  };
}
