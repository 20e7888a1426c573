// What the national load drops before it and rebuilds after it, read from the catalog (so it follows
// the migrations): every index, the keys and unique constraints that take them over, the foreign
// keys; and the order to build them in, biggest table first.
import type pg from "pg";

export interface Definitions {
  /** Every index (those of primary keys and unique constraints too), biggest table first. */
  indexes: string[];
  /** The primary keys and unique constraints, taking over their built indexes. */
  constraints: string[];
  /** Foreign keys: added (and validated) once the keys they use exist; each locks its two tables. */
  foreignKeys: { text: string; locks: string[] }[];
  drop: string[];
}

/** What to drop before the load and rebuild after it, read from the catalog (so it follows the migrations). */
export async function secondaryDefinitions(
  client: pg.Client,
  tables: readonly string[],
): Promise<Definitions> {
  const names = tables.map((t) => `"${t}"`);
  const { rows: fks } = await client.query<{
    tbl: string;
    ref: string;
    name: string;
    def: string;
  }>(
    `SELECT c.conrelid::regclass::text AS tbl, c.confrelid::regclass::text AS ref, c.conname AS name,
            pg_get_constraintdef(c.oid) AS def
       FROM pg_constraint c
      WHERE c.contype = 'f' AND (c.conrelid::regclass::text = ANY($1) OR c.confrelid::regclass::text = ANY($1))
      ORDER BY 1, 2`,
    [names],
  );
  // Built as plain (unique) indexes, which can be built side by side on one table (an ALTER TABLE …
  // ADD PRIMARY KEY locks the table against every other build); the constraints then take them over.
  const { rows: indexes } = await client.query<{
    tbl: string;
    name: string;
    def: string;
    contype: string | null;
    conname: string | null;
  }>(
    `SELECT i.indrelid::regclass::text AS tbl, i.indexrelid::regclass::text AS name,
            pg_get_indexdef(i.indexrelid) AS def, c.contype::text AS contype, c.conname
       FROM pg_index i
       LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.contype IN ('p', 'u')
      WHERE i.indrelid::regclass::text = ANY($1)
      ORDER BY 1, 2`,
    [names],
  );
  const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;
  const constraints = indexes.filter((i) => i.contype && i.conname);
  return {
    indexes: indexes.map((i) => i.def),
    constraints: constraints.map(
      (k) =>
        `ALTER TABLE ${k.tbl} ADD CONSTRAINT ${q(k.conname ?? "")} ${k.contype === "p" ? "PRIMARY KEY" : "UNIQUE"} USING INDEX ${k.name}`,
    ),
    foreignKeys: fks.map((f) => ({
      text: `ALTER TABLE ${f.tbl} ADD CONSTRAINT ${q(f.name)} ${f.def}`,
      locks: [f.tbl, f.ref],
    })),
    drop: [
      ...fks.map((f) => `ALTER TABLE ${f.tbl} DROP CONSTRAINT ${q(f.name)}`),
      ...constraints.map((k) => `ALTER TABLE ${k.tbl} DROP CONSTRAINT ${q(k.conname ?? "")}`),
      ...indexes.filter((i) => !i.contype).map((i) => `DROP INDEX ${i.name}`),
    ],
  };
}

/** The statements, those on the biggest tables first (the longest builds start first). */
export async function biggestFirst<T extends string | { text: string }>(
  client: pg.Client,
  statements: readonly T[],
): Promise<T[]> {
  const { rows } = await client.query<{ tbl: string; bytes: string }>(
    `SELECT c.oid::regclass::text AS tbl, pg_total_relation_size(c.oid) AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r'`,
  );
  const bytes = new Map(rows.map((r) => [r.tbl, Number(r.bytes)]));
  const size = (statement: T): number => {
    const text = typeof statement === "string" ? statement : statement.text;
    const match =
      /^ALTER TABLE (?:ONLY )?(?:public\.)?(\S+)|^CREATE .*? ON (?:ONLY )?(?:public\.)?(\S+)/.exec(
        text,
      );
    return bytes.get(match?.[1] ?? match?.[2] ?? "") ?? 0;
  };
  return [...statements].sort((a, b) => size(b) - size(a));
}
