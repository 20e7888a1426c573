// Where the database is: DATABASE_URL when set, otherwise the embedded server in .data/postgres.
import { join } from "node:path";
import { ensureDatabase, startEmbedded } from "./embedded";
import { DATA_DIR, localSecrets } from "./local-secrets";

export const EMBEDDED_PORT = Number(process.env.EMBEDDED_DATABASE_PORT ?? 54329);
const DATABASE_NAME = "phongtrao";

export interface Database {
  /** Connection of the owning role: migrations and the seed run as it. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function connectDatabase(log?: (line: string) => void): Promise<Database> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, embedded: false, stop: () => Promise.resolve() };
  const server = await startEmbedded({
    dir: join(DATA_DIR, "postgres"),
    port: EMBEDDED_PORT,
    password: localSecrets().postgresPassword,
    log,
  });
  await ensureDatabase(server.adminUrl("postgres"), DATABASE_NAME);
  return { url: server.adminUrl(DATABASE_NAME), embedded: true, stop: () => server.stop() };
}
