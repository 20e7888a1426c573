import type { Role } from "@/lib/auth/permissions";

/** Xã, phường or đặc khu (the Prisma enum CommuneKind, without importing the client). */
export type CommuneKind = "COMMUNE" | "WARD" | "SPECIAL_ZONE";

export type RoleLabelKey = Role | `communeOfficer.${CommuneKind}`;

/**
 * The Roles message that names a role. A commune officer is named after their unit: "Cán bộ Công
 * an phường" for a ward, "… xã" for a commune, "… đặc khu" for a special zone; without a known unit,
 * the general name ("Cán bộ Công an xã, phường, đặc khu").
 */
export function roleLabelKey(
  role: Role,
  communeKind: CommuneKind | null | undefined,
): RoleLabelKey {
  return role === "COMMUNE_OFFICER" && communeKind ? `communeOfficer.${communeKind}` : role;
}
