import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { announcementCases, corpusFiles, repoRoot } from './cases.js';

export const cli = join(repoRoot, 'dist', 'pipeline', 'cli.js');

/** Every file under `dir`, by path relative to it, with its bytes as latin1 (exact, and readable in a diff). */
export function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile())
      out[join(e.parentPath, e.name).slice(dir.length + 1)] = readFileSync(
        join(e.parentPath, e.name),
        'latin1',
      );
  }
  return out;
}

/** A folder of documents to ingest, under new names: the corpus (every format), and the project's own announcements. */
export function inputFolder(options: { announcements: boolean } = { announcements: true }): string {
  const dir = mkdtempSync(join(tmpdir(), 'palmares-inputs-'));
  for (const f of corpusFiles()) cpSync(join(repoRoot, f), join(dir, f.replaceAll('/', '-')));
  if (options.announcements) {
    for (const c of announcementCases())
      cpSync(c.input, join(dir, `${c.name}${c.input.slice(c.input.lastIndexOf('.'))}`));
  }
  return dir;
}

/** A fresh working folder, where `ingest <inputs> --corpus corpus -o out` writes. */
export function workFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'palmares-run-'));
  mkdirSync(join(dir, 'corpus'));
  return dir;
}

export const ingestArgs = (inputs: string[], extra: string[] = []) => [
  cli,
  'ingest',
  ...inputs,
  '--corpus',
  'corpus',
  '-o',
  'out',
  '-q',
  ...extra,
];

export function ingestSync(
  cwd: string,
  inputs: string[],
  extra: string[] = [],
  env: NodeJS.ProcessEnv = process.env,
) {
  return spawnSync(process.execPath, ingestArgs(inputs, extra), { cwd, encoding: 'utf8', env });
}

/** Starts an ingest and SIGKILLs it after `ms`; resolves once it is gone. */
export function ingestKilledAfter(
  cwd: string,
  inputs: string[],
  ms: number,
  extra: string[] = [],
): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ingestArgs(inputs, extra), { cwd, stdio: 'ignore' });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
