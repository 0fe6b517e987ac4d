import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** The CLI tests run the compiled JavaScript, as users do: build it once before the run. */
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
}
