// npm run bench:load [-- --users 200] [-- --duration 120] [-- --database phongtrao_national]
//                    [-- --no-restart] [-- --think-ms 10000-20000] [-- --samples <file.json>]
// Load and faults on the national data set (npm run seed:national first). The bench owns the
// embedded PostgreSQL: it starts it, starts the portal (`npm start`'s script) on the national
// database, signs in its load users over HTTP, then runs that many concurrent users for a bounded
// time: commune officers saving report drafts, editing a team of their roster and submitting
// (twice at once: the submit must be idempotent), province officers opening the worklist and
// approving submitted reports, ministry staff opening dashboards. Mid-run PostgreSQL is stopped
// and started again (same data folder); the portal is NOT restarted. Afterwards every write the
// portal acknowledged is looked up in the database, submissions are counted, and the rollups are
// recomputed (lib/rollups/verify). One JSON line per request kind and one summary line on stdout.
//
// Traffic goes to 127.0.0.1 only; every loop is bounded in count and in time.
import { type ChildProcess } from "node:child_process";
import pg from "pg";
import { verifyRollups } from "../../lib/rollups/verify";
import { localSecrets } from "../db/local-secrets";
import { EMBEDDED_PORT } from "../db/connect";
import { duplicateSubmits, lostWrites } from "./load-checks";
import { actionIds, addressFor, agent, freshAgent, send, type ActionRef } from "./load-http";
import { communeLoop, ministryLoop, provinceLoop, type Actions } from "./load-loops";
import {
  DATABASE,
  DURATION_S,
  RESTART,
  THINK_MAX,
  THINK_MIN,
  USERS,
  log,
  sleep,
} from "./load-options";
import { signIn, startPortal, waitForPortal } from "./load-portal";
import { report } from "./load-report";
import { assertNotRunning, restart, restartDatabase, startDatabase } from "./load-restart";
import { PERIOD_OPEN_SQL, prepareUsers, type Period } from "./load-users";

