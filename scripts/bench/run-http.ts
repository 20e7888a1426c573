// npm run bench's HTTP: the portal's port and health, GETs timed to the last byte of the body, a
// series of them after a warm-up, and approvals through the review panel's server action.
import { type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { type Cookie } from "playwright-core";
import { actionBody, actionHeaders, actionManifest, cookieHeader } from "./server-actions";
import { measurement } from "./stats";
import { REQUEST_TIMEOUT_MS, WARM_UP, log } from "./run-options";

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
      .once("error", reject)
      .listen(0, "127.0.0.1", () => {
        const address = probe.address();
        const port = typeof address === "object" && address ? address.port : 0;
        probe.close(() => resolve(port));
      });
  });
}

export async function waitForHealth(base: string, portal: ChildProcess): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (portal.exitCode !== null) throw new Error("The portal stopped while starting (see above).");
    const ok = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(5000) })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The portal did not answer /api/health within 2 minutes.");
}

/** The size of the last body read (logged with each series). */
let lastBodyBytes = 0;

/** One GET, timed from the request to the last byte of the body; anything but 200 is an error. */
export async function timedGet(
  base: string,
  path: string,
  cookies: readonly Cookie[],
): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, {
    headers: { cookie: cookieHeader(cookies) },
    redirect: "manual",
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body = await response.arrayBuffer();
  const ms = performance.now() - started;
  if (response.status !== 200)
    throw new Error(`GET ${path}: ${response.status} ${response.headers.get("location") ?? ""}`);
  if (body.byteLength === 0) throw new Error(`GET ${path}: empty body`);
  lastBodyBytes = body.byteLength;
  return ms;
}

/** `n` timed calls after the warm-up ones, one at a time. */
export async function series(name: string, n: number, call: () => Promise<number>) {
  log(`${name}: ${WARM_UP} warm-up + ${n}`);
  for (let i = 0; i < WARM_UP; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(await call());
  if (lastBodyBytes > 0) log(`${name}: ${(lastBodyBytes / 1000).toFixed(0)} kB a response`);
  lastBodyBytes = 0;
  return measurement(name, samples);
}

/** The id the build gave a server action (the manifest names each one's file and export). */
function serverActionId(file: string, exportedName: string): string {
  const found = Object.entries(actionManifest()).find(
    ([, entry]) => entry.filename === file && entry.exportedName === exportedName,
  );
  if (!found) throw new Error(`No server action ${exportedName} of ${file} in the build`);
  return found[0];
}

/**
 * Approving submitted reports through the review panel's server action (approveReportAction, as
 * the browser calls it: POST with the Next-Action header and the encoded arguments), each timed to
 * the end of the answer; the rollups are updated in the same transaction.
 */
export async function approvals(
  base: string,
  cookies: readonly Cookie[],
  reports: readonly { id: string; version: number; formPath: string }[],
) {
  const actionId = serverActionId(
    "app/[locale]/(portal)/reports/actions.ts",
    "approveReportAction",
  );
  // Posted to the report's own form, where the review panel is: the answer carries that page
  // refreshed (the action revalidates it), as the browser receives it.
  const approve = async (report: { id: string; version: number; formPath: string }) => {
    const started = performance.now();
    const response = await fetch(`${base}${report.formPath}`, {
      method: "POST",
      headers: { cookie: cookieHeader(cookies), ...actionHeaders(actionId, base) },
      body: actionBody({ reportId: report.id, version: report.version }),
      redirect: "manual",
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200 || !text.includes('"ok":true'))
      throw new Error(`approving ${report.id}: ${response.status} ${text.slice(0, 300)}`);
    return ms;
  };
  log(`report.approve: ${WARM_UP} warm-up + ${reports.length - WARM_UP}`);
  const samples: number[] = [];
  for (const [i, report] of reports.entries()) {
    const ms = await approve(report);
    if (i >= WARM_UP) samples.push(ms);
  }
  return measurement("report.approve", samples);
}
