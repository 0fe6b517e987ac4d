// DOCX and ODT written directly as zipped XML (fflate, as test/fixtures/bad/make-bad.mjs does): the
// few parts each reader needs, heading styles, bulleted lists and line breaks, so that a corpus of
// thousands needs no office suite. Fixed zip times: the same blocks give the same bytes.
import { strToU8, zipSync } from 'fflate';

const FIXED = new Date(Date.UTC(2024, 0, 1));
const xml = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const zip = (parts) =>
  zipSync(
    Object.fromEntries(
      parts.map(([name, text, level = 6]) => [name, [strToU8(text), { mtime: FIXED, level }]]),
    ),
  );

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A Word document: `grouped` (blocks.mjs) as Heading 2 paragraphs, bulleted list paragraphs and body text. */
export function docx(grouped) {
  const run = (lines) =>
    lines
      .map((l, i) => `${i ? '<w:r><w:br/></w:r>' : ''}<w:r><w:t xml:space="preserve">${xml(l)}</w:t></w:r>`)
      .join('');
  const body = grouped.flatMap((g) => {
    if (g.kind === 'heading')
      return [`<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr>${run([g.text])}</w:p>`];
    if (g.kind === 'list')
      return g.items.map(
        (i) =>
          `<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>${run(i.lines)}</w:p>`,
      );
    return [`<w:p>${run(g.lines)}</w:p>`];
  });
  return zip([
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    ],
    [
      'word/_rels/document.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId2" Type="${REL}/numbering" Target="numbering.xml"/></Relationships>`,
    ],
    [
      'word/styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/></w:style></w:styles>`,
    ],
    [
      'word/numbering.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`,
    ],
    [
      'docProps/core.xml',
      '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Communiqué de presse</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-01T09:00:00Z</dcterms:created></cp:coreProperties>',
    ],
    [
      'word/document.xml',
      `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body.join('')}</w:body></w:document>`,
    ],
  ]);
}

const ODF = 'urn:oasis:names:tc:opendocument:xmlns';

/** An OpenDocument text: `grouped` (blocks.mjs) as text:h, text:list and text:p with line breaks. */
export function odt(grouped) {
  const lines = (ls) => ls.map(xml).join('<text:line-break/>');
  const body = grouped.map((g) => {
    if (g.kind === 'heading') return `<text:h text:outline-level="2">${xml(g.text)}</text:h>`;
    if (g.kind === 'list')
      return `<text:list>${g.items.map((i) => `<text:list-item><text:p>${lines(i.lines)}</text:p></text:list-item>`).join('')}</text:list>`;
    return `<text:p>${lines(g.lines)}</text:p>`;
  });
  const ns = `xmlns:office="${ODF}:office:1.0" xmlns:text="${ODF}:text:1.0" xmlns:meta="${ODF}:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"`;
  return zip([
    // The mimetype comes first and stored, as ODF requires.
    ['mimetype', 'application/vnd.oasis.opendocument.text', 0],
    [
      'META-INF/manifest.xml',
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    ],
    [
      'meta.xml',
      `<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${ns}><office:meta><dc:title>Communiqué de presse</dc:title><meta:creation-date>2024-01-01T09:00:00</meta:creation-date></office:meta></office:document-meta>`,
    ],
    [
      'content.xml',
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:body><office:text>${body.join('')}</office:text></office:body></office:document-content>`,
    ],
  ]);
}
