import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, parse } from '../../parsers/index.js';

const text = 'Le Forum des Interconnectés a récompensé la Communauté d’agglomération « Cœur » – à Lyon.\r\n';
const expected = text.replace('\r\n', '\n');

describe('decoding', () => {
  it.each([
    ['utf-8', new TextEncoder().encode(text), 'utf-8'],
    ['utf-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), 'utf-8'],
    [
      'utf-16le with BOM',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
      'utf-16le',
    ],
    [
      'utf-16be with BOM',
      Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]),
      'utf-16be',
    ],
    ['utf-16le without BOM', Buffer.from(text, 'utf16le'), 'utf-16le'],
    ['windows-1252', iconv.encode(text, 'windows-1252'), 'windows-1252'],
  ])('reads %s', (_name, bytes, encoding) => {
    const d = decode(bytes);
    expect([d.text, d.encoding]).toEqual([expected, encoding]);
  });

  it('says when it had to guess', () => {
    expect(decode(iconv.encode(text, 'windows-1252')).diagnostics.map((d) => d.code)).toEqual([
      'encoding-guessed',
    ]);
    expect(decode(new TextEncoder().encode(text)).diagnostics).toEqual([]);
  });

  it('warns about mojibake in the decoded text, with its span', async () => {
    const doc = await parse(new TextEncoder().encode('La Communaut\u00c3\u00a9 de communes'), 'text');
    expect(doc.diagnostics).toEqual([
      expect.objectContaining({ code: 'mojibake', span: { start: 12, end: 14 } }),
    ]);
  });
});
