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
import { createServer } from "node:net";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Browser, chromium, type Cookie } from "playwright-core";
import { DEMO_PASSWORD } from "../../prisma/seed/demo/users";
import { uuidFor } from "../../prisma/seed/generators/ids";
import { profile } from "../../prisma/seed/generators/member-profiles";
import { createRng } from "../../prisma/seed/generators/random";
import { planRoster } from "../../prisma/seed/generators/roster";
import { ETHNICITY } from "../../prisma/seed/reference/ethnicities";
import { NATIONAL_DATA_SETTING } from "../../prisma/seed/national/load";
import { connectServer } from "../db/connect";
import { enableAppRole } from "../db/app-role";
import { DATA_DIR, localSecrets } from "../db/local-secrets";
import { CHROMIUM_ARGS, findChromium } from "../lib/chromium";
import { buildIfStale } from "../lib/build-stamp";
import {
  actionBody,
  actionHeaders,
  actionManifest,
  argument,
  cookieHeader,
} from "./server-actions";
import { gzipKb, measurement, ratio } from "./stats";

const log = (line: string) => process.stderr.write(`${line}\n`);
const emit = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

const N = Number(argument("n") ?? 40);
const WARM_UP = 5;
/** The summary document takes longer to write: fewer of it. */
const SUMMARY_N = Math.max(3, Math.round(N / 4));
const DATABASE = argument("database") ?? "phongtrao_national";
/** Only these measurements (names as printed, comma-separated); all when not given. */
const ONLY = argument("only")?.split(",");
const wanted = (name: string): boolean => !ONLY || ONLY.some((o) => name.startsWith(o));
/** The whole run, build excluded, ends by then whatever happens. */
const DEADLINE_MS = 20 * 60_000;
const REQUEST_TIMEOUT_MS = 60_000;

const USERS = {
  analyst: "bo.phantich",
  /** TP Hồ Chí Minh: the province with the most communes (168). */
  province: "hochiminh.canbo",
  /** Phường Giá Rai (Cà Mau), as in the demo. */
  commune: "giarai.canbo",
} as const;
const ROSTER_TEAM = "Tổ đo hiệu năng";
const ROSTER_SIZE = 1000;
/** A common name typed without diacritics, as on a phone: "Nguyễn Thị Lan" and the like. */
const SEARCH_QUERY = "nguyen thi lan";

if (!(Number.isInteger(N) && N >= 5 && N <= 200)) throw new Error("--n: a whole number in 5–200");

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

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** The national data set must be there, complete: otherwise say how to make it. */
async function requireNationalData(adminUrl: string, ownerUrl: string): Promise<void> {
  const missing = `The national data set (database "${DATABASE}") is missing or incomplete: run npm run seed:national first.`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const found = await admin
    .query("SELECT 1 FROM pg_database WHERE datname = $1", [DATABASE])
    .finally(() => admin.end());
  if (!found.rowCount) throw new Error(missing);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  const done = await client
    .query<{ value: { national?: unknown } }>(
      `SELECT "value" FROM "SystemSetting" WHERE "key" = $1`,
      [NATIONAL_DATA_SETTING],
    )
    .then((r) => r.rows[0]?.value.national !== undefined)
    .catch(() => false)
    .finally(() => client.end());
  if (!done) throw new Error(missing);
}

interface Setup {
  rosterTeamId: string;
  /** Submitted reports of the province officer's province, to approve. */
  reports: { id: string; version: number }[];
  /** The national dashboard's default view: its indicator, year and the periods it reads. */
  indicatorId: number;
  year: number;
  periodIds: number[];
  /** The year's quarters: the completeness grid's columns. */
  yearPeriodIds: number[];
}

