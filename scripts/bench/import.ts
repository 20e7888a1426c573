// npm run bench:import — a 10,000-row roster file previewed and committed, on a database of its
// own: a fresh database on the embedded test server (.data/test-postgres, TEST_DATABASE_PORT),
// migrated and seeded with the reference and demo data, dropped at the end. It runs as a commune
// officer of Phường Giá Rai through the same domain functions as the page (row-level security on),
// and prints one JSON line per step: {"name":"import.preview","rows":10000,"seconds":…}.
import { createHash } from "node:crypto";
import ExcelJS from "exceljs";
import pg from "pg";
import { APP_PASSWORD, asAppRole, startTestServer } from "../../tests/setup/databases";
import { enableAppRole } from "../db/app-role";
import { applyMigrations } from "../db/schema-engine";
import { seedIfFirstRun } from "../db/seed-once";

const ROWS = Number(process.argv[2] ?? 10_000);
const TEAMS = 10;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function main(): Promise<void> {
  const server = await startTestServer();
  const name = `bench_import_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server.url("postgres") });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  const ownerUrl = server.url(name);
  try {
    log(`database ${name}: migrating and seeding (reference and demo data)…`);
    await applyMigrations(ownerUrl);
    await enableAppRole(ownerUrl, APP_PASSWORD);
    await seedIfFirstRun(ownerUrl, { demo: true, log: () => undefined });
    process.env.DATABASE_URL = ownerUrl;
    process.env.APP_DATABASE_URL = asAppRole(ownerUrl);
    await run(ownerUrl);
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
    await server.stop();
  }
}

async function run(ownerUrl: string): Promise<void> {
  // Imported after the environment names the bench database (lib/env reads it once).
  const { createPrismaClient } = await import("@/lib/db/create-client");
  const { newSessionToken } = await import("@/lib/auth/sessions");
  const { findLiveSession } = await import("@/lib/auth/sessions");
  const { scopeOf } = await import("@/lib/auth/scope");
  const { previewImport } = await import("@/lib/rosters/import/preview-import");
  const { commitImport } = await import("@/lib/rosters/import/commit-import");
  const { COLUMN_HEADERS, COLUMN_KEYS } = await import("@/lib/rosters/import/columns");

  const owner = createPrismaClient(ownerUrl);
  const commune = await owner.commune.findUniqueOrThrow({ where: { code: "31942" } });
  const unit = { provinceId: commune.provinceId, communeId: commune.id };
  const user = await owner.user.findUniqueOrThrow({ where: { username: "giarai.canbo" } });
  const token = newSessionToken();
  const now = new Date();
  await owner.session.create({
    data: {
      tokenHash: createHash("sha256").update(token).digest("hex"),
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + 3_600_000),
      ip: "127.0.0.1",
      userAgent: "bench",
    },
  });
  const live = await findLiveSession(token);
  const scope = live ? scopeOf(live.user) : null;
  if (!live || !scope) throw new Error("bench session not live");
  const ctx = {
    user: live.user,
    role: live.user.role,
    scope,
    sessionId: live.sessionId,
    sessionToken: token,
    ip: "127.0.0.1",
    userAgent: "bench",
  };

  // Ten fresh teams of 1,000, one leader each; the commune's own residential areas; one row in ten
  // names its pre-2025 commune, as old lists do.
  const teams: string[] = [];
  for (let t = 0; t < TEAMS; t++) {
    const team = await owner.team.create({
      data: { ...unit, kind: "MODEL", name: `Tổ đo hiệu năng số ${t + 1}` },
    });
    teams.push(team.name);
  }
  const areas = (await owner.residentialArea.findMany({ where: unit, select: { name: true } })).map(
    (a) => a.name,
  );
  const taken = new Set(
    (
      await owner.person.findMany({
        where: { provinceId: unit.provinceId, citizenId: { not: null } },
        select: { citizenId: true },
      })
    ).map((p) => p.citizenId),
  );
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Danh sách");
  sheet.addRow(COLUMN_KEYS.map((key) => COLUMN_HEADERS[key][0] ?? key));
  let serial = 100_000;
  for (let i = 0; i < ROWS; i++) {
    const female = i % 2 === 1;
    const year = 1955 + (i % 45);
    let citizenId = "";
    do {
      serial += 1;
      citizenId = `095${female ? 1 : 0}${String(year % 100).padStart(2, "0")}${String(serial).padStart(6, "0")}`;
    } while (taken.has(citizenId));
    const old = i % 10 === 0;
    sheet.addRow([
      `${female ? "Nguyễn Thị" : "Trần Văn"} Thử ${i + 1}`.normalize(i % 3 === 0 ? "NFD" : "NFC"),
      new Date(Date.UTC(year, i % 12, 1 + (i % 28))),
      female ? "Nữ" : "Nam",
      citizenId,
      `09${String(10_000_000 + i).slice(-8)}`,
      i % 7 === 0 ? "Khơ-me" : "Kinh",
      "Không",
      areas[i % Math.max(1, areas.length)] ?? "",
      teams[i % TEAMS] ?? "",
      i < TEAMS ? "Tổ trưởng" : "Tổ viên",
      `${1 + (i % 28)}/${1 + (i % 12)}/2024`,
      old ? "Xã Phong Thạnh" : "",
      old ? "Thị xã Giá Rai" : "",
      old ? "Tỉnh Bạc Liêu" : "",
    ]);
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  log(`file: ${ROWS} rows, ${(bytes.length / 1024).toFixed(0)} KiB .xlsx`);

  const fileName = "Danh sách đo hiệu năng.xlsx";
  let started = performance.now();
  const preview = await previewImport(ctx, { fileName, bytes });
  const previewSeconds = (performance.now() - started) / 1000;
  if (preview.counts.withErrors > 0)
    throw new Error(
      `bench file has errors: ${JSON.stringify(preview.rows.filter((r) => r.problems.length > 0).slice(0, 3))}`,
    );
  console.log(
    JSON.stringify({
      name: "import.preview",
      rows: preview.counts.rows,
      seconds: round(previewSeconds),
    }),
  );

  const before = await owner.membership.count();
  started = performance.now();
  const committed = await commitImport(ctx, { fileName, bytes });
  const commitSeconds = (performance.now() - started) / 1000;
  const after = await owner.membership.count();
  if (after - before !== ROWS)
    throw new Error(`committed ${after - before} memberships, not ${ROWS}`);
  console.log(
    JSON.stringify({
      name: "import.commit",
      rows: committed.rowCount,
      seconds: round(commitSeconds),
    }),
  );
  await owner.$disconnect();
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
