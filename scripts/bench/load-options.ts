// bench:load's options (the command line, validated before anything starts), its limits and the
// small helpers every part of the run uses: progress on stderr, sleeping, a user's think time.
import { argument } from "./server-actions";

export const USERS = Number(argument("users") ?? 200);
export const DURATION_S = Number(argument("duration") ?? 120);
export const DATABASE = argument("database") ?? "phongtrao_national";
export const RESTART = !process.argv.includes("--no-restart");
export const [THINK_MIN, THINK_MAX] = (argument("think-ms") ?? "10000-20000")
  .split("-")
  .map(Number) as [number, number];
/** Every request's kind, start, time and status are written there when given. */
export const SAMPLES_FILE = argument("samples");
export const PORT = Number(process.env.PORT ?? 3000);
export const BASE = `http://127.0.0.1:${PORT}`;
export const LOAD_PASSWORD = "TaiThu@2026!";
/** Each user's loop stops at the deadline or after this many steps, whichever comes first. */
export const MAX_STEPS_PER_USER = 10_000;
export const REQUEST_TIMEOUT_MS = 30_000;
export const RECOVERY_LIMIT_S = 60;
export const PORTAL_START_LIMIT_S = 20 * 60;

if (!Number.isSafeInteger(USERS) || USERS < 3 || USERS > 1000) throw new Error("--users: 3–1000");
if (!(DURATION_S >= 10 && DURATION_S <= 3600)) throw new Error("--duration: 10–3600 seconds");
if (!(THINK_MIN >= 0 && THINK_MAX >= THINK_MIN)) throw new Error("--think-ms: MIN-MAX");
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(DATABASE)) throw new Error("--database: a lower-case name");

export function log(line: string): void {
  process.stderr.write(`${line}\n`);
}
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
export const think = () => sleep(THINK_MIN + Math.random() * (THINK_MAX - THINK_MIN));