async function prepare(owner: pg.Client): Promise<Setup> {
  const users = await owner.query<{ username: string; provinceId: number; communeId: number }>(
    `SELECT username, "provinceId", "communeId" FROM "User" WHERE username = ANY($1)`,
    [Object.values(USERS)],
  );
  const user = (name: string) => {
    const found = users.rows.find((u) => u.username === name);
    if (!found) throw new Error(`No user ${name} in ${DATABASE}: run npm run seed:national again.`);
    return found;
  };
  user(USERS.analyst);
  const province = user(USERS.province);
  const commune = user(USERS.commune);
  const rosterTeamId = await ensureRosterTeam(owner, commune.provinceId, commune.communeId);
  const reports = await owner.query<{ id: string; version: number }>(
    `SELECT r.id, r.version FROM "Report" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
     WHERE r."provinceId" = $1 AND r.status = 'SUBMITTED'
     ORDER BY p.year DESC, p.quarter DESC, r.id LIMIT $2`,
    [province.provinceId, N + WARM_UP],
  );
  if (reports.rows.length < N + WARM_UP)
    throw new Error(
      `Only ${reports.rows.length} submitted reports left in ${USERS.province}'s province: run npm run seed:national again.`,
    );
  // As lib/dashboards/context.ts chooses it: the first indicator of the catalog, its latest year
  // with approved figures, that year's four quarters compared with the year before (the trend: the
  // eight quarters of both).
  const indicator = await owner.query<{ id: number }>(
    `SELECT id FROM "Indicator" ORDER BY "reportKind" DESC, "sortOrder" ASC, id ASC LIMIT 1`,
  );
  const indicatorId = indicator.rows[0]?.id;
  if (indicatorId === undefined) throw new Error("The indicator catalog is empty");
  const year = await owner.query<{ year: number | null }>(
    `SELECT max(p.year)::int AS year FROM "ReportRollupProvince" r
     JOIN "ReportingPeriod" p ON p.id = r."periodId" WHERE r.reports > 0 AND r."indicatorId" = $1`,
    [indicatorId],
  );
  const y = year.rows[0]?.year;
  if (!y) throw new Error("No approved figures in the national data set");
  const periods = await owner.query<{ id: number; year: number }>(
    `SELECT id, year FROM "ReportingPeriod" WHERE year IN ($1, $2)`,
    [y - 1, y],
  );
  return {
    rosterTeamId,
    reports: reports.rows,
    indicatorId,
    year: y,
    periodIds: periods.rows.map((p) => p.id),
    yearPeriodIds: periods.rows.filter((p) => p.year === y).map((p) => p.id),
  };
}

/**
 * A team of 1,000 open members in the commune officer's commune, made once with the seed's own
 * roster generator (valid citizen IDs, one leader): the generated teams have about 10 members.
 */
async function ensureRosterTeam(
  owner: pg.Client,
  provinceId: number,
  communeId: number,
): Promise<string> {
  const found = await owner.query<{ id: string; members: number }>(
    `SELECT t.id, count(m.id)::int AS members FROM "Team" t
     LEFT JOIN "Membership" m ON m."teamId" = t.id AND m."leftOn" IS NULL
     WHERE t."communeId" = $1 AND t.name = $2 GROUP BY t.id`,
    [communeId, ROSTER_TEAM],
  );
  const existing = found.rows[0];
  if (existing && existing.members >= ROSTER_SIZE) return existing.id;
  if (existing) throw new Error(`"${ROSTER_TEAM}" is there without its members: seed again.`);
  log(`adding "${ROSTER_TEAM}" (${ROSTER_SIZE} members) for the roster page…`);
  const used = await owner.query<{ citizenId: string }>(
    `SELECT "citizenId" FROM "Person" WHERE "provinceId" = $1 AND "citizenId" IS NOT NULL`,
    [provinceId],
  );
  const teamId = uuidFor(`bench:team:${communeId}`);
  const established = new Date(Date.UTC(2024, 0, 15));
  const roster = planRoster(
    provinceId,
    [
      {
        id: teamId,
        communeId,
        establishedOn: established,
        size: ROSTER_SIZE,
        profile: profile("GENERAL", {
          ethnicity: [
            [ETHNICITY.KINH, 95],
            [ETHNICITY.KHMER, 5],
          ],
          birthProvince: [["096", 1]],
          north: false,
        }),
        areaIds: [],
      },
    ],
    {
      shared: 0,
      leavers: 0,
      joinBy: new Date(Date.UTC(2026, 8, 30)),
      usedCitizenIds: new Set(used.rows.map((r) => r.citizenId)),
    },
    createRng(`bench:roster:${communeId}`),
    (kind, key) => uuidFor(`bench:${communeId}:${kind}:${key}`),
  );
  await owner.query("BEGIN");
  try {
    await owner.query(
      `INSERT INTO "Team" (id, "provinceId", "communeId", kind, name, "establishedOn", "updatedAt")
       VALUES ($1, $2, $3, 'GRASSROOTS_SECURITY', $4, $5, now())`,
      [teamId, provinceId, communeId, ROSTER_TEAM, established],
    );
    await insertRows(owner, "Person", roster.persons);
    await insertRows(owner, "Membership", roster.memberships);
    await owner.query("COMMIT");
  } catch (error) {
    await owner.query("ROLLBACK");
    throw error;
  }
  return teamId;
}

/** Rows of one table in one INSERT … SELECT FROM json_populate_recordset (the columns they have). */
async function insertRows(owner: pg.Client, table: string, rows: readonly object[]): Promise<void> {
  const names = new Set<string>();
  for (const row of rows)
    for (const [key, value] of Object.entries(row)) if (value !== undefined) names.add(key);
  names.delete("updatedAt");
  if (rows.length === 0) return;
  const columns = [...names].map((c) => `"${c}"`).join(", ");
  await owner.query(
    `INSERT INTO "${table}" (${columns}, "updatedAt")
     SELECT ${columns}, now() FROM json_populate_recordset(NULL::"${table}", $1::json)`,
    [JSON.stringify(rows)],
  );
}

