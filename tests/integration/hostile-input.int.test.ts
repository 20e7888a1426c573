// Hostile input through every server action. The actions are found from the source (every export
// of every "use server" module), their fields from their schemas, and a valid value of each field
// from the building block it is made of (lib/validation): a new action is covered without being
// named here. Every hostile value goes into every field, as every role and signed out. The answer
// must be a refusal with a message — never a thrown error (a 500) — and no table may change.
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { Access, ActionResult } from "@/lib/auth/guard";
import type { Role } from "@/lib/generated/prisma/client";
import { exampleOf } from "@/lib/validation/fields";
import { actionModuleFiles } from "@/tests/support/action-modules";
import { createUser } from "@/tests/support/factories";
import { ownerDb } from "@/tests/support/owner-db";
import { anonymously, signInAs } from "@/tests/support/sign-in-as";

const HOSTILE: [label: string, value: unknown][] = [
  ["NUL", "\u0000"],
  ["NUL inside", "abc\u0000def"],
  ["lone surrogate", "\uD800"],
  ["zero-width spaces", "\u200B\u200B"],
  ["right-to-left override", "\u202Eabc"],
  ["2 MB", "a".repeat(2_000_000)],
  ["beyond int4", "99999999999"],
  ["beyond int8", "99999999999999999999999"],
  ["hexadecimal", "0x10"],
  ["exponent", "1e3"],
  ["negative", "-1"],
  ["array", ["a", "b"]],
  ["object", {}],
  ["null", null],
  ["huge number", 1e300],
];

interface DiscoveredAction {
  (previous: undefined, input: unknown): Promise<ActionResult<unknown>>;
  guarded: { permission: Access; schema: z.ZodType };
}

function isGuardedAction(value: unknown): value is DiscoveredAction {
  if (typeof value !== "function" || !("guarded" in value)) return false;
  const guarded = (value as { guarded: unknown }).guarded;
  return typeof guarded === "object" && guarded !== null && "schema" in guarded;
}

async function discoverActions() {
  const found: { name: string; action: DiscoveredAction }[] = [];
  const unguarded: string[] = [];
  for (const file of actionModuleFiles()) {
    const exported = (await import(resolve(file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(exported)) {
      if (isGuardedAction(value)) found.push({ name: `${file} ${name}`, action: value });
      else unguarded.push(`${file} ${name}`);
    }
  }
  return { found, unguarded };
}

/**
 * The fields of an action's schema: an object of building blocks, or a union of such objects told
 * apart by a literal (then its first variant's: the others take a subset of the same blocks).
 */
function fieldsOf(schema: z.ZodType): Record<string, z.ZodType> {
  if (schema instanceof z.ZodDiscriminatedUnion) {
    const [first] = schema.options as z.ZodType[];
    if (first) return fieldsOf(first);
  }
  expect(schema, "an action's schema is a z.object").toBeInstanceOf(z.ZodObject);
  return schema instanceof z.ZodObject ? schema.shape : {};
}

/** A field's example: a building block's, or a literal's own value. */
function exampleFor(field: z.ZodType): { example: unknown } | undefined {
  if (field instanceof z.ZodLiteral) return { example: field.value };
  return exampleOf(field);
}

/** A valid input: every required field's example value (optional fields are left out). */
function validInput(fields: Record<string, z.ZodType>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(fields)) {
    const example = exampleFor(field);
    if (example) input[name] = example.example;
  }
  return input;
}

// Every table's row count (audit rows of refused access excepted: refusals are audited by design)
// and a digest of the rows an action could update in place.
async function databaseState() {
  const db = ownerDb();
  const tables = await db.$queryRaw<{ name: string }[]>`
    select tablename as name from pg_tables
    where schemaname = 'public' and tablename <> '_prisma_migrations' order by tablename`;
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const where = name === "AuditLog" ? ` where action <> 'ACCESS_DENIED'` : "";
    const rows = await db.$queryRawUnsafe<{ n: bigint }[]>(
      `select count(*) as n from "${name}"${where}`,
    );
    counts[name] = Number(rows[0]?.n ?? -1);
  }
  // A session's lastSeenAt is the database's bookkeeping of its use (app_enter_session marks it at
  // most once a minute, whatever the action answers): a long run crosses that minute inside a test.
  const digests = await db.$queryRaw<{ users: string; sessions: string }[]>`
    select (select md5(string_agg(u::text, ',' order by u.id)) from "User" u) as users,
           (select md5(string_agg((to_jsonb(s) - 'lastSeenAt')::text, ',' order by s.id))
              from "Session" s) as sessions`;
  return { counts, digests: digests[0] };
}

