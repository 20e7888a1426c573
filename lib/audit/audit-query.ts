import { z } from "zod";
import type { Scope } from "@/lib/auth/scope";
import { AuditAction } from "@/lib/generated/prisma/enums";

// What the audit page's query string may ask for. Each parameter is read on its own: a bad value
// is dropped (and named, so the page can say so) while the good ones still apply. The province
// filter exists for the ministry only; for everyone else the scope decides and it is ignored.

export const AUDIT_ACTIONS = Object.values(AuditAction);
export type AuditActionName = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilters {
  action?: AuditActionName;
  /** Part of a username, lower case. */
  username?: string;
  entity?: string;
  /** Calendar days in Vietnam's time, yyyy-MM-dd, both included. */
  from?: string;
  to?: string;
  /** Ministry only. */
  provinceId?: number;
}

/** Keyset position: the page of rows just older than `before`, or just newer than `after`. */
export type AuditCursor = { before: bigint } | { after: bigint } | null;

export type AuditFilterName = keyof AuditFilters | "range";

export interface AuditQuery {
  filters: AuditFilters;
  cursor: AuditCursor;
  /** Parameters that were given but could not be used. */
  invalid: AuditFilterName[];
}

// A day as people type it, 24/11/2026 (also 24-11-2026, 24.11.2026), or as ISO 2026-11-24; kept as ISO.
const day = z
  .string()
  .trim()
  .transform((text, context) => {
    const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const [year, month, date] = vietnamese
      ? [vietnamese[3], vietnamese[2], vietnamese[1]]
      : iso
        ? [iso[1], iso[2], iso[3]]
        : [];
    const value =
      year && month && date ? `${year}-${month.padStart(2, "0")}-${date.padStart(2, "0")}` : "";
    const parsed = new Date(`${value}T00:00:00Z`);
    if (!value || Number.isNaN(parsed.getTime()) || !parsed.toISOString().startsWith(value)) {
      context.issues.push({ code: "custom", message: "not a date", input: text });
      return z.NEVER;
    }
    return value;
  });

/** "2026-11-24" → "24/11/2026", as the form shows it and links carry it. */
export function dayText(isoDay: string): string {
  const [year, month, date] = isoDay.split("-");
  return `${date}/${month}/${year}`;
}

const FILTERS = {
  action: z.enum(AUDIT_ACTIONS),
  username: z
    .string()
    .trim()
    .max(64)
    .transform((text) => text.normalize("NFC").toLowerCase()),
  entity: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/),
  from: day,
  to: day,
  provinceId: z.coerce.number().int().positive().max(2_147_483_647),
} satisfies { [K in keyof AuditFilters]-?: z.ZodType<AuditFilters[K]> };

/** Query-string names of the filters (the page's form uses the same names). */
export const FILTER_PARAMS: Record<keyof AuditFilters, string> = {
  action: "action",
  username: "user",
  entity: "entity",
  from: "from",
  to: "to",
  provinceId: "province",
};

const cursorId = z
  .string()
  .regex(/^\d{1,18}$/)
  .transform((text) => BigInt(text));

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text.trim() === "" ? undefined : text;
}

export function parseAuditQuery(params: SearchParams, scope: Scope): AuditQuery {
  const filters: AuditFilters = {};
  const invalid: AuditFilterName[] = [];
  const read = <K extends keyof AuditFilters>(key: K): void => {
    const raw = first(params[FILTER_PARAMS[key]]);
    if (raw === undefined) return;
    const parsed = FILTERS[key].safeParse(raw);
    if (parsed.success && parsed.data !== "") filters[key] = parsed.data as AuditFilters[K];
    else invalid.push(key);
  };
  read("action");
  read("username");
  read("entity");
  read("from");
  read("to");
  if (scope.level === "NATION") read("provinceId");
  if (filters.from && filters.to && filters.from > filters.to) {
    delete filters.from;
    delete filters.to;
    invalid.push("range");
  }

  const before = cursorId.safeParse(first(params.before));
  const after = cursorId.safeParse(first(params.after));
  const cursor: AuditCursor = before.success
    ? { before: before.data }
    : after.success
      ? { after: after.data }
      : null;
  return { filters, cursor, invalid };
}

/** The query string of `filters` (and a cursor), for links that keep the filters. */
export function auditSearch(filters: AuditFilters, cursor: AuditCursor = null): string {
  const search = new URLSearchParams();
  for (const key of Object.keys(FILTER_PARAMS) as (keyof AuditFilters)[]) {
    const value = filters[key];
    if (value === undefined) continue;
    search.set(
      FILTER_PARAMS[key],
      key === "from" || key === "to" ? dayText(String(value)) : String(value),
    );
  }
  if (cursor && "before" in cursor) search.set("before", cursor.before.toString());
  if (cursor && "after" in cursor) search.set("after", cursor.after.toString());
  const text = search.toString();
  return text ? `?${text}` : "";
}
