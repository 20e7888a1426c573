import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import { FieldErrors } from "@/lib/auth/errors";
import { hashPassword } from "@/lib/auth/password-hash";
import { inScope } from "@/lib/db/scoped";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AuthContext } from "@/lib/auth/current-user";
import { generateOneTimePassword } from "./one-time-password";
import { assertMayGrant, resolveUnits } from "./rules";
import type { CreateUserInput } from "./schemas";
import { auditValues, userRecordSelect } from "./user-record";

export interface CreatedUser {
  id: string;
  username: string;
  /** Shown to the administrator once; the user must replace it at the first sign-in. */
  oneTimePassword: string;
}

/**
 * Creates a user with a role the caller may give, inside the caller's scope, with a one-time
 * password that must be changed at the first sign-in. User and audit row in one transaction.
 */
export async function createUser(ctx: AuthContext, input: CreateUserInput): Promise<CreatedUser> {
  assertMayGrant(ctx, input.role);
  const oneTimePassword = generateOneTimePassword();
  // argon2 takes a moment: hash before the transaction opens, not while it holds a connection.
  const passwordHash = await hashPassword(oneTimePassword);
  try {
    return await inScope(ctx, async (tx) => {
      const units = await resolveUnits(tx, ctx.scope, input.role, input);
      const user = await tx.user.create({
        data: {
          username: input.username,
          fullName: input.fullName,
          role: input.role,
          ...units,
          passwordHash,
          mustChangePassword: true,
        },
        select: userRecordSelect,
      });
      await writeAudit(tx, auditActor(ctx, units), {
        action: "CREATE",
        entity: "User",
        entityId: user.id,
        after: auditValues(user),
      });
      return { id: user.id, username: user.username, oneTimePassword };
    });
  } catch (error) {
    // Usernames are unique across the country, also where row-level security hides the other row.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new FieldErrors({ username: { key: "usernameTaken" } });
    }
    throw error;
  }
}