type Actor = { role: Role; province?: string; commune?: string } | { role: "ANONYMOUS" };
const ACTORS: Actor[] = [
  { role: "ANONYMOUS" },
  { role: "MINISTRY_ADMIN" },
  { role: "MINISTRY_ANALYST" },
  { role: "PROVINCE_ADMIN", province: "96" },
  { role: "PROVINCE_OFFICER", province: "96" },
  { role: "COMMUNE_OFFICER", province: "96", commune: "31942" },
];

function fieldError(result: ActionResult<unknown>, field: string): string | undefined {
  return result.ok ? undefined : result.fieldErrors[field];
}

type Runner = <T>(work: () => Promise<T>) => Promise<T>;

/** Runs work as a fresh user of the actor's role and scope (or signed out). */
async function runnerFor(actor: Actor): Promise<Runner> {
  if (actor.role === "ANONYMOUS") return (work) => anonymously(work);
  const user = await createUser({
    role: actor.role,
    provinceCode: "province" in actor ? actor.province : undefined,
    communeCode: "commune" in actor ? actor.commune : undefined,
  });
  const session = await signInAs(user.username);
  return (work) => session.run(work);
}

/** Refusals that come before the input is read: who may not act at all. */
const ACCESS_REFUSALS = [
  "Bạn không có quyền thực hiện thao tác này.",
  "Phiên đăng nhập đã hết. Vui lòng đăng nhập lại.",
];

const { found: actions, unguarded } = await discoverActions();

