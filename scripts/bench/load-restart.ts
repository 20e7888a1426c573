// bench:load owns the embedded PostgreSQL so that it may restart it mid-run: starting it, refusing
// one already running, the restart itself and the probe that times the portal's recovery.
import { resolve } from "node:path";
import pg from "pg";
import { startEmbedded, type RunningDatabase } from "../db/embedded";
import { DATA_DIR, localSecrets } from "../db/local-secrets";
import { EMBEDDED_PORT } from "../db/connect";
import { send, type Sample } from "./load-http";
import { RECOVERY_LIMIT_S, log, sleep } from "./load-options";

const t0 = Date.now();
/** When the restart began and when the portal answered a signed-in page again (null: not yet). */
export const restart: { startedAt: number | null; recoveredAt: number | null } = {
  startedAt: null,
  recoveredAt: null,
};

const pgDir = resolve(DATA_DIR, "postgres");
export async function startDatabase(): Promise<RunningDatabase> {
  return startEmbedded({
    dir: pgDir,
    port: EMBEDDED_PORT,
    password: localSecrets().postgresPassword,
  });
}

/** The bench must own the server to restart it: one already running (npm start) is refused. */
export async function assertNotRunning(): Promise<void> {
  const url = `postgresql://postgres:${encodeURIComponent(localSecrets().postgresPassword)}@localhost:${EMBEDDED_PORT}/postgres`;
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  const running = await probe.connect().then(
    () => true,
    () => false,
  );
  await probe.end().catch(() => undefined);
  if (running)
    throw new Error(
      `The embedded PostgreSQL on port ${EMBEDDED_PORT} is already running (npm start?): stop it, the bench starts and restarts its own.`,
    );
}

export async function restartDatabase(
  db: { server: RunningDatabase },
  probeCookie: string,
): Promise<void> {
  const startedAt = Date.now();
  restart.startedAt = startedAt;
  log(`▸ Restarting PostgreSQL at ${((startedAt - t0) / 1000).toFixed(1)} s`);
  await db.server.stop();
  db.server = await startDatabase();
  log(`▸ PostgreSQL is back after ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
  const limit = startedAt + RECOVERY_LIMIT_S * 1000;
  while (Date.now() < limit) {
    const answer = await send("GET", "/vi", { cookie: probeCookie }).catch(() => null);
    if (answer?.status === 200) {
      const recoveredAt = Date.now();
      restart.recoveredAt = recoveredAt;
      log(
        `▸ The portal answers a signed-in page again after ${((recoveredAt - startedAt) / 1000).toFixed(1)} s`,
      );
      return;
    }
    await sleep(250);
  }
}

/** A request that overlapped the restart, up to 2 s after the recovery (or until now). */
export function inRestartWindow(s: Sample): boolean {
  if (restart.startedAt === null) return false;
  const end = (restart.recoveredAt ?? Date.now()) + 2000;
  return s.start + s.ms >= restart.startedAt && s.start <= end;
}
