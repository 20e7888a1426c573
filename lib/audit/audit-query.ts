import { z } from "zod";
import type { Scope } from "@/lib/auth/scope";
import { AuditAction } from "@/lib/generated/prisma/enums";
import {
  calendarDate,
  intId,
  oneOf,
  readSearchParam,
  type SearchParams,
  searchQuery,
} from "@/lib/validation/fields";

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

/** "2026-11-24" → "24/11/2026", as the form shows it and links carry it. */
export function dayText(isoDay: string): string {
  const [year, month, date] = isoDay.split("-");
  return `${date}/${month}/${year}`;
}

// Every filter is a building block (lib/validation): a NUL in ?user= used to reach PostgreSQL and
// answer 500; now it is a filter the page names as unusable.
const FILTERS = {
  action: oneOf(AUDIT_ACTIONS),
  username: searchQuery(64).transform((text) => text?.toLowerCase()),
  entity: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_.-]{0,63}$/),
  from: calendarDate(),
  to: calendarDate(),
  provinceId: intId(),
} satisfies { [K in keyof AuditFilters]-?: z.ZodType<AuditFilters[K] | undefined> };

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

export function parseAuditQuery(params: SearchParams, scope: Scope): AuditQuery {
  const filters: AuditFilters = {};
  const invalid: AuditFilterName[] = [];
  const read = <K extends keyof AuditFilters>(key: K): void => {
    const { value, invalid: bad } = readSearchParam(params, FILTER_PARAMS[key], FILTERS[key]);
    if (bad) invalid.push(key);
    else if (value !== undefined && value !== "") filters[key] = value as AuditFilters[K];
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

  const before = cursorId.safeParse(params.before);
  const after = cursorId.safeParse(params.after);
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
