import { inScope } from "@/lib/db/scoped";
import type { AuthContext } from "@/lib/auth/current-user";
import { manageableRoles } from "./rules";
import type { CommuneOption, UnitOption, UserFormOptions } from "./types";

const collator = new Intl.Collator("vi");

/** Provinces in Vietnamese alphabetical order (for the ministry's filter and forms). */
export async function listProvinceOptions(ctx: AuthContext): Promise<UnitOption[]> {
  if (ctx.scope.level !== "NATION") return [];
  const provinces = await inScope(ctx, (tx) =>
    tx.province.findMany({ select: { id: true, shortName: true } }),
  );
  return provinces
    .map((p) => ({ id: p.id, name: p.shortName }))
    .sort((a, b) => collator.compare(a.name, b.name));
}

/** The communes of the caller's province, in Vietnamese alphabetical order. */
export async function listCommuneOptions(ctx: AuthContext): Promise<CommuneOption[]> {
  if (ctx.scope.level === "NATION") return [];
  const provinceId = ctx.scope.provinceId;
  const communes = await inScope(ctx, (tx) =>
    tx.commune.findMany({ where: { provinceId }, select: { id: true, name: true, kind: true } }),
  );
  return communes.sort((a, b) => collator.compare(a.name, b.name));
}

/** Roles, provinces and communes that the viewer's create and edit forms offer. */
export async function listUserFormOptions(ctx: AuthContext): Promise<UserFormOptions> {
  const roles = manageableRoles(ctx.role);
  const [provinces, communes] = await Promise.all([
    roles.includes("PROVINCE_ADMIN") ? listProvinceOptions(ctx) : Promise.resolve([]),
    roles.includes("COMMUNE_OFFICER") ? listCommuneOptions(ctx) : Promise.resolve([]),
  ]);
  return { roles, provinces, communes };
}

/** The short name of the caller's province, or null for the ministry. */
export async function scopeProvinceName(ctx: AuthContext): Promise<string | null> {
  if (ctx.scope.level === "NATION") return null;
  const provinceId = ctx.scope.provinceId;
  const province = await inScope(ctx, (tx) =>
    tx.province.findUnique({ where: { id: provinceId }, select: { shortName: true } }),
  );
  return province?.shortName ?? null;
}
