// The national load's connections: each set for bulk work, and statements run on a few of them at
// once (index builds, foreign keys, vacuums, rollups), a statement waiting for the tables it locks.
import pg from "pg";

export async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  // A connection lost while idle surfaces in the next query, not as an unhandled event.
  client.on("error", () => undefined);
  await client.connect();
  // Bulk work: no wait for the WAL flush at each COPY's commit (a crash loses the load, which is
  // simply run again), and room for index builds.
  await client.query("SET synchronous_commit = off");
  await client.query("SET maintenance_work_mem = '512MB'");
  return client;
}

export type Statement = string | { text: string; values?: unknown[]; locks?: readonly string[] };

/**
 * Runs the statements on `workers` connections at once (index builds use both cores), each
 * connection first running `setup`; `onDone` gets each statement's rows. A statement with `locks`
 * waits while another one holding any of them runs (two foreign keys of one table would wait for
 * each other's table lock anyway: the other connection takes the next statement instead).
 */
export async function runParallel(
  url: string,
  statements: readonly Statement[],
  workers: number,
  onDone: (rows: Record<string, unknown>[]) => void,
  setup: readonly string[] = [],
): Promise<void> {
  const queue = [...statements];
  const held = new Set<string>();
  let released: (() => void)[] = [];
  const locksOf = (s: Statement): readonly string[] =>
    typeof s === "string" ? [] : (s.locks ?? []);
  const take = async (): Promise<Statement | undefined> => {
    for (;;) {
      if (queue.length === 0) return undefined;
      const i = queue.findIndex((s) => locksOf(s).every((l) => !held.has(l)));
      if (i >= 0) {
        const [next] = queue.splice(i, 1);
        for (const l of locksOf(next as Statement)) held.add(l);
        return next;
      }
      await new Promise<void>((resolve) => released.push(resolve));
    }
  };
  const clients = await Promise.all(Array.from({ length: workers }, () => connect(url)));
  try {
    await Promise.all(
      clients.map(async (client) => {
        for (const statement of setup) await client.query(statement);
        for (let next = await take(); next !== undefined; next = await take()) {
          const result = await client.query<Record<string, unknown>>(
            typeof next === "string" ? next : { text: next.text, values: next.values },
          );
          for (const l of locksOf(next)) held.delete(l);
          const waiting = released;
          released = [];
          for (const resolve of waiting) resolve();
          onDone(result.rows);
        }
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
