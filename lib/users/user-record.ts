import type { Role } from "@/lib/auth/permissions";

// The columns of a user that the users functions read and the audit trail records. Never the
// password hash: the Prisma client omits it everywhere unless a query asks for it by name.

export const userRecordSelect = {
  id: true,
  username: true,
  fullName: true,
  role: true,
  provinceId: true,
  communeId: true,
  active: true,
  mustChangePassword: true,
  version: true,
} as const;

export interface UserRecord {
  id: string;
  username: string;
  fullName: string;
  role: Role;
  provinceId: number | null;
  communeId: number | null;
  active: boolean;
  mustChangePassword: boolean;
  version: number;
}

/** A user as the audit trail's before/after values show it. */
export function auditValues(user: UserRecord) {
  return {
    username: user.username,
    fullName: user.fullName,
    role: user.role,
    provinceId: user.provinceId,
    communeId: user.communeId,
    active: user.active,
    mustChangePassword: user.mustChangePassword,
  };
}
