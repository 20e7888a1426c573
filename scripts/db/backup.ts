// npm run db:backup [-- <file>] — a consistent backup of the portal's database (the embedded one,
// or DATABASE_URL's) while the portal runs: one snapshot, gzip-compressed (lib/backup). Default
// file: backups/phongtrao-<date>-<time>.backup.gz. Keep copies off this machine (README, "Backups").
import { createWriteStream } from "node:fs";
import { mkdir, rename } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { writeBackup } from "../../lib/backup/backup";
import { connectDatabase } from "./connect";

function defaultFile(): string {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  return resolve("backups", `phongtrao-${stamp}.backup.gz`);
}

async function main(): Promise<void> {
  const file = resolve(process.argv[2] ?? defaultFile());
  await mkdir(dirname(file), { recursive: true });
  const database = await connectDatabase();
  try {
    // Written beside the target and renamed at the end: a file of that name is always a whole backup.
    const partial = `${file}.partial`;
    const result = await writeBackup(database.url, createWriteStream(partial, { mode: 0o600 }));
    await rename(partial, file);
    const rows = result.header.tables.reduce((n, t) => n + t.rows, 0);
    console.log(
      JSON.stringify({
        name: "db.backup",
        file,
        tables: result.header.tables.length,
        rows,
        megabytes: Number((result.bytes / 1048576).toFixed(1)),
        seconds: Number(result.seconds.toFixed(1)),
        migrations: result.header.migrations.length,
      }),
    );
    console.error(`Backup written: ${file}. Copy it off this machine (see README, "Backups").`);
  } finally {
    await database.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