// ── main ──────────────────────────────────────────────────────────────────────────────────────
async function main(): Promise<void> {
  if (process.env.DATABASE_URL)
    throw new Error(
      "bench:load runs on the embedded PostgreSQL (it restarts it): unset DATABASE_URL",
    );
  await assertNotRunning();
  const db = { server: await startDatabase() };
  const secrets = localSecrets();
  const ownerUrl = `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@localhost:${EMBEDDED_PORT}/${DATABASE}`;
  let portal: ChildProcess | undefined;
  try {
    const owner = new pg.Client({ connectionString: ownerUrl });
    owner.on("error", (e) => log(`[owner] ${e.message}`));
    await owner.connect().catch(() => {
      throw new Error(`No database "${DATABASE}": run npm run seed:national first`);
    });
    const { rows: open } = await owner.query<Period>(PERIOD_OPEN_SQL);
    const period = open[0];
    if (!period) throw new Error("No reporting period is open today");
    log(`▸ Preparing ${USERS} load users (Quý ${period.quarter}/${period.year})`);
    const users = await prepareUsers(owner, period.id);
    await owner.end();

    log("▸ Starting the portal on the national data set");
    portal = startPortal();
    await waitForPortal(portal);
    const ids = actionIds();
    const find = (file: string, name: string): ActionRef => {
      const ref = ids.get(`${file}#${name}`);
      if (!ref) throw new Error(`No server action ${name} in ${file} in the build`);
      return ref;
    };
    const actions: Actions = {
      save: find("app/[locale]/(portal)/reports/actions.ts", "saveReportAction"),
      submit: find("app/[locale]/(portal)/reports/actions.ts", "submitReportAction"),
      approve: find("app/[locale]/(portal)/reports/actions.ts", "approveReportAction"),
      updateTeam: find("app/[locale]/(portal)/teams/actions.ts", "updateTeamAction"),
    };
    const signInRef = find("app/[locale]/sign-in/actions.ts", "signInAction");

    log(`▸ Signing in ${users.length + 1} users over HTTP`);
    const cookies = new Map<string, string>();
    const names = users.map((u) => u.username);
    const queue = [...names];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let name = queue.shift(); name; name = queue.shift())
          cookies.set(name, await signIn(signInRef, name, addressFor(names.indexOf(name))));
      }),
    );
    const probeCookie = cookies.get(users.find((u) => u.role === "ministry")?.username ?? "") ?? "";

    // A portal that has been running has loaded and compiled its pages in every worker: each page
    // kind the users open is requested a few times, on new connections, before the clock starts.
    log("▸ Warming up the portal's pages");
    const warmUp = [
      ...users.filter((u) => u.role !== "ministry").slice(0, 1),
      ...users.filter((u) => u.role === "province").slice(0, 1),
      ...users.filter((u) => u.role === "ministry").slice(0, 1),
    ];
    // Each path four times in a row, each on a new connection: the cluster hands connections to
    // its workers in turn, so every worker (two by default) loads and compiles every page.
    for (const u of warmUp) {
      const cookie = cookies.get(u.username) ?? "";
      const paths =
        u.role === "commune"
          ? [
              `/vi/reports/form?commune=${u.communeId}&year=${period.year}&quarter=${period.quarter}`,
              "/vi/teams",
            ]
          : u.role === "province"
            ? ["/vi/reports", "/vi/dashboard"]
            : ["/vi/dashboard", "/vi", "/vi/summary", "/vi/completeness"];
      for (const path of paths)
        for (let round = 0; round < 4; round++)
          await send("GET", path, { cookie }, undefined, freshAgent).catch(() => null);
    }

    log(`▸ ${users.length} users for ${DURATION_S} s (think time ${THINK_MIN}–${THINK_MAX} ms)`);
    const started = Date.now();
    const deadline = started + DURATION_S * 1000;
    // Each commune officer submits once, at a moment of their own between 40 % and 90 % of the run
    // (officers hand in over the days before the deadline, not in one second), twice at once.
    const submitAt = () => started + DURATION_S * (400 + Math.random() * 500);
    const restarting = RESTART
      ? sleep(DURATION_S * 400).then(() => restartDatabase(db, probeCookie))
      : Promise.resolve();
    await Promise.all([
      restarting,
      ...users.map(async (u) => {
        // Each user's first step at a random moment of one mean think time: the users arrive at
        // the rate they then keep, not all in the same few seconds (a quarter of the run at most).
        await sleep(Math.random() * Math.min((THINK_MIN + THINK_MAX) / 2, DURATION_S * 250));
        const cookie = cookies.get(u.username) ?? "";
        if (u.role === "commune")
          await communeLoop(u, cookie, actions, period, deadline, submitAt());
        else if (u.role === "province") await provinceLoop(u, cookie, actions, deadline);
        else await ministryLoop(cookie, deadline);
      }),
    ]);
    const seconds = (Date.now() - started) / 1000;

    log("▸ Checking the acknowledged writes, the submissions and the rollups");
    const after = new pg.Client({ connectionString: ownerUrl });
    await after.connect();
    const lost = await lostWrites(after);
    const duplicates = await duplicateSubmits(after);
    await after.end();
    const rollups = await verifyRollups(ownerUrl);

    report({
      users: users.length,
      started,
      seconds,
      lost,
      duplicates,
      rollupMismatches: rollups.differences.length,
    });
    const failed =
      lost > 0 ||
      duplicates > 0 ||
      rollups.differences.length > 0 ||
      (RESTART && restart.recoveredAt === null);
    if (failed) process.exitCode = 1;
  } finally {
    if (portal && portal.exitCode === null) {
      const exited = new Promise((r) => portal?.once("exit", r));
      portal.kill("SIGTERM");
      await Promise.race([exited, sleep(15_000)]);
    }
    agent.destroy();
    await db.server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
