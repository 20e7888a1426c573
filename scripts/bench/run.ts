// npm run bench [-- --n 40] [-- --database phongtrao_national] [-- --only dashboard.national,search] — server response times of the
// national data set (npm run seed:national), through the real HTTP server, signed in. It starts the
// embedded PostgreSQL (or uses DATABASE_URL's server), builds the portal if the build is stale, serves
// the national database with scripts/serve.mjs on a free port of 127.0.0.1, signs in through the real
// sign-in page in headless Chromium, and prints one JSON line per measurement on stdout:
//   {"name":"dashboard.national","n":40,"p50_ms":…,"p95_ms":…}
// for the national dashboard, a province dashboard, a roster page of 1,000 members, a search without
// diacritics, approving a submitted report (the server action, with its rollup update), the year's
// summary document; then `direct.national`, the national dashboard's figures computed by GROUP BY
// over the base rows on the same database (the indicator's totals from Report × ReportValue, the
// points and models from ReplicationPoint, the completeness grid from every subject's history and
// reports), with its p50 ÷ the dashboard's;
// then for the sign-in page, a roster page and the national dashboard the JavaScript a first visit
// loads: {"name":"js.sign-in","files":…,"gzip_kb":…}. Progress on stderr. Traffic only to 127.0.0.1.
//
// It changes the data set a little, as using it would: each run approves `n` + warm-up submitted
// reports of the last quarter, and the first run adds one team of 1,000 members in Phường Giá Rai
// (the generated teams have about 10), "Tổ đo hiệu năng" (run seed:national again to start over).
import { type ChildProcess, spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Browser, chromium } from "playwright-core";
import { connectServer } from "../db/connect";
import { enableAppRole } from "../db/app-role";
import { DATA_DIR, localSecrets } from "../db/local-secrets";
import { CHROMIUM_ARGS, findChromium } from "../lib/chromium";
import { buildIfStale } from "../lib/build-stamp";
import { ratio } from "./stats";
import { prepare, requireNationalData, withDatabase } from "./run-setup";
import { approvals, freePort, series, timedGet, waitForHealth } from "./run-http";
import { compareFigures, directNational } from "./run-direct";
import { firstVisitScripts, signIn } from "./run-browser";
import {
  DATABASE,
  DEADLINE_MS,
  N,
  SEARCH_QUERY,
  SUMMARY_N,
  USERS,
  emit,
  log,
  wanted,
} from "./run-options";

async function main(): Promise<void> {
  const timer = setTimeout(() => {
    log(`The bench did not end within ${DEADLINE_MS / 60_000} minutes: stopped.`);
    process.exit(1);
  }, DEADLINE_MS);
  timer.unref();
  const pgLog = createWriteStream(join(DATA_DIR, "postgres.log"), { flags: "a" });
  const server = await connectServer((line) => pgLog.write(line));
  let portal: ChildProcess | undefined;
  let browser: Browser | undefined;
  try {
    const ownerUrl = server.url(DATABASE);
    await requireNationalData(server.url("postgres"), ownerUrl);
    const owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      const secrets = localSecrets();
      const appUrl = process.env.APP_DATABASE_URL
        ? withDatabase(process.env.APP_DATABASE_URL, DATABASE)
        : await enableAppRole(ownerUrl, secrets.appPassword);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        DATABASE_URL: ownerUrl,
        APP_DATABASE_URL: appUrl,
        AUTH_SECRET: process.env.AUTH_SECRET ?? secrets.authSecret,
        AUTH_TRUST_HOST: "true",
        NEXT_TELEMETRY_DISABLED: "1",
      };
      buildIfStale(env, log, 2);
      const setup = await prepare(owner);
      const port = await freePort();
      const base = `http://127.0.0.1:${port}`;
      log(`serving ${DATABASE} on ${base}`);
      portal = spawn(process.execPath, [join("scripts", "serve.mjs")], {
        stdio: ["ignore", 2, 2],
        env: { ...env, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" },
      });
      await waitForHealth(base, portal);

      const executablePath = findChromium();
      if (!executablePath)
        throw new Error("No Chromium found: run npx tsx scripts/ensure-chromium.ts once.");
      browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
      const signInJs = await firstVisitScripts(browser, base, "/vi/sign-in", []);
      const cookies = {
        analyst: await signIn(browser, base, USERS.analyst),
        province: await signIn(browser, base, USERS.province),
        commune: await signIn(browser, base, USERS.commune),
      };
      const get = (who: keyof typeof cookies, path: string) => () =>
        timedGet(base, path, cookies[who]);

      log(
        `machine: ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(" ")}`,
      );
      const national = wanted("dashboard.national")
        ? await series("dashboard.national", N, get("analyst", "/vi/dashboard"))
        : null;
      if (national) emit(national);
      if (wanted("dashboard.province"))
        emit(await series("dashboard.province", N, get("province", "/vi/dashboard")));
      if (wanted("roster.1000"))
        emit(await series("roster.1000", N, get("commune", `/vi/teams/${setup.rosterTeamId}`)));
      if (wanted("search"))
        emit(
          await series(
            "search",
            N,
            get("province", `/vi/search?q=${encodeURIComponent(SEARCH_QUERY)}`),
          ),
        );
      if (wanted("report.approve")) emit(await approvals(base, cookies.province, setup.reports));
      if (wanted("summary.docx"))
        emit(
          await series(
            "summary.docx",
            SUMMARY_N,
            get("analyst", `/api/summary?year=${setup.year}`),
          ),
        );
      if (wanted("direct.national")) {
        const direct = await series("direct.national", N, () => directNational(owner, setup));
        emit(national ? { ...direct, ratio: ratio(direct.p50_ms, national.p50_ms) } : direct);
        await compareFigures(owner, setup);
      }

      if (wanted("js.sign-in")) emit({ name: "js.sign-in", ...signInJs });
      if (wanted("js.roster"))
        emit({
          name: "js.roster",
          ...(await firstVisitScripts(
            browser,
            base,
            `/vi/teams/${setup.rosterTeamId}`,
            cookies.commune,
          )),
        });
      if (wanted("js.dashboard.national"))
        emit({
          name: "js.dashboard.national",
          ...(await firstVisitScripts(browser, base, "/vi/dashboard", cookies.analyst)),
        });
      log(
        `load average at the end: ${loadavg()
          .map((l) => l.toFixed(1))
          .join(" ")}`,
      );
    } finally {
      await owner.end();
    }
  } finally {
    await browser?.close();
    if (portal && portal.exitCode === null) {
      const exited = new Promise((resolve) => portal?.once("exit", resolve));
      portal.kill("SIGTERM");
      await exited;
    }
    await server.stop();
    pgLog.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
