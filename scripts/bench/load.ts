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
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { hashPassword } from "../../lib/auth/password-hash";
import { verifyRollups } from "../../lib/rollups/verify";
import { startEmbedded, type RunningDatabase } from "../db/embedded";
import { DATA_DIR, localSecrets } from "../db/local-secrets";
import { EMBEDDED_PORT } from "../db/connect";

// ── options ────────────────────────────────────────────────────────────────────────────────────
function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const USERS = Number(argument("users") ?? 200);
const DURATION_S = Number(argument("duration") ?? 120);
const DATABASE = argument("database") ?? "phongtrao_national";
const RESTART = !process.argv.includes("--no-restart");
const [THINK_MIN, THINK_MAX] = (argument("think-ms") ?? "10000-20000").split("-").map(Number) as [
  number,
  number,
];
const PORT = Number(process.env.PORT ?? 3000);
const BASE = `http://127.0.0.1:${PORT}`;
const LOAD_PASSWORD = "TaiThu@2026!";
/** Each user's loop stops at the deadline or after this many steps, whichever comes first. */
const MAX_STEPS_PER_USER = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;
const RECOVERY_LIMIT_S = 60;
const PORTAL_START_LIMIT_S = 20 * 60;

if (!Number.isSafeInteger(USERS) || USERS < 3 || USERS > 1000) throw new Error("--users: 3–1000");
if (!(DURATION_S >= 10 && DURATION_S <= 3600)) throw new Error("--duration: 10–3600 seconds");
if (!(THINK_MIN >= 0 && THINK_MAX >= THINK_MIN)) throw new Error("--think-ms: MIN-MAX");
if (!/^[a-z_][a-z0-9_]{0,62}$/.test(DATABASE)) throw new Error("--database: a lower-case name");

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const think = () => sleep(THINK_MIN + Math.random() * (THINK_MAX - THINK_MIN));

// ── HTTP (node:http, a bounded keep-alive pool) ───────────────────────────────────────────────
const agent = new Agent({ keepAlive: true, maxSockets: 256 });
/** Each user's own address (the portal runs behind one trusted proxy hop, as in an office): the
 * sign-in throttle and the audit trail see 200 people, not one address. */
