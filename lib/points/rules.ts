import type { PointStatus } from "@/lib/generated/prisma/enums";
import type { Prisma } from "@/lib/generated/prisma/client";
import { type Scope, tenantWhere } from "@/lib/auth/scope";

// The lifecycle of a replication point (docs/design/domain.md): active → suspended → dissolved
// ("thanh loại"), back to active from suspended; an active point may be dissolved at once.
// Dissolved is final: a point that starts again is registered anew.

export const POINT_STATUSES = ["ACTIVE", "SUSPENDED", "DISSOLVED"] as const;

const NEXT: Record<PointStatus, readonly PointStatus[]> = {
  ACTIVE: ["SUSPENDED", "DISSOLVED"],
  SUSPENDED: ["ACTIVE", "DISSOLVED"],
  DISSOLVED: [],
};

/** The statuses a point of status `from` may move to. */
export function nextStatuses(from: PointStatus): readonly PointStatus[] {
  return NEXT[from];
}

export function mayChangeStatus(from: PointStatus, to: PointStatus): boolean {
  return NEXT[from].includes(to);
}

/** The one where-builder of points: the ministry sees all, a province its own, a commune its own. */
export function pointsInScope(scope: Scope): Prisma.ReplicationPointWhereInput {
  return tenantWhere(scope);
}

/** Models a point of this scope may run: the national catalog and the province's own. */
export function modelsForScope(scope: Scope): Prisma.ModelWhereInput {
  return scope.level === "NATION"
    ? {}
    : { OR: [{ provinceId: null }, { provinceId: scope.provinceId }] };
}

// Built once: building an Intl.DateTimeFormat costs far more than formatting with it.
const vietnamIsoDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Ho_Chi_Minh",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today as a calendar date (UTC midnight, like a `@db.Date` column), in Vietnam's time zone. */
export function today(now = new Date()): Date {
  const text = vietnamIsoDay.format(now);
  return new Date(`${text}T00:00:00.000Z`);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** "20/04/2016": how a date is shown in a form field and typed back. */
export function dayMonthYear(date: Date): string {
  const iso = isoDay(date);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}
