// The isolation matrix: every server action, as every role, on a target in the actor's own scope,
// in another commune and in another province (tests/support/isolation/). It fails on an exported
// server action that has no row.
import { beforeAll, describe, expect, it } from "vitest";
import { buildWorld, caseContext, casesOf, type World } from "../support/isolation/harness";
import { ACTION_ROWS, TESTED_ELSEWHERE } from "../support/isolation/rows";
import { serverActions } from "../support/server-actions";

let world: World;

beforeAll(async () => {
  world = await buildWorld();
});

describe.each(ACTION_ROWS.map((row, index) => ({ row, name: `${row.action} #${index + 1}` })))(
  "$name",
  ({ row }) => {
    it.each(casesOf(row))("$actor on $target: $expected", async ({ actor, target }) => {
      await row.run(caseContext(world, actor, target));
    });
  },
);

describe("the matrix", () => {
  it("has a row for every exported server action, and no row for an action that does not exist", () => {
    const exported = serverActions().map((a) => a.name);
    expect(exported.length).toBeGreaterThanOrEqual(7);
    const covered = new Set([
      ...ACTION_ROWS.map((r) => r.action),
      ...Object.keys(TESTED_ELSEWHERE),
    ]);
    expect(exported.filter((name) => !covered.has(name))).toEqual([]);
    expect([...covered].filter((name) => !exported.includes(name))).toEqual([]);
  });
});
