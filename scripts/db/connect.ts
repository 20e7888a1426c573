// Where the database is: DATABASE_URL when set, otherwise the embedded server in .data/postgres.
import { join } from "node:path";
import { ensureDatabase, startEmbedded } from "./embedded";
import { DATA_DIR, localSecrets } from "./local-secrets";

export const EMBEDDED_PORT = Number(process.env.EMBEDDED_DATABASE_PORT ?? 54329);
/** The embedded server's portal database; EMBEDDED_DATABASE_NAME=phongtrao_national serves the national data set. */
const DATABASE_NAME = process.env.EMBEDDED_DATABASE_NAME ?? "phongtrao";

export interface Database {
  /** Connection of the owning role: migrations and the seed run as it. */
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export interface Server {
  /** The owner's connection to one database of the server. */
  url(database: string): string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** The server itself (DATABASE_URL's, or the embedded one), for tools that use a database of their own. */
export async function connectServer(log?: (line: string) => void): Promise<Server> {
  const given = process.env.DATABASE_URL;
  if (given) {
    return {
      url: (database) => {
        const url = new URL(given);
        url.pathname = `/${database}`;
        return url.toString();
      },
      embedded: false,
      stop: () => Promise.resolve(),
    };
  }
  const server = await startEmbedded({
    dir: join(DATA_DIR, "postgres"),
    port: EMBEDDED_PORT,
    password: localSecrets().postgresPassword,
    log,
  });
  return { url: server.adminUrl, embedded: true, stop: () => server.stop() };
}

export async function connectDatabase(log?: (line: string) => void): Promise<Database> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, embedded: false, stop: () => Promise.resolve() };
  const server = await connectServer(log);
  await ensureDatabase(server.url("postgres"), DATABASE_NAME);
  return { url: server.url(DATABASE_NAME), embedded: true, stop: () => server.stop() };
}
