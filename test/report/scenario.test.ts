import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditionsFile } from '../../pipeline/dataset/edition-schema.js';
import { liveMarkup, pageText } from './inert.js';
import { newProject, type Project } from './project.js';

/**
 * The maintainer's round, through the command line: a new release arrives as text and as a web page,
 * one tier is edited in the web page, check says so, the report shows it, `--update` accepts it. The
 * edition then has one laureate with a conflict, and every id is what it was.
 */
describe('a new release in two formats, one tier edited in one of them', () => {
  let project: Project;
  const editions = () => JSON.parse(project.read('output/editions.json')) as EditionsFile;
  const edition = () => editions().editions.find((e) => e.year === 2025);
  let before: NonNullable<ReturnType<typeof edition>>;
  let check: ReturnType<Project['run']>;

  beforeAll(() => {
    project = newProject(['release-2025/communique.txt', 'release-2025/page-web.html']);
    const ingest = project.run(['ingest', 'inbox', '--quiet']);
    expect(ingest.status, ingest.stderr).toBe(0);
    before = edition() as typeof before;
    const page = project.read('corpus/2025/page-web.html');
    expect(page).toContain('<h2>LABEL ARGENT</h2>');
    project.write(
      'corpus/2025/page-web.html',
      page.replace('<h2>LABEL ARGENT</h2>', '<h2>LABEL BRONZE</h2>'),
    );
    check = project.run(['check']);
  }, 120_000);
  afterAll(() => project.remove());

  it('merges the two formats of the release: each laureate once, with both sources', () => {
    expect(before.sources).toHaveLength(2);
    expect(before.laureates.length).toBeGreaterThan(1);
    expect(before.laureates.every((l) => l.sources.join() === before.sources.join())).toBe(true);
    expect(before.conflicts).toEqual([]);
  });

  it('check names the laureate whose tier changed, and fails', () => {
    expect(check.status).toBe(1);
    expect(check.stdout).toMatch(
      /^2025\/page-web laureates\[Ville de Tourcoing · [^\]]+\]\.tier: silver → bronze$/m,
    );
    expect(check.stdout).toMatch(/^\d+ fields? changed in 1 document/m);
  });

  it('the report shows the change in its diff view, and the document page points there', () => {
    const report = project.run(['report']);
    expect(report.status, report.stderr).toBe(0);
    expect(report.stdout).toMatch(/report\/index\.html: 2 documents, check found differences/);
    const diff = project.read('output/report/diff.html');
    expect(liveMarkup(diff)).toEqual([]);
    const text = pageText(diff);
    expect(text).toMatch(/laureates\[Ville de Tourcoing · [^\]]+\]\.tiersilverbronze/);
    expect(diff).toContain('jsondiffpatch-modified');
    expect(pageText(project.read('output/report/documents/2025-page-web.html'))).toContain(
      'of this record differ from what the pipeline makes now',
    );
  });

  it('after --update: one laureate with a tier conflict, the same ids, and nothing left for check', () => {
    expect(project.run(['check', '--update']).status).toBe(0);
    const again = project.run(['check']);
    expect(again.stdout).toBe('0 fields changed in 0 documents (0 added, 0 removed)\n');
    expect(again.status).toBe(0);

    const after = edition();
    expect(after?.laureates.map((l) => l.id).sort()).toEqual(before.laureates.map((l) => l.id).sort());
    const [text, page] = ['communique', 'page-web'].map(
      (name) => JSON.parse(project.read(`output/2025/${name}.json`)).id as string,
    );
    const tourcoing = after?.laureates.find((l) => l.awardees.includes('Ville de Tourcoing'));
    expect(tourcoing?.tier).toBeNull();
    expect(tourcoing?.sources).toEqual([text, page].sort());
    // Sources in id order: the text's value first when its id sorts first.
    const bySource = <T>(values: Array<{ value: T; sources: string[] }>) =>
      values.sort((a, b) => ((a.sources[0] as string) < (b.sources[0] as string) ? -1 : 1));
    expect(after?.conflicts).toEqual([
      {
        field: `laureates[${tourcoing?.id}].tier`,
        values: bySource([
          { value: 'silver', sources: [text as string] },
          { value: 'bronze', sources: [page as string] },
        ]),
      },
      {
        field: `laureates[${tourcoing?.id}].tierLabel`,
        values: bySource([
          { value: 'LABEL ARGENT', sources: [text as string] },
          { value: 'LABEL BRONZE', sources: [page as string] },
        ]),
      },
    ]);

    const rows: Array<Record<string, string>> = parse(project.read('output/laureates.csv'), {
      columns: true,
      bom: true,
      delimiter: ';',
    });
    expect(rows).toHaveLength(before.laureates.length);
    expect(rows.find((r) => r.laureate_id === tourcoing?.id)).toMatchObject({
      tier: '',
      tier_label: '',
      conflicts: 'tier ; tier_label',
    });
    const report = project.run(['report']);
    expect(report.stdout).toMatch(/2 documents, no difference/);
    expect(pageText(project.read('output/report/index.html'))).toContain(`laureates[${tourcoing?.id}].tier`);
  });
});
