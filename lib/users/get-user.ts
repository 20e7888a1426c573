import { z } from "zod";
import { inScope } from "@/lib/db/scoped";
import type { AuthContext } from "@/lib/auth/current-user";
import { toListItem, userListSelect } from "./list-users";
import { usersInScope } from "./rules";
import type { UserDetail } from "./types";

/** One user of the caller's scope, or null: another province's user is simply not there. */
export async function getUser(ctx: AuthContext, id: string): Promise<UserDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await inScope(ctx, (tx) =>
    tx.user.findFirst({
      where: { id, ...usersInScope(ctx.scope) },
      select: {
        ...userListSelect,
        provinceId: true,
        communeId: true,
        createdAt: true,
        passwordChangedAt: true,
        version: true,
      },
    }),
  );
  if (!row) return null;
  return {
    ...toListItem(ctx, row),
    provinceId: row.provinceId,
    communeId: row.communeId,
    createdAt: row.createdAt,
    passwordChangedAt: row.passwordChangedAt,
    version: row.version,
    isSelf: row.id === ctx.user.id,
  };
}
