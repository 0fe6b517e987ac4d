import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat, parse } from '../../parsers/index.js';
import { repoRoot } from '../support/cases.js';
import { blockTexts } from '../support/doc.js';

const NS = [
  'xmlns:o="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:t="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:tb="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:s="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:m="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
].join(' ');

/** An ODT of the given body; its namespaces under other prefixes than LibreOffice's, as the format allows. */
function odt(body: string, styles = ''): Uint8Array {
  const content = `<?xml version="1.0"?><o:document-content ${NS}><o:automatic-styles>${styles}</o:automatic-styles><o:body><o:text>${body}</o:text></o:body></o:document-content>`;
  const meta = `<?xml version="1.0"?><o:document-meta ${NS}><o:meta><dc:title>Les lauréats</dc:title><m:creation-date>2023-12-08T10:00:00</m:creation-date></o:meta></o:document-meta>`;
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8(content),
    'meta.xml': strToU8(meta),
  });
}

describe('ODT reader', () => {
  it('maps headings, lists, tables, line breaks, spaces and bold paragraphs onto blocks', async () => {
    const bytes = odt(
      '<t:h t:outline-level="2">MODERNISER LE SERVICE PUBLIC</t:h>' +
        '<t:p t:style-name="P1">Label or</t:p>' +
        '<t:list><t:list-item><t:p>Ville de Lille<t:line-break/>Lille <t:s t:c="2"/>accessible</t:p></t:list-item>' +
        '<t:list-item><t:p>Métropole de Lyon</t:p><t:list><t:list-item><t:p>Projet <t:span t:style-name="T1">Lyon Data</t:span></t:p></t:list-item></t:list></t:list-item></t:list>' +
        '<t:p/>' +
        '<tb:table><tb:table-row><tb:table-cell><t:p>Ville de Dax</t:p></tb:table-cell><tb:table-cell><t:p>Dax</t:p><t:p>connectée</t:p></tb:table-cell></tb:table-row></tb:table>',
      '<s:style s:name="P1" s:family="paragraph"><s:text-properties fo:font-weight="bold"/></s:style>' +
        '<s:style s:name="T1" s:family="text"><s:text-properties fo:font-weight="bold"/></s:style>',
    );
    expect(detectFormat(bytes)).toBe('odt');
    const doc = await parse(bytes, 'odt');
    expect(blockTexts(doc)).toEqual([
      'heading: MODERNISER LE SERVICE PUBLIC',
      'heading: Label or',
      'list-item: Ville de Lille',
      'line: Lille accessible',
      'list-item: Métropole de Lyon',
      'list-item: Projet Lyon Data',
      'paragraph: Ville de Dax | Dax connectée',
    ]);
    expect(doc.blocks.map((b) => b.depth ?? null)).toEqual([2, null, 1, null, 1, 2, null]);
    expect(doc.text).toContain('Lille   accessible');
    expect(doc.meta).toEqual({ published: '2023-12-08', title: 'Les lauréats' });
  });

  it('leaves out notes, comments, tracked deletions and indexes', async () => {
    const doc = await parse(
      odt(
        '<t:table-of-content><t:index-body><t:p>Label or ..... 2</t:p></t:index-body></t:table-of-content>' +
          '<t:tracked-changes><t:changed-region><t:deletion><t:p>Label argent : Ville de Pau</t:p></t:deletion></t:changed-region></t:tracked-changes>' +
          '<t:p>Ville de Brest<t:note><t:note-citation>1</t:note-citation><t:note-body><t:p>Sous réserve.</t:p></t:note-body></t:note>' +
          '<o:annotation><t:p>à vérifier</t:p></o:annotation></t:p>',
      ),
      'odt',
    );
    expect(doc.text).toBe('Ville de Brest1');
  });

  it('reads ODT and DOCX files written by LibreOffice the same way', async () => {
    const dir = join(repoRoot, 'test', 'fixtures', 'formats');
    const docx = await parse(readFileSync(join(dir, '002_e5f6632d8633faf3.docx')), 'docx');
    const doc = await parse(readFileSync(join(dir, '002_e5f6632d8633faf3.odt')), 'odt');
    expect(blockTexts(docx)).toEqual(blockTexts(doc));
    expect(blockTexts(doc)).toContain('heading: MODERNISER LE SERVICE PUBLIC');
    expect(doc.blocks.filter((b) => b.kind === 'list-item').length).toBeGreaterThan(5);
    expect(docx.meta).toEqual({ published: '2024-01-01', title: 'Communiqué de presse' });
  });
});
