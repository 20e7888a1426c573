// The schema is ready to be distributed by province on Citus (decision 013): every table is
// classified (distributed by provinceId, reference, or kept on the coordinator); a distributed
// table's primary key and every unique key hold provinceId; foreign keys between distributed tables
// join on provinceId (co-located), and none point where Citus cannot follow.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  COORDINATOR_TABLES,
  DISTRIBUTED_TABLES,
  REFERENCE_TABLES,
  citusDistributionSql,
} from "@/prisma/distribution";

const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });

type Kind = "distributed" | "reference" | "coordinator";
const KIND = new Map<string, Kind>();

interface Table {
  name: string;
  provinceId: { attnum: number; notNull: boolean } | undefined;
}
interface Key {
  table: string;
  name: string;
  columns: number[];
  primary: boolean;
}
interface ForeignKey {
  table: string;
  name: string;
  target: string;
  columns: number[];
  targetColumns: number[];
}

async function readSchema(client: pg.Client) {
  const tables = (
    await client.query<{ name: string; attnum: number | null; notnull: boolean | null }>(
      `select c.relname as name, a.attnum, a.attnotnull as notnull
         from pg_class c
         left join pg_attribute a on a.attrelid = c.oid and a.attname = 'provinceId' and not a.attisdropped
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
          and c.relname <> '_prisma_migrations'
        order by 1`,
    )
  ).rows.map<Table>((r) => ({
    name: r.name,
    provinceId: r.attnum === null ? undefined : { attnum: r.attnum, notNull: r.notnull === true },
  }));
  // Primary keys, unique constraints and unique indexes (partial ones too).
  const keys = (
    await client.query<{ table: string; name: string; columns: number[]; primary: boolean }>(
      `select t.relname as table, x.relname as name, i.indkey::int2[]::int[] as columns,
              i.indisprimary as primary
         from pg_index i
         join pg_class t on t.oid = i.indrelid
         join pg_class x on x.oid = i.indexrelid
        where t.relnamespace = 'public'::regnamespace and i.indisunique`,
    )
  ).rows as Key[];
  const foreignKeys = (
    await client.query<{
      table: string;
      name: string;
      target: string;
      columns: number[];
      targetColumns: number[];
    }>(
      `select t.relname as table, c.conname as name, f.relname as target,
              c.conkey::int[] as columns, c.confkey::int[] as "targetColumns"
         from pg_constraint c
         join pg_class t on t.oid = c.conrelid
         join pg_class f on f.oid = c.confrelid
        where c.contype = 'f' and t.relnamespace = 'public'::regnamespace`,
    )
  ).rows as ForeignKey[];
  return { tables, keys, foreignKeys };
}

/** What keeps the schema from being distributed as decision 013 says, one line per problem. */
async function distributionProblems(client: pg.Client): Promise<string[]> {
  const { tables, keys, foreignKeys } = await readSchema(client);
  const problems: string[] = [];
  const byName = new Map(tables.map((t) => [t.name, t]));
  for (const table of tables) {
    const kind = KIND.get(table.name);
    if (!kind) {
      problems.push(
        `${table.name}: not classified in prisma/distribution.ts` +
          (table.provinceId
            ? " (it has a provinceId: distributed, or a named reference table?)"
            : ""),
      );
      continue;
    }
    if (kind !== "distributed") continue;
    const provinceId = table.provinceId;
    if (!provinceId) {
      problems.push(`${table.name}: distributed, but has no provinceId column`);
      continue;
    }
    if (!provinceId.notNull) problems.push(`${table.name}: provinceId may be null`);
    const own = keys.filter((k) => k.table === table.name);
    if (!own.some((k) => k.primary)) problems.push(`${table.name}: no primary key`);
    for (const key of own)
      if (!key.columns.includes(provinceId.attnum))
        problems.push(
          `${table.name}: ${key.primary ? "primary key" : "unique key"} ${key.name} lacks provinceId`,
        );
  }
  for (const name of KIND.keys())
    if (!byName.has(name)) problems.push(`${name}: classified, but no such table`);

  for (const fk of foreignKeys) {
    const from = KIND.get(fk.table);
    const to = KIND.get(fk.target);
    if (!from || !to) continue; // reported above
    if (from === "distributed" && to === "distributed") {
      const a = byName.get(fk.table)?.provinceId?.attnum;
      const b = byName.get(fk.target)?.provinceId?.attnum;
      const at = a === undefined ? -1 : fk.columns.indexOf(a);
      if (at < 0 || fk.targetColumns[at] !== b)
        problems.push(
          `${fk.table}: foreign key ${fk.name} to ${fk.target} does not join on provinceId`,
        );
    } else if (from === "distributed" && to === "coordinator") {
      problems.push(`${fk.table}: foreign key ${fk.name} points at coordinator-only ${fk.target}`);
    } else if (from !== "distributed" && to === "distributed") {
      problems.push(
        `${fk.table}: ${from} table with foreign key ${fk.name} to distributed ${fk.target}`,
      );
    }
  }
  return problems;
}

