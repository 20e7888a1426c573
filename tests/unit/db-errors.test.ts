// Which database errors the guard's transaction runs again (a deadlock's victim, a serialization
// failure) and which it turns into "hệ thống đang bận" (lib/db/busy.ts): the shapes Prisma 7 and its
// pg adapter give them.
import { describe, expect, it } from "vitest";
import { busyReason, DatabaseBusyError, isRetryable } from "@/lib/db/busy";

/** The shape of a raw query's failure through @prisma/adapter-pg. */
const rawFailure = (code: string, message: string) => ({
  name: "PrismaClientKnownRequestError",
  code: "P2010",
  message: `Raw query failed. Code: \`${code}\`. Message: \`${message}\``,
  meta: {
    driverAdapterError: {
      name: "DriverAdapterError",
      message,
      cause: { originalCode: code, kind: "postgres", code, message },
    },
  },
});

describe("database errors", () => {
  it("run again a deadlock's victim and a serialization failure, however wrapped", () => {
    expect(isRetryable(rawFailure("40P01", "deadlock detected"))).toBe(true);
    expect(
      isRetryable(rawFailure("40001", "could not serialize access due to read/write dependencies")),
    ).toBe(true);
    expect(
      isRetryable({ code: "P2034", message: "Transaction failed due to a write conflict" }),
    ).toBe(true);
    expect(isRetryable(new Error("outer", { cause: { code: "40P01" } }))).toBe(true);
    // A replica's query cancelled by a recovery conflict.
    expect(
      isRetryable(rawFailure("40001", "canceling statement due to conflict with recovery")),
    ).toBe(true);
  });

  it("do not run again a busy database, a broken rule or a bug", () => {
    const timeout = rawFailure("57014", "canceling statement due to statement timeout");
    expect(isRetryable(timeout)).toBe(false);
    expect(busyReason(timeout)).toBe("timeout");
    expect(isRetryable(new DatabaseBusyError("pool"))).toBe(false);
    expect(isRetryable(rawFailure("23505", "duplicate key value violates unique constraint"))).toBe(
      false,
    );
    expect(isRetryable(new TypeError("x is undefined"))).toBe(false);
    expect(isRetryable(null)).toBe(false);
    expect(busyReason(rawFailure("40P01", "deadlock detected"))).toBeNull();
  });
});
