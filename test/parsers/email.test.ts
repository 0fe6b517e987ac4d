import { describe, expect, it } from 'vitest';
import { emailAttachments } from '../../parsers/email.js';
import { detectFormat, parse } from '../../parsers/index.js';
import { blockTexts } from '../support/doc.js';

const message = (headers: string[], body: string) => Buffer.from([...headers, '', body].join('\r\n'));
const HEADERS = [
  'From: Presse <presse@example.org>',
  'To: redaction@example.org',
  'Subject: =?UTF-8?Q?Les_laur=C3=A9ats_2023?=',
  'Date: Fri, 8 Dec 2023 23:30:00 -0500',
  'MIME-Version: 1.0',
];

describe('e-mail reader', () => {
  it('is told from its header block, and a release that opens with "Date :" is not an e-mail', () => {
    expect(detectFormat(message(HEADERS, 'Bonjour'))).toBe('email');
    expect(detectFormat(Buffer.from('Date : 8 décembre 2023\nDe : la rédaction\n\nLabel or'))).toBe('text');
    expect(detectFormat(Buffer.from('Subject: x\nBonjour\n'))).toBe('text');
  });

  it("reads the HTML body over its text alternative, the Date header's day as written, the subject as title", async () => {
    const bytes = message(
      [...HEADERS, 'Content-Type: multipart/alternative; boundary="b"'],
      [
        '--b',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'LABEL OR Ville de Lille',
        '--b',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p><strong>LABEL OR</strong></p><ul><li>Ville de Lille</li></ul>',
        '--b--',
      ].join('\r\n'),
    );
    const doc = await parse(bytes, 'email');
    expect(blockTexts(doc)).toEqual(['heading: LABEL OR', 'list-item: Ville de Lille']);
    expect(doc.meta).toEqual({ published: '2023-12-08', title: 'Les lauréats 2023' });
    expect(doc.encoding).toBeNull();
    expect(doc.attachments).toEqual([]);
  });

  it('reads a text body as plain text is read, and lists the files the message carries', async () => {
    const bytes = message(
      [...HEADERS, 'Content-Type: multipart/mixed; boundary="m"'],
      [
        '--m',
        'Content-Type: text/plain; charset=iso-8859-1',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        'LABEL ARGENT',
        '- Communaut=E9 de communes du Pays de Dinan',
        '--m',
        'Content-Type: text/plain; name="notes.txt"',
        'Content-Disposition: attachment; filename="notes.txt"',
        '',
        'Label bronze : Ville de Pau',
        '--m--',
      ].join('\r\n'),
    );
    const doc = await parse(bytes, 'email');
    expect(blockTexts(doc)).toEqual([
      'heading: LABEL ARGENT',
      'list-item: Communauté de communes du Pays de Dinan',
    ]);
    expect(doc.attachments?.map((a) => a.name)).toEqual(['notes.txt']);
    const [file] = await emailAttachments(bytes);
    expect(
      Buffer.from(file?.bytes ?? [])
        .toString('utf8')
        .trimEnd(),
    ).toBe('Label bronze : Ville de Pau');
  });
});
