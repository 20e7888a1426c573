// A busy database answers fast and clearly: the app's pool (here of one connection) held by a long
// transaction makes the next request fail within the acquire timeout with "Hệ thống đang bận…",
// not wait without end; a statement past statement_timeout is cancelled by PostgreSQL itself (no
// longer in pg_stat_activity) and the person gets the same message. Real PostgreSQL, no mocks.
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { authAction } from "@/lib/auth/guard";
import { BUSY_DIGEST, DatabaseBusyError } from "@/lib/db/busy";
import { inScope } from "@/lib/db/scoped";
import { ownerDb } from "@/tests/support/owner-db";
import { signedInAs } from "@/tests/support/sign-in-as";

// The app's client is made on first use, after these are set (lib/db/client.ts, create-client.ts).
process.env.DB_POOL_MAX = "1";
process.env.DB_ACQUIRE_TIMEOUT_MS = "1000";
process.env.DB_STATEMENT_TIMEOUT_MS = "1500";

const BUSY_VI = "Hệ thống đang bận, vui lòng thử lại sau ít phút.";

const slowAction = authAction(
  { schema: z.object({ seconds: z.number() }), permission: "signed-in" },
  (input, ctx) =>
    inScope(ctx, (tx) =>
      tx.$queryRawUnsafe(`select pg_sleep(${Number(input.seconds)})::text as slept`),
    ),
);

const readAction = authAction({ schema: z.object({}), permission: "signed-in" }, (_input, ctx) =>
  inScope(ctx, (tx) => tx.$queryRaw`select 1 as one`),
);

async function runningSleeps(seconds: number): Promise<number> {
  const rows = await ownerDb().$queryRawUnsafe<{ n: number }[]>(
    `select count(*)::int as n from pg_stat_activity
      where state = 'active' and query like 'select pg_sleep(${seconds})%' and pid <> pg_backend_pid()`,
  );
  return rows[0]?.n ?? 0;
}

afterAll(() => {
  delete process.env.DB_POOL_MAX;
  delete process.env.DB_ACQUIRE_TIMEOUT_MS;
  delete process.env.DB_STATEMENT_TIMEOUT_MS;
});

describe("a busy database", () => {
  it("an exhausted pool answers the next action within the acquire timeout with the busy message", async () => {
    const holder = await signedInAs("MINISTRY_ANALYST");
    const other = await signedInAs("MINISTRY_ANALYST");
    // Warm the one connection up, then hold it in an open transaction.
    expect(await other.run(() => readAction(undefined, {}))).toMatchObject({ ok: true });
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    let holding: () => void = () => undefined;
    const isHolding = new Promise<void>((r) => (holding = r));
    const transaction = holder.inScope(async () => {
      holding();
      await held;
    });
    await isHolding;
    try {
      const started = performance.now();
      const result = await other.run(() => readAction(undefined, {}));
      const ms = performance.now() - started;
      expect(result).toEqual({
        ok: false,
        fieldErrors: {},
        formError: expect.stringContaining(BUSY_VI) as string,
      });
      expect(ms).toBeLessThan(4000);

      const page = await other.run(() => getCurrentUser()).catch((e: unknown) => e);
      expect(page).toBeInstanceOf(DatabaseBusyError);
      expect((page as DatabaseBusyError).digest).toBe(BUSY_DIGEST);
      expect((page as DatabaseBusyError).reason).toBe("pool");

      const english = await other.run(() => readAction(undefined, {}), "en");
      expect(english).toMatchObject({
        ok: false,
        formError: expect.stringContaining("The system is busy") as string,
      });
    } finally {
      release();
      await transaction;
    }
    // Once the connection is free again, the same request succeeds: nothing stays broken.
    expect(await other.run(() => readAction(undefined, {}))).toMatchObject({ ok: true });
  });

  it("a statement past the statement timeout is cancelled in the database and answered busy", async () => {
    const user = await signedInAs("MINISTRY_ANALYST");
    const started = performance.now();
    const result = await user.run(() => slowAction(undefined, { seconds: 20 }));
    const ms = performance.now() - started;
    expect(result).toEqual({
      ok: false,
      fieldErrors: {},
      formError: expect.stringContaining(BUSY_VI) as string,
    });
    // Cancelled by PostgreSQL at 1.5 s, far before the 20 s the statement asked for.
    expect(ms).toBeGreaterThanOrEqual(1400);
    expect(ms).toBeLessThan(6000);
    expect(await runningSleeps(20)).toBe(0);

    // The domain call itself fails with the busy error (the page's error boundary shows it).
    const direct = await user
      .inScope((tx) => tx.$queryRawUnsafe("select pg_sleep(19)::text as slept"))
      .catch((e: unknown) => e);
    expect(direct).toBeInstanceOf(DatabaseBusyError);
    expect((direct as DatabaseBusyError).reason).toBe("timeout");
    expect(await runningSleeps(19)).toBe(0);

    // A statement within the limit still runs.
    expect(await user.run(() => slowAction(undefined, { seconds: 0.2 }))).toMatchObject({
      ok: true,
    });
  });

  it("a connection broken under a transaction (as by a database restart) is not lost to the pool", async () => {
    const user = await signedInAs("MINISTRY_ANALYST");
    // The pool has one connection: a single leaked one would make every later request "busy".
    for (let round = 0; round < 3; round++) {
      const broken = await user
        .inScope(async (tx) => {
          const rows = await tx.$queryRaw<{ pid: number }[]>`select pg_backend_pid() as pid`;
          await ownerDb().$queryRaw`select pg_terminate_backend(${rows[0]?.pid ?? 0}::int)`;
          return tx.$queryRaw`select 1 as one`;
        })
        .catch((e: unknown) => e);
      expect(broken).toBeInstanceOf(DatabaseBusyError);
      const started = performance.now();
      expect(await user.run(() => readAction(undefined, {}))).toMatchObject({ ok: true });
      expect(performance.now() - started).toBeLessThan(2000);
    }
  });
});
