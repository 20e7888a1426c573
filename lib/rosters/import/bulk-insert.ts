import type { Tx } from "@/lib/db/scoped";

// Inserts of a whole file in one statement per table: `INSERT … SELECT FROM unnest($1::uuid[], …)`
// sends one array per column. Prisma's createMany binds one parameter per value and, through the
// row-level security policies, took about 1 ms a row (10,000 rows: 18 s); this takes a fraction
// of a second. The policies still check every row.

export type ColumnType = "uuid" | "int4" | "text" | "date" | `"${string}"`;

export async function insertRows(
  tx: Tx,
  table: "Person" | "Membership",
  columns: readonly (readonly [name: string, type: ColumnType])[],
  rows: readonly Record<string, string | number | Date | null>[],
  options: { onConflictDoNothing?: boolean } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  const now = new Date();
  const names = [...columns.map(([name]) => `"${name}"`), `"updatedAt"`].join(", ");
  const arrays = columns.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ");
  const params = columns.map(([name, type]) =>
    rows.map((row) => {
      const value = row[name] ?? null;
      if (value instanceof Date) return type === "date" ? value.toISOString().slice(0, 10) : value;
      return value;
    }),
  );
  const sql =
    `INSERT INTO "${table}" (${names}) SELECT u.*, $${columns.length + 1}::timestamp(3) ` +
    `FROM unnest(${arrays}) AS u` +
    (options.onConflictDoNothing ? " ON CONFLICT DO NOTHING" : "");
  return tx.$executeRawUnsafe(sql, ...params, now.toISOString());
}
