import { z } from "zod";
import { withScope } from "@/lib/db/scoped";
import type { UsersContext } from "./context";
import { toListItem, userListSelect } from "./list-users";
import { usersInScope } from "./rules";
import type { UserDetail } from "./types";

/** One user of the caller's scope, or null: another province's user is simply not there. */
export async function getUser(ctx: UsersContext, id: string): Promise<UserDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await withScope(
    ctx.scope,
    (tx) =>
      tx.user.findFirst({
        where: { id, ...usersInScope(ctx.scope) },
        select: {
          ...userListSelect,
          provinceId: true,
          communeId: true,
          createdAt: true,
          passwordChangedAt: true,
          updatedAt: true,
        },
      }),
    { userId: ctx.user.id },
  );
  if (!row) return null;
  return {
    ...toListItem(ctx, row),
    provinceId: row.provinceId,
    communeId: row.communeId,
    createdAt: row.createdAt,
    passwordChangedAt: row.passwordChangedAt,
    updatedAt: row.updatedAt.toISOString(),
    isSelf: row.id === ctx.user.id,
  };
}
