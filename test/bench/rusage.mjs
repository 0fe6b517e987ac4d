// Preloaded (node --import) into the processes the bench starts: at exit, their CPU time and peak RSS
// as the kernel counts them for the whole process (main thread, worker threads, GC threads), written
// where PALMARES_BENCH_RUSAGE says. Node gives no child's rusage, and /usr/bin/time is not everywhere.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.PALMARES_BENCH_RUSAGE;
if (out && isMainThread) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(
      out,
      JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, maxRssKiB: u.maxRSS }),
    );
  });
}
