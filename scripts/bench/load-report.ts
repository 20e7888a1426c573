// bench:load's figures on stdout: one JSON line per request kind (outside the restart window) and
// the summary line (the restart window, the recovery, the checks, the machine's load); every
// request written to a file when --samples asks for it.
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { samples, type Sample } from "./load-http";
import { acks, doubleSubmitted } from "./load-loops";
import { SAMPLES_FILE } from "./load-options";
import { inRestartWindow, restart } from "./load-restart";

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
function figures(list: Sample[]) {
  const ms = list.map((s) => s.ms).sort((a, b) => a - b);
  const errors = list.filter((s) => !s.ok).length;
  return {
    requests: list.length,
    p50_ms: percentile(ms, 50),
    p95_ms: percentile(ms, 95),
    p99_ms: percentile(ms, 99),
    error_rate: list.length ? Number((errors / list.length).toFixed(5)) : 0,
  };
}

export interface Outcome {
  users: number;
  /** When the first user started (ms since the epoch) and how long the users ran. */
  started: number;
  seconds: number;
  lost: number;
  duplicates: number;
  rollupMismatches: number;
}

export function report({ users, started, seconds, lost, duplicates, rollupMismatches }: Outcome) {
  const secondsAfter = (t: number) => Number(((t - started) / 1000).toFixed(1));
  // Every request's kind, start (ms after the first user's start), time and status, for a closer look.
  if (SAMPLES_FILE)
    writeFileSync(
      SAMPLES_FILE,
      JSON.stringify(samples.map((s) => ({ ...s, start: s.start - started }))),
    );
  const outside = samples.filter((s) => !inRestartWindow(s));
  const kinds = [...new Set(samples.map((s) => s.kind))].sort();
  for (const kind of kinds)
    console.log(
      JSON.stringify({
        name: "bench.load.kind",
        kind,
        ...figures(outside.filter((s) => s.kind === kind)),
      }),
    );
  const windowSamples = samples.filter(inRestartWindow);
  console.log(
    JSON.stringify({
      name: "bench.load",
      users,
      seconds: Number(seconds.toFixed(1)),
      rps: Number((samples.length / seconds).toFixed(1)),
      ...figures(outside),
      restart_window_requests: windowSamples.length,
      restart_window_errors: windowSamples.filter((s) => !s.ok).length,
      restart_window_statuses: Object.fromEntries(
        [...new Set(windowSamples.map((s) => s.status))]
          .sort((a, b) => a - b)
          .map((status) => [status, windowSamples.filter((s) => s.status === status).length]),
      ),
      // The requests that failed outside the window (at most 20): which kind, its status (0: no
      // answer within the request's timeout, or the connection broken) and when it started, in
      // seconds after the first user's start; so that an error of a run can be looked into.
      errors_outside: outside
        .filter((s) => !s.ok)
        .slice(0, 20)
        .map((s) => ({
          kind: s.kind,
          status: s.status,
          at_s: secondsAfter(s.start),
        })),
      restart_at_s: restart.startedAt === null ? null : secondsAfter(restart.startedAt),
      recovery_s:
        restart.startedAt === null
          ? null
          : restart.recoveredAt === null
            ? -1
            : Number(((restart.recoveredAt - restart.startedAt) / 1000).toFixed(1)),
      acknowledged_writes: acks.length,
      lost_writes: lost,
      double_submits: doubleSubmitted.length,
      duplicate_submissions: duplicates,
      rollup_mismatches: rollupMismatches,
      load_average: loadavg().map((l) => Number(l.toFixed(2))),
    }),
  );
}
