import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * The CLI tests run the compiled JavaScript, as users do: build it once before the run, with the
 * gazetteer index the build writes beside it (from the sources just compiled, so never stale).
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  );
  execFileSync(process.execPath, [join(root, 'scripts', 'write-gazetteer-index.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}
