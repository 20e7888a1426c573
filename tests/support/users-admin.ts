// What the user-administration tests share: the rows of a user and of its audit trail as the owner
// reads them, every page of the users list, and sign-ins from addresses of their own.
import { expect } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { type AuthContext, getCurrentUser } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/users/list-users";
import { ownerDb } from "./owner-db";
import type { Signed } from "./sign-in-as";

export const ONE_TIME_PASSWORD = /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/;

export const userRow = (where: { id: string } | { username: string }) =>
  ownerDb().user.findUnique({
    where: "id" in where ? { id: where.id } : { username: where.username },
    select: {
      id: true,
      username: true,
      fullName: true,
      role: true,
      provinceId: true,
      communeId: true,
      active: true,
      mustChangePassword: true,
      passwordHash: true,
      version: true,
    },
  });

export const userCount = () => ownerDb().user.count();

/** The audit trail of changes to one user (sign-ins left out). */
export const auditRows = (entityId: string) =>
  ownerDb().auditLog.findMany({
    where: { entity: "User", entityId, action: { in: ["CREATE", "UPDATE"] } },
    select: {
      action: true,
      userId: true,
      username: true,
      role: true,
      provinceId: true,
      before: true,
      after: true,
      detail: true,
    },
    orderBy: { id: "asc" },
  });

export const contextOf = (signed: Signed): Promise<AuthContext | null> =>
  signed.run(() => getCurrentUser());

/** Every page of the list (other test files of the worker add users too). */
export async function allListed(ctx: AuthContext, filter: Parameters<typeof listUsers>[1] = {}) {
  const first = await listUsers(ctx, { ...filter, page: 1 });
  const rows = [...first.rows];
  for (let page = 2; page <= first.pageCount; page += 1)
    rows.push(...(await listUsers(ctx, { ...filter, page })).rows);
  expect(rows).toHaveLength(first.total);
  return rows;
}

// Sign-ins are throttled per address: each check signs in from an address of its own.
let address = 0;
export const signIn = (username: string, password: string) =>
  authenticate({
    username,
    password,
    ip: `10.50.${Math.floor(address / 250)}.${(address++ % 250) + 1}`,
    userAgent: "vitest",
  });
