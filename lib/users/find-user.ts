import { NotFoundError } from "@/lib/auth/errors";
import type { Tx } from "@/lib/db/scoped";
import type { AuthContext } from "@/lib/auth/current-user";
import { usersInScope } from "./rules";
import { type UserRecord, userRecordSelect } from "./user-record";

/** A user in the caller's scope; another scope's user is "not found", never "forbidden". */
export async function findUserInScope(tx: Tx, ctx: AuthContext, id: string): Promise<UserRecord> {
  const user = await tx.user.findFirst({
    where: { id, ...usersInScope(ctx.scope) },
    select: userRecordSelect,
  });
  if (!user) throw new NotFoundError("User", id);
  return user;
}
