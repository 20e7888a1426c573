// Keyset paging for every list (models, points, teams, members, audit): a page is "the next N rows
// after this row in this order", so it never shifts when rows are added, and stays fast on page
// 1,000 of a province with hundreds of thousands of members (no OFFSET). The cursor is the sort
// key of the last row seen, in the address (`?after=…`), so a view can be shared as a link.

import { z } from "zod";

export const DEFAULT_PAGE_SIZE = 50;

/** A cursor: the sort value (text, number or null) and the id of the row it came from. */
export interface Cursor {
  value: string | number | null;
  id: string;
}

const cursorSchema = z.object({
  v: z.union([z.string().max(500), z.number().finite(), z.null()]),
  id: z.string().min(1).max(64),
});

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify({ v: cursor.value, id: cursor.id }), "utf8").toString(
    "base64url",
  );
}

/** The cursor of an address, or null when there is none or it cannot be read (then: first page). */
export function decodeCursor(text: string | undefined | null): Cursor | null {
  if (!text || text.length > 1000) return null;
  try {
    const parsed = cursorSchema.safeParse(
      JSON.parse(Buffer.from(text, "base64url").toString("utf8")),
    );
    return parsed.success ? { value: parsed.data.v, id: parsed.data.id } : null;
  } catch {
    return null;
  }
}

export interface KeysetPage<T> {
  rows: T[];
  /** Cursor of the next page, when there is one. */
  next: string | null;
}

/**
 * Cuts a page out of `take + 1` fetched rows: the extra row only says there is a next page.
 * `key` gives the sort value of a row (the same one the query orders by, then by id).
 */
export function pageOf<T extends { id: string }>(
  fetched: T[],
  take: number,
  key: (row: T) => string | number | null,
): KeysetPage<T> {
  const rows = fetched.slice(0, take);
  const last = rows[rows.length - 1];
  return {
    rows,
    next: fetched.length > take && last ? encodeCursor({ value: key(last), id: last.id }) : null,
  };
}

/**
 * The Prisma `where` that continues after a cursor, for a list ordered by `field` then `id`
 * ascending (or descending). Rows whose sort value is null sort last (PostgreSQL's default for
 * ascending order): after a null cursor value only nulls with a greater id remain.
 */
export function afterCursor(
  field: string,
  cursor: Cursor | null,
  direction: "asc" | "desc" = "asc",
): Record<string, unknown> {
  if (!cursor) return {};
  const beyond = direction === "asc" ? "gt" : "lt";
  if (cursor.value === null) return { [field]: null, id: { [beyond]: cursor.id } };
  return {
    OR: [
      { [field]: { [beyond]: cursor.value } },
      { [field]: cursor.value, id: { [beyond]: cursor.id } },
      ...(direction === "asc" ? [{ [field]: null }] : []),
    ],
  };
}