beforeAll(async () => {
  for (const t of DISTRIBUTED_TABLES) KIND.set(t, "distributed");
  for (const t of REFERENCE_TABLES) KIND.set(t, "reference");
  for (const t of COORDINATOR_TABLES) KIND.set(t, "coordinator");
  await owner.connect();
});
afterAll(async () => {
  await owner.end();
});

describe("distribution by province (decision 013)", () => {
  it("classifies every table exactly once", () => {
    const all = [...DISTRIBUTED_TABLES, ...REFERENCE_TABLES, ...COORDINATOR_TABLES];
    expect(all.length).toBe(new Set(all).size);
    expect(KIND.size).toBe(all.length);
  });

  it("has no key, column or foreign key that Citus could not distribute", async () => {
    expect(await distributionProblems(owner)).toEqual([]);
  });

  it("fails on a new tenant table left unclassified, and on a key without provinceId", async () => {
    await owner.query("begin");
    try {
      await owner.query(`create table "Zzz" (id uuid primary key, "provinceId" int not null)`);
      await owner.query(`create unique index "Person_citizen_only" on "Person" ("citizenId")`);
      await owner.query(
        `alter table "Team" add constraint "Team_id_commune" unique ("id", "communeId")`,
      );
      await owner.query(
        `alter table "PublishedTally" drop constraint "PublishedTally_pkey", add primary key ("id")`,
      );
      const problems = await distributionProblems(owner);
      expect(problems).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^Zzz: not classified .*provinceId/),
          "Person: unique key Person_citizen_only lacks provinceId",
          "Team: unique key Team_id_commune lacks provinceId",
          "PublishedTally: primary key PublishedTally_pkey lacks provinceId",
        ]),
      );
      expect(problems).toHaveLength(4);
    } finally {
      await owner.query("rollback");
    }
  });

  it("fails on a foreign key between tenant tables that does not join on provinceId", async () => {
    await owner.query("begin");
    try {
      await owner.query(`create unique index "Team_id_only" on "Team" ("id")`);
      await owner.query(
        `alter table "Award" add constraint "Award_team_alone" foreign key ("teamId") references "Team" ("id")`,
      );
      await owner.query(
        `alter table "Commune" add column "pointProvinceId" int, add column "pointId" uuid,
           add constraint "Commune_point" foreign key ("pointProvinceId", "pointId")
           references "ReplicationPoint" ("provinceId", "id")`,
      );
      const problems = await distributionProblems(owner);
      expect(problems).toEqual(
        expect.arrayContaining([
          "Team: unique key Team_id_only lacks provinceId",
          "Award: foreign key Award_team_alone to Team does not join on provinceId",
          "Commune: reference table with foreign key Commune_point to distributed ReplicationPoint",
        ]),
      );
    } finally {
      await owner.query("rollback");
    }
  });

  it("distributes in an order Citus accepts: a table after every table it references", async () => {
    const { foreignKeys } = await readSchema(owner);
    const order = new Map<string, number>(DISTRIBUTED_TABLES.map((t, i) => [t, i]));
    const late = foreignKeys
      .filter((fk) => order.has(fk.table) && order.has(fk.target) && fk.table !== fk.target)
      .filter((fk) => (order.get(fk.target) ?? 0) > (order.get(fk.table) ?? 0))
      .map((fk) => `${fk.table} before ${fk.target}`);
    expect(late).toEqual([]);
    const sql = citusDistributionSql();
    expect(sql).toHaveLength(KIND.size);
    expect(sql).toContain(
      `SELECT create_distributed_table('"Person"', 'provinceId', colocate_with => '"ResidentialArea"');`,
    );
    expect(sql[0]).toBe(`SELECT create_reference_table('"Province"');`);
  });
});
