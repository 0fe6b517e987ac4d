import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/cases.js';

/** test/fixtures/bad/<case>/<file>, written by make-bad.mjs: what each must say, after the file name. */
const EXPECTED: Record<string, RegExp> = {
  'corrupt-zip':
    /^is a damaged DOCX \(its zip container cannot be read: .+\) \(check that the file is complete/,
  'docx-without-body': /^is a DOCX without a document body \(no word\/document\.xml\)/,
  'zip-bomb':
    /^is refused as a zip bomb: word\/document\.xml inflates to 48 MiB, past palmares's limits for a DOCX/,
  'zip-bomb-lying-sizes': /^is not a readable DOCX: /,
  'odt-without-body': /^is an ODT without a document body \(no content\.xml\)/,
  spreadsheet: /^is an Excel workbook, not a Word \(\.docx\) or OpenDocument text \(\.odt\) document/,
  'legacy-doc': /^is a Word 97-2003 \(\.doc\) or other legacy Office file, which palmares does not read/,
  'email-without-body': /^is an e-mail without a body \(no text in its text or HTML part\)/,
};

const dir = join(repoRoot, 'test', 'fixtures', 'bad');
const cases = readdirSync(dir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('bad files of the container formats', () => {
  it('has a message for every case, and a case for every message', () => {
    expect(cases).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(cases)('%s gives a one-line error naming the file, and exit code 1', (name) => {
    const [file] = readdirSync(join(dir, name));
    const path = join('test', 'fixtures', 'bad', name, file as string);
    const r = spawnSync(process.execPath, [join(repoRoot, 'dist', 'pipeline', 'cli.js'), 'extract', path], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe('');
    const prefix = `palmares: ${path}: `;
    expect(lines[0]?.startsWith(prefix), lines[0]).toBe(true);
    expect(lines[0]?.slice(prefix.length)).toMatch(EXPECTED[name] as RegExp);
  });
});