describe("hostile input", () => {
  it("finds the actions by itself (the test is not vacuous)", () => {
    const names = actions.map((a) => a.name);
    expect(names.length).toBeGreaterThanOrEqual(7);
    expect(names.some((n) => n.endsWith(" createUserAction"))).toBe(true);
    expect(names.some((n) => n.endsWith(" signInAction"))).toBe(true);
    // An export this test cannot call with hostile input (not built by authAction) is a gap.
    expect(unguarded).toEqual([]);
  });

  it("every field of every action is a building block with an example, or optional", () => {
    for (const { name, action } of actions) {
      for (const [field, schema] of Object.entries(fieldsOf(action.guarded.schema))) {
        const optional = schema.safeParse(undefined).success;
        expect(
          optional || exampleFor(schema) !== undefined,
          `${name}: ${field} is not made of a lib/validation building block`,
        ).toBe(true);
      }
    }
  });

  describe.each(ACTORS)("as $role", (actor) => {
    let run: Runner;
    beforeAll(async () => {
      run = await runnerFor(actor);
    });

    it.each(actions.map((a) => [a.name, a] as const))(
      "%s refuses every hostile value in every field, and nothing changes",
      async (_name, { action }) => {
        const fields = fieldsOf(action.guarded.schema);
        const valid = validInput(fields);
        const before = await databaseState();
        const failures: string[] = [];

        const attempt = async (label: string, input: Record<string, unknown>, field?: string) => {
          let result: ActionResult<unknown>;
          try {
            result = await run(() => action(undefined, input));
          } catch (error) {
            failures.push(`${label}: threw ${String(error)}`);
            return;
          }
          if (result.ok) {
            failures.push(`${label}: accepted`);
            return;
          }
          const messages = [result.formError, ...Object.values(result.fieldErrors)].filter(
            (m): m is string => typeof m === "string" && m.length > 0,
          );
          if (messages.length === 0) failures.push(`${label}: refused without a message`);
          if (messages.some((m) => m.startsWith("Errors.") || /invalid input/i.test(m)))
            failures.push(`${label}: untranslated message ${JSON.stringify(messages)}`);
          const refusedAccess = ACCESS_REFUSALS.includes(result.formError ?? "");
          if (field && !refusedAccess && !result.fieldErrors[field])
            failures.push(`${label}: no message at the field (${JSON.stringify(result)})`);
        };

        for (const [field, schema] of Object.entries(fields)) {
          for (const [label, value] of HOSTILE) {
            if (schema.safeParse(value).success) {
              // Not hostile for this field ("1e3" is a fine password): it must still not break
              // anything, so it is sent with the other fields missing.
              const alone = { [field]: value };
              if (!action.guarded.schema.safeParse(alone).success)
                await attempt(`${field} = ${label} (alone)`, alone);
            } else {
              await attempt(`${field} = ${label}`, { ...valid, [field]: value }, field);
            }
          }
        }
        for (const [label, value] of HOSTILE) {
          if (Object.keys(fields).length === 0) break; // nothing to put hostile values into
          const input = Object.fromEntries(Object.keys(fields).map((f) => [f, value]));
          // "1e3" as both username and password is a sign-in attempt like any other.
          if (action.guarded.schema.safeParse(input).success) continue;
          await attempt(`every field = ${label}`, input);
        }

        expect(failures).toEqual([]);
        expect(await databaseState()).toEqual(before);
      },
    );
  });

  // A value a field lets through ("99999999999" as a name) goes in with the other fields valid: it
  // may be saved, but it must never break the action further down (an id past int4 reaching
  // PostgreSQL would throw here even if a schema accepted it).
  describe.each(
    ACTORS.filter(
      (a) => a.role === "ANONYMOUS" || a.role === "MINISTRY_ADMIN" || a.role === "PROVINCE_ADMIN",
    ),
  )("as $role, with the other fields valid", (actor) => {
    it.each(actions.map((a) => [a.name, a] as const))(
      "%s answers every value its fields accept without an error",
      async (_name, { action }) => {
        const run = await runnerFor(actor);
        const fields = fieldsOf(action.guarded.schema);
        const valid = validInput(fields);
        const failures: string[] = [];
        for (const [field, schema] of Object.entries(fields)) {
          for (const [label, value] of HOSTILE) {
            if (!schema.safeParse(value).success) continue;
            try {
              const result = await run(() => action(undefined, { ...valid, [field]: value }));
              if (!result.ok && !result.formError && Object.keys(result.fieldErrors).length === 0)
                failures.push(`${field} = ${label}: refused without a message`);
            } catch (error) {
              failures.push(`${field} = ${label}: threw ${String(error)}`);
            }
          }
        }
        expect(failures).toEqual([]);
      },
    );
  });

  it("a 2 MB name is refused at the field as too long, in the user's language", async () => {
    const createUserAction = actions.find((a) => a.name.endsWith(" createUserAction"));
    expect(createUserAction).toBeDefined();
    if (!createUserAction) return;
    const admin = await createUser({ role: "PROVINCE_ADMIN", provinceCode: "96" });
    const session = await signInAs(admin.username);
    const input = {
      username: "hostile.name",
      fullName: "a".repeat(2_000_000),
      role: "COMMUNE_OFFICER",
      communeId: "31942",
    };
    const before = await databaseState();
    const vi = await session.run(() => createUserAction.action(undefined, input), "vi");
    const en = await session.run(() => createUserAction.action(undefined, input), "en");
    expect(fieldError(vi, "fullName")).toBe("Họ và tên không được dài quá 120 ký tự.");
    expect(fieldError(en, "fullName")).toBe(
      "The full name must not be longer than 120 characters.",
    );
    expect(await databaseState()).toEqual(before);
  });

  it("a count past int4 is a message at the field with the range, not a database error", async () => {
    const updateUserAction = actions.find((a) => a.name.endsWith(" updateUserAction"));
    if (!updateUserAction) throw new Error("updateUserAction not found");
    const admin = await createUser({ role: "MINISTRY_ADMIN" });
    const target = await createUser({ role: "PROVINCE_ADMIN", provinceCode: "96" });
    const session = await signInAs(admin.username);
    const before = await databaseState();
    const result = await session.run(() =>
      updateUserAction.action(undefined, {
        id: target.id,
        fullName: "Tên Mới",
        role: "PROVINCE_ADMIN",
        provinceId: "99999999999",
        updatedAt: target.updatedAt,
      }),
    );
    expect(fieldError(result, "provinceId")).toBe("Vui lòng chọn tỉnh, thành phố.");
    expect(await databaseState()).toEqual(before);
  });
});
