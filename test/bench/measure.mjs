// What every figure is made of: medians with their spread, CPU time of this process, of a node process
// started for one command (rusage.mjs) and of the other processes waited for (pdftotext), and how busy
// the machine's cores were meanwhile.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

const RUSAGE = join(import.meta.dirname, 'rusage.mjs');

/** `{ median, min, max, n }` of a list of numbers. */
export function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s.at(-1), n: s.length };
}

/** CPU milliseconds this process spends in `fn`, all its threads included. */
export async function cpuMs(fn) {
  const start = process.cpuUsage();
  await fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/** CPU milliseconds of the children this process has waited for so far (Linux: /proc/self/stat). */
export function childrenCpuMs() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  // cutime and cstime, fields 16 and 17 of stat(5), in clock ticks of 1/100 s on Linux.
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** Busy CPU milliseconds of the whole machine so far, every process included (Linux: /proc/stat). */
export function machineBusyMs() {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
  return (ticks.slice(0, 8).reduce((a, b) => a + b, 0) - ticks[3] - ticks[4]) * 10;
}

export const CORES = cpus().length;

/**
 * Runs `node <args>` in `cwd` and resolves with its wall time, its own CPU time and peak RSS (the
 * whole process), and how many cores other processes kept busy on average meanwhile.
 */
export function runNode(args, { cwd, ok = [0] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'palmares-bench-'));
  const file = join(dir, 'rusage.json');
  const busy = machineBusyMs();
  const start = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', RUSAGE, ...args], {
      cwd,
      env: { ...process.env, PALMARES_BENCH_RUSAGE: file },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      try {
        if (!ok.includes(code))
          throw new Error(`node ${args.join(' ')} exited with ${code}: ${stderr.slice(0, 500)}`);
        const usage = JSON.parse(readFileSync(file, 'utf8'));
        const othersMs = machineBusyMs() - busy - usage.cpuMs;
        resolve({ ...usage, wallMs, otherCores: Math.max(0, othersMs / wallMs), stdout });
      } catch (e) {
        reject(e);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