const addressOf = new Map<string, string>();
const addressFor = (i: number) => `10.20.${Math.floor(i / 250)}.${(i % 250) + 1}`;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A new connection for each request (the warm-up: the portal's workers take connections in turn). */
const freshAgent = new Agent({ keepAlive: false });

function send(
  method: "GET" | "POST",
  path: string,
  headers: Record<string, string>,
  body?: string,
  via: Agent = agent,
): Promise<Answer> {
  return new Promise((resolveAnswer, reject) => {
    const outgoing = httpRequest(
      `${BASE}${path}`,
      {
        method,
        headers: {
          ...headers,
          ...(headers.cookie && addressOf.has(headers.cookie)
            ? { "x-forwarded-for": addressOf.get(headers.cookie) ?? "" }
            : {}),
          ...(body === undefined ? {} : { "content-length": String(Buffer.byteLength(body)) }),
        },
        agent: via,
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () =>
          resolveAnswer({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        response.on("error", reject);
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error("timeout")));
    outgoing.on("error", reject);
    if (body !== undefined) outgoing.write(body);
    outgoing.end();
  });
}

// ── measurements ──────────────────────────────────────────────────────────────────────────────
interface Sample {
  kind: string;
  start: number;
  ms: number;
  ok: boolean;
  status: number;
}
const samples: Sample[] = [];
const t0 = Date.now();
let restartStartedAt: number | null = null;
let recoveredAt: number | null = null;

async function timed(
  kind: string,
  work: () => Promise<Answer>,
  accept = (a: Answer) => a.status === 200,
) {
  const start = Date.now();
  let answer: Answer | null = null;
  try {
    answer = await work();
  } catch {
    answer = null;
  }
  const ok = answer !== null && accept(answer);
  samples.push({ kind, start, ms: Date.now() - start, ok, status: answer?.status ?? 0 });
  return ok ? answer : null;
}

// ── server actions over HTTP (ids from the build's manifest) ─────────────────────────────────
interface ActionRef {
  id: string;
  page: string;
}
function actionIds(): Map<string, ActionRef> {
  const manifest = JSON.parse(
    readFileSync(join(".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as {
    node: Record<
      string,
      { workers: Record<string, unknown>; exportedName?: string; filename?: string }
    >;
  };
  const found = new Map<string, ActionRef>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const page = Object.keys(entry.workers)[0] ?? "";
    const name = `${entry.filename ?? ""}#${entry.exportedName ?? ""}`;
    found.set(name, { id, page });
  }
  return found;
}

/** The result of an action called with (undefined, input): { ok, data } or the refusal. */
type ActionAnswer = { ok: true; data: Record<string, unknown> } | { ok: false; formError?: string };

function actionResult(body: string): ActionAnswer | null {
  // The flight answer: "0:{…}\n1:{…result…}\n". The result is the row whose object has "ok".
  for (const line of body.split("\n")) {
    const m = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!m?.[1]) continue;
    try {
      const value = JSON.parse(m[1]) as Record<string, unknown>;
      if (typeof value.ok === "boolean") return value as unknown as ActionAnswer;
    } catch {
      // another row
    }
  }
  return null;
}

async function callAction(
  kind: string,
  ref: ActionRef,
  path: string,
  cookie: string,
  input: unknown,
): Promise<ActionAnswer | null> {
  const answer = await timed(
    kind,
    () =>
      send(
        "POST",
        path,
        {
          "next-action": ref.id,
          "content-type": "text/plain;charset=UTF-8",
          accept: "text/x-component",
          origin: BASE,
          cookie,
        },
        JSON.stringify(["$undefined", input]),
      ),
    // A refusal for a reason of the data (conflict, rules) is an answer, not an error; "busy" is.
    (a) => a.status === 200 && actionResult(a.body) !== null && !isBusy(actionResult(a.body)),
  );
  return answer ? actionResult(answer.body) : null;
}
function isBusy(result: ActionAnswer | null): boolean {
  return result !== null && !result.ok && (result.formError ?? "").startsWith("Hệ thống đang bận");
}

// ── the database (owned by the bench, so that it may restart it) ──────────────────────────────
const pgDir = resolve(DATA_DIR, "postgres");
async function startDatabase(): Promise<RunningDatabase> {
  return startEmbedded({
    dir: pgDir,
    port: EMBEDDED_PORT,
    password: localSecrets().postgresPassword,
  });
}

/** The bench must own the server to restart it: one already running (npm start) is refused. */
async function assertNotRunning(): Promise<void> {
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

// ── load users ────────────────────────────────────────────────────────────────────────────────
interface CommuneUser {
  role: "commune";
  username: string;
  provinceId: number;
  communeId: number;
  entries: Record<string, { value: string; comment: null }>;
  team: {
    id: string;
    version: number;
    name: string;
    pointId: string | null;
    areaIds: string[];
    establishedOn: string | null;
  };
}
interface ProvinceUser {
  role: "province";
  username: string;
  provinceId: number;
  reports: { id: string; version: number }[];
}
interface MinistryUser {
  role: "ministry";
  username: string;
}
type LoadUser = CommuneUser | ProvinceUser | MinistryUser;

const PERIOD_OPEN_SQL = `SELECT id, year, quarter FROM "ReportingPeriod" WHERE "startsOn" <= now() AND "closesAt" >= now() ORDER BY "startsOn" DESC LIMIT 1`;

async function prepareUsers(owner: pg.Client, openPeriod: number): Promise<LoadUser[]> {
  const communeCount = Math.round(USERS * 0.6);
  const provinceCount = Math.round(USERS * 0.25);
  const ministryCount = USERS - communeCount - provinceCount;
  // Communes with no report of the open period yet (a later run takes others), a report of an
  // earlier period to copy the values from (they pass the rules), and an active team.
  const { rows: communes } = await owner.query<{
    provinceId: number;
    communeId: number;
    reportId: string;
    teamId: string;
  }>(
    `SELECT DISTINCT ON (c."provinceId", c.id) c."provinceId", c.id AS "communeId", r.id AS "reportId", t.id AS "teamId"
       FROM "Commune" c
       JOIN "Report" r ON r."communeId" = c.id AND r.kind = 'COMMUNE' AND r.status = 'APPROVED'
       JOIN "Team" t ON t."communeId" = c.id AND t.status = 'ACTIVE'
      WHERE NOT EXISTS (SELECT 1 FROM "Report" o WHERE o."communeId" = c.id AND o."periodId" = $1 AND o.kind = 'COMMUNE')
      ORDER BY c."provinceId", c.id, r."periodId" DESC, t.id`,
    [openPeriod],
  );
  // Spread over provinces: round-robin.
  const byProvince = new Map<number, typeof communes>();
  for (const c of communes)
    byProvince.set(c.provinceId, [...(byProvince.get(c.provinceId) ?? []), c]);
  const picked: typeof communes = [];
  for (let round = 0; picked.length < communeCount && round < 1000; round++) {
    for (const list of byProvince.values()) {
      const next = list[round];
      if (next && picked.length < communeCount) picked.push(next);
    }
  }
  if (picked.length < communeCount)
    throw new Error(`Only ${picked.length} communes without a report of the open period remain`);

  const hash = await hashPassword(LOAD_PASSWORD);
  const users: LoadUser[] = [];
  const rows: {
    username: string;
    role: string;
    provinceId: number | null;
    communeId: number | null;
  }[] = [];
  for (const [i, c] of picked.entries()) {
    const username = `tai.xa.${String(i + 1).padStart(3, "0")}`;
    const { rows: values } = await owner.query<{ indicatorId: number; value: string }>(
      `SELECT "indicatorId", value::text FROM "ReportValue" WHERE "reportId" = $1`,
      [c.reportId],
    );
    const { rows: teams } = await owner.query<{
      version: number;
      name: string;
      pointId: string | null;
      establishedOn: string | null;
      areaIds: string[] | null;
    }>(
      `SELECT t.version, t.name, t."pointId", to_char(t."establishedOn", 'DD/MM/YYYY') AS "establishedOn",
              array_remove(array_agg(a."residentialAreaId"::text), NULL) AS "areaIds"
         FROM "Team" t LEFT JOIN "TeamArea" a ON a."teamId" = t.id WHERE t.id = $1 GROUP BY t."provinceId", t.id`,
      [c.teamId],
    );
    const team = teams[0];
    if (!team) throw new Error(`Team ${c.teamId} vanished`);
    users.push({
      role: "commune",
      username,
      provinceId: c.provinceId,
      communeId: c.communeId,
      entries: Object.fromEntries(
        values.map((v) => [String(v.indicatorId), { value: v.value, comment: null }]),
      ),
      team: {
        id: c.teamId,
        version: team.version,
        name: team.name.replace(/ · tải \d+$/, ""),
        pointId: team.pointId,
        areaIds: team.areaIds ?? [],
        establishedOn: team.establishedOn,
      },
    });
    rows.push({
      username,
      role: "COMMUNE_OFFICER",
      provinceId: c.provinceId,
      communeId: c.communeId,
    });
  }
  // Province officers: the submitted reports of their province, shared out without overlap.
  const { rows: provinces } = await owner.query<{ id: number }>(
    `SELECT id FROM "Province" ORDER BY code`,
  );
  const { rows: submitted } = await owner.query<{
    id: string;
    version: number;
    provinceId: number;
  }>(
    `SELECT id, version, "provinceId" FROM "Report" WHERE status = 'SUBMITTED' ORDER BY "periodId" DESC, id`,
  );
  const provinceUsers: ProvinceUser[] = [];
  for (let i = 0; i < provinceCount; i++) {
    const province = provinces[i % provinces.length];
    if (!province) throw new Error("No provinces");
    const username = `tai.tinh.${String(i + 1).padStart(3, "0")}`;
    provinceUsers.push({ role: "province", username, provinceId: province.id, reports: [] });
    rows.push({ username, role: "PROVINCE_OFFICER", provinceId: province.id, communeId: null });
  }
  for (const r of submitted) {
    const mine = provinceUsers.filter((u) => u.provinceId === r.provinceId);
    const least = mine.sort((a, b) => a.reports.length - b.reports.length)[0];
    if (least && least.reports.length < 40) least.reports.push({ id: r.id, version: r.version });
  }
  users.push(...provinceUsers);
  for (let i = 0; i < ministryCount; i++) {
    const username = `tai.bo.${String(i + 1).padStart(3, "0")}`;
    users.push({ role: "ministry", username });
    rows.push({ username, role: "MINISTRY_ANALYST", provinceId: null, communeId: null });
  }
  // The accounts themselves: the app's password hash, no password change due, active.
  await owner.query(
    `INSERT INTO "User" ("id", "username", "passwordHash", "fullName", "role", "provinceId", "communeId", "updatedAt", "passwordChangedAt")
     SELECT gen_random_uuid(), u, $2, 'Người dùng thử tải ' || u, r::"Role", p, c, now(), now()
       FROM unnest($1::text[], $3::text[], $4::int[], $5::int[]) AS x(u, r, p, c)
     ON CONFLICT ("username") DO UPDATE SET "passwordHash" = EXCLUDED."passwordHash", "role" = EXCLUDED."role",
       "provinceId" = EXCLUDED."provinceId", "communeId" = EXCLUDED."communeId", "active" = true,
       "mustChangePassword" = false, "updatedAt" = now()`,
    [
      rows.map((r) => r.username),
      hash,
      rows.map((r) => r.role),
      rows.map((r) => r.provinceId),
      rows.map((r) => r.communeId),
    ],
  );
  return users;
}

// ── the portal ────────────────────────────────────────────────────────────────────────────────
function startPortal(): ChildProcess {
  const child = spawn(
    process.execPath,
    [join("node_modules", "tsx", "dist", "cli.mjs"), join("scripts", "start.ts")],
    {
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        EMBEDDED_DATABASE_NAME: DATABASE,
        PORT: String(PORT),
        DEMO_DATA: "0",
        TRUSTED_PROXY_HOPS: "1",
      },
    },
  );
  child.stdout?.on("data", (d: Buffer) => log(`[portal] ${d.toString().trimEnd()}`));
  child.stderr?.on("data", (d: Buffer) => log(`[portal] ${d.toString().trimEnd()}`));
  return child;
}

async function waitForPortal(child: ChildProcess): Promise<void> {
  const deadline = Date.now() + PORTAL_START_LIMIT_S * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("The portal exited while starting");
    const answer = await send("GET", "/api/health", {}).catch(() => null);
    if (answer?.status === 200) return;
    await sleep(1000);
  }
  throw new Error("The portal did not answer within the start limit");
}

async function signIn(ref: ActionRef, username: string, address: string): Promise<string> {
  let last = "";
  for (let attempt = 0; attempt < 5; attempt++) {
    const answer = await send(
      "POST",
      "/vi/sign-in",
      {
        "next-action": ref.id,
        "content-type": "text/plain;charset=UTF-8",
        accept: "text/x-component",
        origin: BASE,
        "x-forwarded-for": address,
      },
      JSON.stringify(["$undefined", { username, password: LOAD_PASSWORD, next: "/vi" }]),
    ).catch(() => null);
    const cookies = ([] as string[]).concat(answer?.headers["set-cookie"] ?? []);
    const session = cookies
      .map((c) => c.split(";")[0] ?? "")
      .filter((c) => /^(phongtrao\.session|[^=]*session-token)=/.test(c));
    if (session.length > 0) {
      const cookie = session.join("; ");
      addressOf.set(cookie, address);
      return cookie;
    }
    last = answer ? `HTTP ${answer.status} ${answer.body.slice(0, 200)}` : "no answer";
    await sleep(500 * (attempt + 1));
  }
  throw new Error(`${username} could not sign in: ${last}`);
}

// ── the users' work ───────────────────────────────────────────────────────────────────────────
interface Ack {
  kind: "report-save" | "team-update" | "submit" | "approve";
  id: string;
  version?: number;
  marker?: string;
}
const acks: Ack[] = [];
const doubleSubmitted: string[] = [];

interface Actions {
  save: ActionRef;
  submit: ActionRef;
  approve: ActionRef;
  updateTeam: ActionRef;
}

interface Period {
  id: number;
  year: number;
  quarter: number;
}

async function communeLoop(
  u: CommuneUser,
  cookie: string,
  a: Actions,
  period: Period,
  deadline: number,
  submitAt: number,
) {
  const formPath = `/vi/reports/form?commune=${u.communeId}&year=${period.year}&quarter=${period.quarter}`;
  let report: { id: string; version: number } | null = null;
  let submitted = false;
  let team = { ...u.team };
  for (let step = 0; step < MAX_STEPS_PER_USER && Date.now() < deadline; step++) {
    const choice = step % 4;
    if (choice === 0) {
      await timed("page.report-form", () => send("GET", formPath, { cookie }));
    } else if (choice === 1 && !submitted) {
      const marker = `tai ${u.username} ${step}`;
      const result = await callAction("action.report-save", a.save, "/vi/reports/form", cookie, {
        periodId: period.id,
        communeId: u.communeId,
        ...(report ? { version: report.version } : {}),
        entries: u.entries,
        results: marker,
      });
      if (result?.ok) {
        const data = result.data as { reportId: string; version: number };
        report = { id: data.reportId, version: data.version };
        acks.push({ kind: "report-save", id: data.reportId, version: data.version, marker });
      }
    } else if (choice === 2) {
      const name = `${u.team.name} · tải ${step}`;
      const result = await callAction(
        "action.team-update",
        a.updateTeam,
        `/vi/teams/${team.id}`,
        cookie,
        {
          id: team.id,
          version: team.version,
          name,
          pointId: team.pointId ?? "",
          areaIds: team.areaIds,
          establishedOn: team.establishedOn ?? "",
        },
      );
      if (result?.ok) {
        team = { ...team, version: (result.data as { version: number }).version };
        acks.push({ kind: "team-update", id: team.id, version: team.version, marker: name });
      }
    } else {
      await timed("page.teams", () => send("GET", "/vi/teams", { cookie }));
    }
    if (!submitted && report && Date.now() >= submitAt) {
      // The same submit twice at once (a double click): one submission, both answered.
      const input = { reportId: report.id, version: report.version };
      const both = await Promise.all([
        callAction("action.report-submit", a.submit, "/vi/reports/form", cookie, input),
        callAction("action.report-submit", a.submit, "/vi/reports/form", cookie, input),
      ]);
      if (both.some((r) => r?.ok)) {
        acks.push({ kind: "submit", id: report.id });
        doubleSubmitted.push(report.id);
        submitted = true;
      }
    }
    await think();
  }
}

async function provinceLoop(u: ProvinceUser, cookie: string, a: Actions, deadline: number) {
  const queue = [...u.reports];
  for (let step = 0; step < MAX_STEPS_PER_USER && Date.now() < deadline; step++) {
    if (step % 2 === 0) {
      await timed("page.reports", () => send("GET", "/vi/reports", { cookie }));
    } else {
      const next = queue[0];
      if (next) {
        const result = await callAction(
          "action.report-approve",
          a.approve,
          "/vi/reports/form",
          cookie,
          {
            reportId: next.id,
            version: next.version,
          },
        );
        if (result) queue.shift();
        if (result?.ok) acks.push({ kind: "approve", id: next.id });
      } else {
        await timed("page.dashboard", () => send("GET", "/vi/dashboard", { cookie }));
      }
    }
    await think();
  }
}

async function ministryLoop(cookie: string, deadline: number) {
  const pages = ["/vi/dashboard", "/vi", "/vi/summary", "/vi/completeness"];
  for (let step = 0; step < MAX_STEPS_PER_USER && Date.now() < deadline; step++) {
    const path = pages[step % pages.length] ?? "/vi";
    await timed(`page.${path === "/vi" ? "overview" : path.slice(4)}`, () =>
      send("GET", path, { cookie }),
    );
    await think();
  }
}

// ── restart and recovery ──────────────────────────────────────────────────────────────────────
async function restartDatabase(
  db: { server: RunningDatabase },
  probeCookie: string,
): Promise<void> {
  restartStartedAt = Date.now();
  log(`▸ Restarting PostgreSQL at ${((restartStartedAt - t0) / 1000).toFixed(1)} s`);
  await db.server.stop();
  db.server = await startDatabase();
  log(`▸ PostgreSQL is back after ${((Date.now() - restartStartedAt) / 1000).toFixed(1)} s`);
  const limit = restartStartedAt + RECOVERY_LIMIT_S * 1000;
  while (Date.now() < limit) {
    const answer = await send("GET", "/vi", { cookie: probeCookie }).catch(() => null);
    if (answer?.status === 200) {
      recoveredAt = Date.now();
      log(
        `▸ The portal answers a signed-in page again after ${((recoveredAt - restartStartedAt) / 1000).toFixed(1)} s`,
      );
      return;
    }
    await sleep(250);
  }
}

// ── checks afterwards ─────────────────────────────────────────────────────────────────────────
async function lostWrites(owner: pg.Client): Promise<number> {
  let lost = 0;
  for (const ack of acks) {
    let found = false;
    if (ack.kind === "report-save") {
      const { rowCount } = await owner.query(
        `SELECT 1 FROM "AuditLog" WHERE entity = 'Report' AND "entityId" = $1 AND (after->>'version')::int = $2`,
        [ack.id, ack.version],
      );
      found = (rowCount ?? 0) > 0;
    } else if (ack.kind === "team-update") {
      const { rowCount } = await owner.query(
        `SELECT 1 FROM "AuditLog" WHERE entity = 'Team' AND "entityId" = $1 AND after->>'name' = $2`,
        [ack.id, ack.marker],
      );
      found = (rowCount ?? 0) > 0;
    } else {
      const to = ack.kind === "submit" ? "SUBMITTED" : "APPROVED";
      const { rowCount } = await owner.query(
        `SELECT 1 FROM "ReportStatusChange" WHERE "reportId" = $1 AND "toStatus" = $2::"ReportStatus"`,
        [ack.id, to],
      );
      found = (rowCount ?? 0) > 0;
    }
    if (!found) lost += 1;
  }
  // The last acknowledged state of each row is its state now (one writer per row).
  const last = new Map<string, Ack>();
  for (const ack of acks)
    if (ack.kind === "report-save" || ack.kind === "team-update") last.set(ack.id, ack);
  for (const ack of last.values()) {
    const sql =
      ack.kind === "report-save"
        ? `SELECT 1 FROM "Report" WHERE id = $1 AND results = $2`
        : `SELECT 1 FROM "Team" WHERE id = $1 AND name = $2`;
    const { rowCount } = await owner.query(sql, [ack.id, ack.marker]);
    if (!rowCount) lost += 1;
  }
  return lost;
}

async function duplicateSubmits(owner: pg.Client): Promise<number> {
  if (doubleSubmitted.length === 0) return 0;
  const { rows } = await owner.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT "reportId" FROM "ReportStatusChange"
      WHERE "reportId" = ANY($1::uuid[]) AND "toStatus" = 'SUBMITTED' GROUP BY "reportId" HAVING count(*) > 1) d`,
    [doubleSubmitted],
  );
  return rows[0]?.n ?? 0;
}

// ── figures ───────────────────────────────────────────────────────────────────────────────────
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}
function inRestartWindow(s: Sample): boolean {
  if (restartStartedAt === null) return false;
  const end = (recoveredAt ?? Date.now()) + 2000;
  return s.start + s.ms >= restartStartedAt && s.start <= end;
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
    const restart = RESTART
      ? sleep(DURATION_S * 400).then(() => restartDatabase(db, probeCookie))
      : Promise.resolve();
    await Promise.all([
      restart,
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

    // Every request's kind, start (ms after the first user's start), time and status, for a closer look.
    const samplesFile = argument("samples");
    if (samplesFile)
      writeFileSync(
        samplesFile,
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
        users: users.length,
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
        recovery_s:
          restartStartedAt === null
            ? null
            : recoveredAt === null
              ? -1
              : Number(((recoveredAt - restartStartedAt) / 1000).toFixed(1)),
        acknowledged_writes: acks.length,
        lost_writes: lost,
        double_submits: doubleSubmitted.length,
        duplicate_submissions: duplicates,
        rollup_mismatches: rollups.differences.length,
        load_average: loadavg().map((l) => Number(l.toFixed(2))),
      }),
    );
    const failed =
      lost > 0 ||
      duplicates > 0 ||
      rollups.differences.length > 0 ||
      (RESTART && recoveredAt === null);
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
