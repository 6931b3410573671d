/**
 * CPU time of the calling (main) thread, apart from the process's other threads — V8's optimising compiler and
 * garbage-collector helpers, which `process.cpuUsage()` counts in with the main thread's own work. Linux only (read
 * from /proc/thread-self/stat, in clock ticks of 10 ms); null elsewhere.
 */
import { readFileSync } from "node:fs";

/** The kernel's clock tick for /proc times (USER_HZ), 100 on Linux. */
const TICK_MS = 10;

export function mainThreadCpuMs(): number | null {
  try {
    const stat = readFileSync("/proc/thread-self/stat", "utf8");
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return null;
  }
}

/** "main thread 900 ms, helper threads 700 ms" for a span measured by both clocks, or "" where threads cannot be told apart. */
export function threadSplit(processCpuMs: number, mainFrom: number | null, mainTo: number | null): string {
  if (mainFrom === null || mainTo === null) return "";
  const main = mainTo - mainFrom;
  return `main thread ${main.toFixed(0)} ms, V8's helper threads (optimising compiler, garbage collector) ${Math.max(0, processCpuMs - main).toFixed(0)} ms`;
}
