import type { AuthContext } from "@/lib/auth/current-user";
import { FormError } from "@/lib/auth/errors";
import type { Scope } from "@/lib/auth/scope";
import type { Prisma, RecognitionLevel } from "@/lib/generated/prisma/client";

// Who sees and keeps which models. The national catalog (provinceId null) is read by everyone and
// kept by the ministry administrator; a province's own models are read in that province (its
// communes too) and by the ministry, and kept by the province's administrators and officers.
// Row-level security says the same (migrations row_level_security, harden_second_wall): these
// where clauses are the first wall.

/** `where` of the models the caller may read. */
export function modelsInScope(scope: Scope): Prisma.ModelWhereInput {
  if (scope.level === "NATION") return {};
  return { OR: [{ provinceId: null }, { provinceId: scope.provinceId }] };
}

/** The owner the caller keeps models for: the catalog (null), a province, or none. */
export function keptOwner(ctx: AuthContext): { provinceId: number | null } | null {
  if (ctx.scope.level === "NATION")
    return ctx.role === "MINISTRY_ADMIN" ? { provinceId: null } : null;
  if (ctx.scope.level === "PROVINCE") return { provinceId: ctx.scope.provinceId };
  return null;
}

/** `where` of one model the caller may change: its id and the owner the caller keeps. */
export function editableModelWhere(ctx: AuthContext, id: string): Prisma.ModelWhereInput {
  const owner = keptOwner(ctx);
  // No owner: no province has id -1 (the guard's permission refuses such callers first).
  return { id, provinceId: owner ? owner.provinceId : -1 };
}

export function mayEdit(ctx: AuthContext, model: { provinceId: number | null }): boolean {
  const owner = keptOwner(ctx);
  return owner !== null && owner.provinceId === model.provinceId;
}

/** Refuses a model the caller can read but does not keep (the catalog for a province, and so on). */
export function assertMayEdit(ctx: AuthContext, model: { provinceId: number | null }): void {
  if (mayEdit(ctx, model)) return;
  throw new FormError(model.provinceId === null ? "catalogModelReadOnly" : "provinceModelReadOnly");
}

/**
 * The recognition levels the caller records: the ministry's nationwide replication by the
 * ministry administrator; experience notices and "điển hình tiên tiến" by a province.
 */
export function recognitionLevelsFor(ctx: AuthContext): RecognitionLevel[] {
  if (ctx.scope.level === "NATION")
    return ctx.role === "MINISTRY_ADMIN" ? ["MINISTRY_NATIONWIDE"] : [];
  if (ctx.scope.level === "PROVINCE") return ["PROVINCE_EXPERIENCE", "ADVANCED_EXEMPLAR"];
  return [];
}

/**
 * `where` of the recognitions the caller may remove (to correct one: remove it and record it
 * again): a province its own province-level ones; the ministry administrator the nationwide
 * replications, whichever province they are kept under. Row-level security says the same
 * (migration registry_gaps).
 */
export function removableRecognitionsWhere(ctx: AuthContext): Prisma.ModelRecognitionWhereInput {
  if (ctx.scope.level === "NATION")
    return ctx.role === "MINISTRY_ADMIN" ? { level: "MINISTRY_NATIONWIDE" } : { provinceId: -1 };
  const provinceId = ctx.scope.level === "PROVINCE" ? ctx.scope.provinceId : -1;
  return { provinceId, level: { in: ["PROVINCE_EXPERIENCE", "ADVANCED_EXEMPLAR"] } };
}

export function removableRecognitionWhere(
  ctx: AuthContext,
  id: string,
): Prisma.ModelRecognitionWhereInput {
  return { id, ...removableRecognitionsWhere(ctx) };
}
