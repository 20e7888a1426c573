// The isolation harness: every server action, as every role, on a target in the actor's own
// scope, in another commune of the same province and in another province. A row says, for one
// action, how to make its target, how to call it, what each actor × target must get, and what an
// allowed call changes. The harness checks the answer and, for every refusal, that nothing the
// action could touch changed (only the refusal's own audit row is added).
//
// Every later feature adds its rows under tests/support/isolation/rows/: the matrix
// (tests/integration/isolation-matrix.int.test.ts) fails on an exported action without a row.
import { expect } from "vitest";
import type { ActionResult } from "@/lib/auth/guard";
import type { Role } from "@/lib/generated/prisma/client";
import { createUser, unitIds } from "../factories";
import { ownerDb } from "../owner-db";
import { type Signed, signInAs } from "../sign-in-as";
import { ACTOR_KEYS, type ActorKey, TARGET_KEYS, TARGET_UNITS, type TargetKey } from "./keys";

export { ACTOR_KEYS, type ActorKey, TARGET_KEYS, TARGET_UNITS, type TargetKey };

/** One actor per role; those with a scope sit in Cà Mau (96) and its Phường Giá Rai (31942). */
export const ACTORS: Record<ActorKey, { role: Role; provinceCode?: string; communeCode?: string }> =
  {
    ministryAdmin: { role: "MINISTRY_ADMIN" },
    ministryAnalyst: { role: "MINISTRY_ANALYST" },
    provinceAdmin: { role: "PROVINCE_ADMIN", provinceCode: "96" },
    provinceOfficer: { role: "PROVINCE_OFFICER", provinceCode: "96" },
    communeOfficer: { role: "COMMUNE_OFFICER", provinceCode: "96", communeCode: "31942" },
  };

export type Expected =
  | { kind: "ok" }
  /** A refusal for the whole form; `audited`: the guard writes an ACCESS_DENIED row. */
  | { kind: "form"; message: string; audited: boolean }
  | { kind: "field"; field: string; message: string }
  /** The action ends by redirecting (Next's redirect() throws NEXT_REDIRECT to the router). */
  | { kind: "redirect"; to: RegExp };

export const FORBIDDEN = "Bạn không có quyền thực hiện thao tác này.";
export const NOT_FOUND = "Không tìm thấy dữ liệu trong phạm vi quản lý của bạn.";

export const ok: Expected = { kind: "ok" };
export const forbidden: Expected = { kind: "form", message: FORBIDDEN, audited: true };
export const notFound: Expected = { kind: "form", message: NOT_FOUND, audited: true };
export const formRefusal = (message: string): Expected => ({
  kind: "form",
  message,
  audited: false,
});
export const fieldRefusal = (field: string, message: string): Expected => ({
  kind: "field",
  field,
  message,
});
export const redirects = (to: RegExp): Expected => ({ kind: "redirect", to });

/** The same answer for every target. */
export const everywhere = (expected: Expected): Record<TargetKey, Expected> => ({
  own: expected,
  otherCommune: expected,
  otherProvince: expected,
});

export interface World {
  actors: Record<ActorKey, Signed>;
  units: Record<TargetKey, { provinceId: number; communeId: number }>;
}

export interface CaseContext {
  world: World;
  actor: ActorKey;
  target: TargetKey;
  units: { provinceId: number; communeId: number; provinceCode: string; communeCode: string };
}

/** One action's row of the matrix. */
export interface ActionRow<Fixture> {
  /** The exported action's name (as the "use server" module exports it). */
  action: string;
  /** Makes what the action acts on, in the target's units, as the owner. */
  arrange(c: CaseContext): Promise<Fixture>;
  /** Calls the action (the harness runs it as the actor's session). */
  act(fixture: Fixture, c: CaseContext): Promise<ActionResult<unknown>>;
  expected: Record<ActorKey, Record<TargetKey, Expected>>;
  /** Everything the action could change, read through the owner's connection. */
  snapshot(fixture: Fixture): Promise<unknown>;
  /** After an allowed call: what it must have changed. */
  verify(fixture: Fixture, before: unknown, after: unknown, c: CaseContext): Promise<void> | void;
}

/** A row with its fixture type erased, so rows of every feature fit in one list. */
export interface MatrixRow {
  action: string;
  expected: Record<ActorKey, Record<TargetKey, Expected>>;
  run(c: CaseContext): Promise<void>;
}

export function defineRow<Fixture>(row: ActionRow<Fixture>): MatrixRow {
  return {
    action: row.action,
    expected: row.expected,
    async run(c) {
      const expected = row.expected[c.actor][c.target];
      const fixture = await row.arrange(c);
      const before = await row.snapshot(fixture);
      const auditBefore = await auditCounts();
      const result = await callAs(c.world.actors[c.actor], () => row.act(fixture, c));
      expectAnswer(result, expected);
      const after = await row.snapshot(fixture);
      const auditAfter = await auditCounts();
      if (expected.kind === "ok" || expected.kind === "redirect") {
        await row.verify(fixture, before, after, c);
        return;
      }
      expect(after, "a refused action changed nothing").toEqual(before);
      expect(auditAfter.changes, "a refused action wrote no change to the audit trail").toBe(
        auditBefore.changes,
      );
      expect(auditAfter.denials).toBe(
        auditBefore.denials + (expected.kind === "form" && expected.audited ? 1 : 0),
      );
    },
  };
}

type Outcome = ActionResult<unknown> | { redirect: string };

async function callAs(
  signed: Signed,
  work: () => Promise<ActionResult<unknown>>,
): Promise<Outcome> {
  try {
    return await signed.run(work);
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT"))
      return { redirect: digest };
    throw error;
  }
}

function expectAnswer(result: Outcome, expected: Expected): void {
  switch (expected.kind) {
    case "ok":
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
      return;
    case "redirect":
      expect("redirect" in result ? result.redirect : JSON.stringify(result)).toMatch(expected.to);
      return;
    case "form":
      expect(result).toEqual({ ok: false, fieldErrors: {}, formError: expected.message });
      return;
    case "field":
      expect(result).toMatchObject({
        ok: false,
        fieldErrors: { [expected.field]: expected.message },
      });
  }
}

async function auditCounts() {
  const db = ownerDb();
  const [changes, denials] = await Promise.all([
    db.auditLog.count({ where: { action: { in: ["CREATE", "UPDATE", "DELETE"] } } }),
    db.auditLog.count({ where: { action: "ACCESS_DENIED" } }),
  ]);
  return { changes, denials };
}

/** The actors, signed in, and the target units' ids. */
export async function buildWorld(): Promise<World> {
  const actors = {} as Record<ActorKey, Signed>;
  for (const key of ACTOR_KEYS) {
    const user = await createUser(ACTORS[key]);
    actors[key] = await signInAs(user.username);
  }
  const units = {} as World["units"];
  for (const key of TARGET_KEYS) {
    const { provinceCode, communeCode } = TARGET_UNITS[key];
    const ids = await unitIds(provinceCode, communeCode);
    units[key] = { provinceId: ids.provinceId, communeId: ids.communeId ?? -1 };
  }
  return { actors, units };
}

export function caseContext(world: World, actor: ActorKey, target: TargetKey): CaseContext {
  return { world, actor, target, units: { ...world.units[target], ...TARGET_UNITS[target] } };
}

/** Every actor × target of a row, for describe.each / it.each. */
export function casesOf(row: MatrixRow) {
  return ACTOR_KEYS.flatMap((actor) =>
    TARGET_KEYS.map((target) => ({ actor, target, expected: row.expected[actor][target].kind })),
  );
}
