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

  it('reads UTF-8 with one bad byte as UTF-8, and warns where the bad byte was', () => {
    const bytes = Buffer.concat([
      Buffer.from('Lauréats : Ville de Sète, Béziers'),
      Buffer.from([0xff]),
      Buffer.from(' et Nîmes'),
    ]);
    const d = decode(bytes);
    expect(d.encoding).toBe('utf-8');
    expect(d.text).toBe('Lauréats : Ville de Sète, Béziers\ufffd et Nîmes');
    expect(d.diagnostics).toEqual([
      {
        code: 'encoding-invalid',
        message: expect.stringMatching(/^1 byte sequence is not valid UTF-8 \(the first at byte 36\)/),
        span: { start: 33, end: 34 },
      },
    ]);
    // A legacy file has no valid multi-byte sequence to outweigh its accents: still a guess.
    expect(decode(iconv.encode('Lauréats : Sète, Béziers', 'windows-1252')).encoding).toBe('windows-1252');
  });

  it('drops zero-width and bidirectional controls, and soft hyphens, so that words stay whole', () => {
    const d = decode(
      Buffer.from(
        'Ville\u200b de\u00a0Pa\u200du, \u202eCommunaut\u00e9\u202c d\u2019agglo\u00admération\ufeff',
      ),
    );
    expect(d.text).toBe('Ville de\u00a0Pau, Communauté d’agglomération');
  });

  it('replaces lone surrogates', () => {
    const bytes = Buffer.from([0x41, 0x00, 0x00, 0xd8, 0x42, 0x00, 0x43, 0x00, 0x44, 0x00, 0x45, 0x00]);
    expect(decode(Buffer.concat([Buffer.from([0xff, 0xfe]), bytes])).text).toBe('A\ufffdBCDE');
  });
});
