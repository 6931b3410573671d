/**
 * Summarises a Chromium performance trace (the JSON written by `bench:ui-timeline --trace=…`) between
 * two user-timing marks: how long each busy thread worked (top-level tasks), and on the page's main
 * thread and MapLibre's workers what the work was (scripts by file, GC, style/layout/paint).
 * `npx tsx scripts/bench/trace-summary.ts trace.json [fromMark] [toMark]` (marks default to the
 * navigation start and the end of the trace). Numbers for diagnosis, not pass/fail.
 */
import { readFileSync } from "node:fs";

interface TraceEvent {
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  ph: string;
  name: string;
  cat: string;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

export interface ThreadSummary {
  thread: string;
  busyMs: number;
  top: Array<[string, number]>;
}

/** Busy time per thread in [from, to] (µs, trace clock), the top `topN` kinds of work on each. */
export function summariseTrace(events: TraceEvent[], from: number, to: number, topN = 8): ThreadSummary[] {
  const processNames = new Map<number, string>();
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (e.ph !== "M") continue;
    if (e.name === "process_name") processNames.set(e.pid, e.args?.name ?? "?");
    if (e.name === "thread_name") threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? "?");
  }
  const busy = new Map<string, number>();
  const kinds = new Map<string, Map<string, number>>();
  const overlap = (e: TraceEvent) => Math.max(0, Math.min(e.ts + (e.dur ?? 0), to) - Math.max(e.ts, from));
  for (const e of events) {
    if (e.ph !== "X" || !e.dur) continue;
    const key = `${e.pid}:${e.tid}`;
    const ms = overlap(e) / 1000;
    if (ms <= 0) continue;
    if (e.cat.includes("toplevel") && (e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask")) busy.set(key, (busy.get(key) ?? 0) + ms);
    let kind: string | null = null;
    if (e.name === "FunctionCall" || e.name === "EvaluateScript" || e.name === "v8.compile" || e.name === "v8.compileModule") {
      const url = e.args?.data?.url ?? "";
      kind = `${e.name} ${url.replace(/^https?:\/\/[^/]+/, "").replace(/\?.*/, "").slice(-60) || "(inline)"}`;
    } else if (/GC|Layout|UpdateLayoutTree|Paint|ParseHTML|FireAnimationFrame|TimerFire|EventDispatch|Decode|Rasterize|GPUTask|CommandBuffer|DoSwapBuffers|ResourceReceivedData|WebGL/i.test(e.name)) {
      kind = e.name;
    }
    if (!kind) continue;
    const byKind = kinds.get(key) ?? new Map<string, number>();
    byKind.set(kind, (byKind.get(kind) ?? 0) + ms);
    kinds.set(key, byKind);
  }
  return [...busy.entries()]
    .filter(([, ms]) => ms >= 5)
    .sort((a, b) => b[1] - a[1])
    .map(([key, ms]) => {
      const pid = Number(key.split(":")[0]);
      return {
        thread: `${processNames.get(pid) ?? pid} / ${threadNames.get(key) ?? key}`,
        busyMs: ms,
        top: [...(kinds.get(key) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]).slice(0, topN),
      };
    });
}

/** The trace time (µs) of the first user-timing mark called `name`, or of the navigation start. */
export function markTime(events: TraceEvent[], name: string): number | null {
  const hit = events.find((e) => e.name === name && (e.cat.includes("user_timing") || e.cat.includes("blink")) && (e.ph === "R" || e.ph === "I" || e.ph === "n" || e.ph === "b" || e.ph === "X"));
  return hit ? hit.ts : null;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, fromMark = "navigationStart", toMark] = process.argv.slice(2);
  if (!file) throw new Error("usage: trace-summary.ts trace.json [fromMark] [toMark]");
  const raw = JSON.parse(readFileSync(file, "utf8")) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(raw) ? raw : raw.traceEvents;
  const from = markTime(events, fromMark) ?? Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
  const to = toMark ? (markTime(events, toMark) ?? Infinity) : Math.max(...events.map((e) => e.ts + (e.dur ?? 0)));
  console.log(`window ${fromMark} -> ${toMark ?? "end"}: ${((to - from) / 1000).toFixed(0)} ms`);
  for (const t of summariseTrace(events, from, to)) {
    console.log(`${t.busyMs.toFixed(0).padStart(7)} ms busy  ${t.thread}`);
    for (const [kind, ms] of t.top) console.log(`${ms.toFixed(0).padStart(14)} ms  ${kind}`);
  }
}
