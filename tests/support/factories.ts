// Factories: rows made for one test, with unique names so tests sharing a worker's database never
// collide.
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password-hash";
import type { Role } from "@/lib/generated/prisma/client";
import { ownerDb } from "./owner-db";

export const TEST_PASSWORD = "Kiem-thu-2025-an-toan";
let hashed: Promise<string> | undefined;

export function uniqueName(prefix: string): string {
  return `${prefix}.${randomUUID().slice(0, 8)}`;
}

export async function unitIds(provinceCode: string, communeCode?: string) {
  const db = ownerDb();
  const province = await db.province.findUniqueOrThrow({ where: { code: provinceCode } });
  const commune = communeCode
    ? await db.commune.findUniqueOrThrow({ where: { code: communeCode } })
    : null;
  return { provinceId: province.id, communeId: commune?.id ?? null };
}

export async function createUser(options: {
  role: Role;
  provinceCode?: string;
  communeCode?: string;
  active?: boolean;
  mustChangePassword?: boolean;
}) {
  hashed ??= hashPassword(TEST_PASSWORD);
  const ids = options.provinceCode
    ? await unitIds(options.provinceCode, options.communeCode)
    : { provinceId: null, communeId: null };
  return ownerDb().user.create({
    data: {
      username: uniqueName("test"),
      passwordHash: await hashed,
      fullName: "Người Kiểm Thử",
      role: options.role,
      provinceId: ids.provinceId,
      communeId: ids.communeId,
      active: options.active ?? true,
      mustChangePassword: options.mustChangePassword ?? false,
    },
  });
}