function freePort(): Promise<number> {
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

async function waitForHealth(base: string, portal: ChildProcess): Promise<void> {
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

const AFTER_SIGN_IN = "/vi/account/password";

/** Signs in through the real sign-in page and returns the session's cookies. */
async function signIn(browser: Browser, base: string, username: string): Promise<Cookie[]> {
  const context = await browser.newContext({ baseURL: base });
  try {
    const page = await context.newPage();
    // Then to a light page, not the overview: at national scale the overview's queries would still
    // hold the server's connections when the measurements start.
    await page.goto(`/vi/sign-in?next=${encodeURIComponent(AFTER_SIGN_IN)}`);
    const form = page.locator("main form");
    await form.getByLabel("Tên đăng nhập").fill(username);
    await form.getByLabel("Mật khẩu").fill(DEMO_PASSWORD);
    await form.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL((url) => url.pathname === AFTER_SIGN_IN, { timeout: 30_000 });
    return await context.cookies();
  } finally {
    await context.close();
  }
}

/** The size of the last body read (logged with each series). */
let lastBodyBytes = 0;

/** One GET, timed from the request to the last byte of the body; anything but 200 is an error. */
async function timedGet(base: string, path: string, cookies: readonly Cookie[]): Promise<number> {
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
async function series(name: string, n: number, call: () => Promise<number>) {
  log(`${name}: ${WARM_UP} warm-up + ${n}`);
  for (let i = 0; i < WARM_UP; i++) await call();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(await call());
  if (lastBodyBytes > 0) log(`${name}: ${(lastBodyBytes / 1000).toFixed(0)} kB a response`);
  lastBodyBytes = 0;
  return measurement(name, samples);
}

/**
 * The id the build gave a server action (the manifest names each one's file and export) and the
 * address of a page that holds it (an action posted to another page is forwarded, and times that).
 */
function serverAction(file: string, exportedName: string): { id: string; path: string } {
  const found = Object.entries(actionManifest()).find(
    ([, entry]) => entry.filename === file && entry.exportedName === exportedName,
  );
  const worker = found && Object.keys(found[1].workers).find((w) => !w.includes("[id]"));
  if (!found || !worker)
    throw new Error(`No server action ${exportedName} of ${file} in the build`);
  // app/[locale]/(portal)/reports/form/page → /vi/reports/form
  const path = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace("[locale]", "vi")
    .replace(/\/\([^)]+\)/g, "");
  return { id: found[0], path };
}

/**
 * Approving submitted reports through the review panel's server action (approveReportAction, as
 * the browser calls it: POST with the Next-Action header and the encoded arguments), each timed to
 * the end of the answer; the rollups are updated in the same transaction.
 */
async function approvals(
  base: string,
  cookies: readonly Cookie[],
  reports: readonly { id: string; version: number }[],
) {
  const action = serverAction("app/[locale]/(portal)/reports/actions.ts", "approveReportAction");
  const approve = async (report: { id: string; version: number }) => {
    const started = performance.now();
    const response = await fetch(`${base}${action.path}`, {
      method: "POST",
      headers: { cookie: cookieHeader(cookies), ...actionHeaders(action.id, base) },
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

const directQuery = `
  SELECT r."provinceId", COALESCE(r."formerProvinceId", 0) AS "formerProvinceId", p.year, p.quarter,
         SUM(v.value)::bigint AS total, count(*)::int AS reports
  FROM "Report" r
  JOIN "ReportValue" v ON v."provinceId" = r."provinceId" AND v."reportId" = r.id
  JOIN "ReportingPeriod" p ON p.id = r."periodId"
  WHERE r.status = 'APPROVED' AND v."indicatorId" = $1 AND r."periodId" = ANY($2::int[])
  GROUP BY 1, 2, 3, 4`;
const pointsQuery = `
  SELECT pt."provinceId", c."formerProvinceId", count(*)::int AS points
  FROM "ReplicationPoint" pt JOIN "Commune" c ON c.id = pt."communeId"
  WHERE pt.status = 'ACTIVE'
  GROUP BY 1, 2`;

const modelsQuery = `
  SELECT m.id, m.name, count(*)::int AS points, count(DISTINCT pt."provinceId")::int AS provinces
  FROM "ReplicationPoint" pt JOIN "Model" m ON m.id = pt."modelId"
  WHERE pt.status = 'ACTIVE'
  GROUP BY m.id, m.name ORDER BY points DESC, m.name LIMIT 10`;
/**
 * The completeness grid of the year from the base rows: every point's status history, every
 * report and its first submission, every extension (the rule the rollup is kept by, decision 015,
 * applied to everything at once), by province and quarter.
 */
const completenessQuery = `
  SELECT c."provinceId", c."periodId", SUM(c.expected)::int AS expected,
         SUM(c.submitted)::int AS submitted, SUM(c."onTime")::int AS "onTime",
         SUM(c.approved)::int AS approved, SUM(c.returned)::int AS returned
  FROM app_private.completeness_computed(NULL, NULL, $1::int[]) c
  GROUP BY 1, 2`;
const completenessRollupQuery = `
  SELECT r."provinceId", r."periodId", SUM(r.expected)::int AS expected,
         SUM(r.submitted)::int AS submitted, SUM(r."onTime")::int AS "onTime",
         SUM(r.approved)::int AS approved, SUM(r.returned)::int AS returned
  FROM "CompletenessRollup" r WHERE r."periodId" = ANY($1::int[]) AND r.expected > 0
  GROUP BY 1, 2`;

/**
 * The national dashboard's figures from the base rows, as without rollups: the quarter totals of
 * every province and former province for the indicator and the periods it shows (GROUP BY over the
 * approved reports' values), the active points by province, the most replicated models, and the
 * year's completeness grid (every subject's history, report and first submission).
 */
async function directNational(owner: pg.Client, setup: Setup): Promise<number> {
  const started = performance.now();
  await owner.query(directQuery, [setup.indicatorId, setup.periodIds]);
  await owner.query(pointsQuery);
  await owner.query(modelsQuery);
  await owner.query(completenessQuery, [setup.yearPeriodIds]);
  return performance.now() - started;
}

/** The direct figures must be the rollups' own (a check of the comparison, on stderr). */
async function compareFigures(owner: pg.Client, setup: Setup): Promise<void> {
  const direct = await owner.query(
    `SELECT "provinceId", "formerProvinceId", year, quarter, total::text, reports FROM (${directQuery}) d
     ORDER BY 1, 2, 3, 4`,
    [setup.indicatorId, setup.periodIds],
  );
  const rollup = await owner.query(
    `SELECT r."provinceId", r."formerProvinceId", p.year, p.quarter, SUM(r.total)::bigint::text AS total,
            SUM(r.reports)::int AS reports
     FROM "ReportRollupProvince" r JOIN "ReportingPeriod" p ON p.id = r."periodId"
     WHERE r."indicatorId" = $1 AND r."periodId" = ANY($2::int[]) AND (r.reports <> 0 OR r.total <> 0)
     GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
    [setup.indicatorId, setup.periodIds],
  );
  const ordered = (q: string) => `SELECT * FROM (${q}) x ORDER BY 1, 2`;
  const grid = await owner.query(ordered(completenessQuery), [setup.yearPeriodIds]);
  const gridRollup = await owner.query(ordered(completenessRollupQuery), [setup.yearPeriodIds]);
  const same =
    JSON.stringify(direct.rows) === JSON.stringify(rollup.rows) &&
    JSON.stringify(grid.rows) === JSON.stringify(gridRollup.rows);
  log(
    same
      ? `direct.national: the same ${direct.rows.length} quarter totals and ${grid.rows.length} completeness cells as the rollups`
      : "direct.national: the figures DIFFER from the rollups (npm run rollups:verify)",
  );
  if (!same) process.exitCode = 1;
}

/**
 * The JavaScript a first visit loads (empty cache): the page opened in headless Chromium, every
 * script response until the network is idle, each body gzipped at the default level and summed
 * (scripts/bench/stats.ts gzipKb): what travels when the server compresses.
 */
async function firstVisitScripts(
  browser: Browser,
  base: string,
  path: string,
  cookies: readonly Cookie[],
): Promise<{ files: number; gzip_kb: number }> {
  const context = await browser.newContext({ baseURL: base });
  try {
    await context.addCookies([...cookies]);
    const page = await context.newPage();
    const bodies = new Map<string, Uint8Array>();
    const pending: Promise<void>[] = [];
    // Scripts the browser fetched: a `nomodule` polyfill is not (Chromium skips it), and is not counted.
    page.on("response", (response) => {
      if (response.request().resourceType() !== "script") return;
      pending.push(
        response.body().then((body) => void bodies.set(response.url(), new Uint8Array(body))),
      );
    });
    const response = await page.goto(path, { waitUntil: "networkidle", timeout: 60_000 });
    if (!response?.ok() || new URL(page.url()).pathname !== path.split("?")[0])
      throw new Error(
        `first visit of ${path}: ${response?.status() ?? "no answer"} at ${page.url()}`,
      );
    await Promise.all(pending);
    return { files: bodies.size, gzip_kb: gzipKb(bodies) };
  } finally {
    await context.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
