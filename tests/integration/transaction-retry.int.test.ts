// A transaction that PostgreSQL aborts as a deadlock's victim (or a serialization failure) did
// nothing: the guard's transaction runs it again, so two officers whose writes met in opposite
// order (the province rollups' rows that every roster change of a province adds to, decision 015)
// both see their change saved, not a 500 for one of them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Signed, signInAs } from "../support/sign-in-as";
import { ownerDb } from "../support/owner-db";

let officer: Signed;
let teams: string[];
let versions: { id: string; version: number }[];

beforeAll(async () => {
  officer = await signInAs("giarai.canbo");
  versions = await ownerDb().team.findMany({
    where: { commune: { code: "31942" }, status: "ACTIVE" },
    select: { id: true, version: true },
    orderBy: { id: "asc" },
    take: 2,
  });
  teams = versions.map((t) => t.id);
});

afterAll(async () => {
  for (const { id, version } of versions)
    await ownerDb().team.updateMany({ where: { id }, data: { version } });
});

/** Resolves once `count` callers have reached it; later callers pass at once. */
function barrier(count: number): () => Promise<void> {
  let reached = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return () => {
    reached += 1;
    if (reached >= count) open();
    return opened;
  };
}

describe("the guard's transaction", { timeout: 60_000 }, () => {
  it("runs a deadlock's victim again, so both writes are saved", async () => {
    expect(teams).toHaveLength(2);
    const bothHoldOne = barrier(2);
    const attempts = { first: 0, second: 0 };
    const bump = (who: "first" | "second", order: string[]) =>
      officer.inScope(async (tx) => {
        attempts[who] += 1;
        await tx.$executeRaw`update "Team" set version = version + 1 where id = ${order[0]}::uuid`;
        await bothHoldOne();
        await tx.$executeRaw`update "Team" set version = version + 1 where id = ${order[1]}::uuid`;
        return who;
      });
    const before = await ownerDb().team.findMany({
      where: { id: { in: teams } },
      select: { id: true, version: true },
    });
    const results = await Promise.all([bump("first", teams), bump("second", [...teams].reverse())]);
    expect(results).toEqual(["first", "second"]);
    // One of the two was the victim and ran again.
    expect(attempts.first + attempts.second).toBe(3);
    const after = await ownerDb().team.findMany({
      where: { id: { in: teams } },
      select: { id: true, version: true },
    });
    for (const team of after)
      expect(team.version).toBe((before.find((b) => b.id === team.id)?.version ?? 0) + 2);
  });
});
