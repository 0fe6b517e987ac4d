import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { repoRoot } from '../support/cases.js';

const cli = join(repoRoot, 'dist', 'pipeline', 'cli.js');
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'report');

/** A project of one's own, as a maintainer has it: an empty corpus and output, and an inbox of releases. */
export interface Project {
  dir: string;
  /** `palmares <args>` in the project, as a user runs it. */
  run(args: string[]): SpawnSyncReturns<string>;
  read(path: string): string;
  write(path: string, content: string): void;
  remove(): void;
}

/**
 * A fresh project in a temporary folder whose inbox holds copies of the given files: fixtures of
 * test/fixtures/report (`release-2025/communique.txt`) or files of the repository (`corpus/…`).
 */
export function newProject(files: string[]): Project {
  const dir = mkdtempSync(join(tmpdir(), 'palmares-project-'));
  mkdirSync(join(dir, 'inbox'));
  for (const file of files) {
    const from = file.startsWith('corpus/') ? join(repoRoot, file) : join(fixtures, file);
    copyFileSync(from, join(dir, 'inbox', basename(file)));
  }
  return {
    dir,
    run: (args) => spawnSync(process.execPath, [cli, ...args], { cwd: dir, encoding: 'utf8' }),
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    write: (path, content) => writeFileSync(join(dir, path), content),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
