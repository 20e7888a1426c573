import { writeAudit } from "@/lib/audit/write-audit";
import { hashPassword } from "@/lib/auth/password-hash";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { Role } from "@/lib/generated/prisma/enums";
import { generateOneTimePassword } from "./one-time-password";
import { createUserSchema } from "./schemas";
import { auditValues, userRecordSelect } from "./user-record";

// The first ministry administrator of a real install, created from the command line
// (`npm run admin:create`). It runs as the database's owning role, like the seed: there is no
// signed-in user yet to act through the app's guard.

export const COMMAND_LINE_DETAIL = "created from the command line";

export type CreateMinistryAdminResult =
  | { ok: true; id: string; username: string; fullName: string; oneTimePassword: string }
  | { ok: false; reason: "usernameFormat" | "fullName" | "usernameTaken"; message: string };

const input = createUserSchema.pick({ username: true, fullName: true });

export async function createMinistryAdmin(
  db: PrismaClient,
  request: { username: string; fullName?: string },
): Promise<CreateMinistryAdminResult> {
  const parsed = input.safeParse({
    username: request.username,
    fullName: request.fullName ?? request.username,
  });
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path[0];
    return field === "fullName"
      ? { ok: false, reason: "fullName", message: "The full name is empty or too long." }
      : {
          ok: false,
          reason: "usernameFormat",
          message: "A username is 3 to 40 characters: lowercase letters, digits, '.', '_' or '-'.",
        };
  }
  const { username, fullName } = parsed.data;
  const taken = (): CreateMinistryAdminResult => ({
    ok: false,
    reason: "usernameTaken",
    message: `The username "${username}" is taken: nothing was changed.`,
  });
  if (await db.user.findUnique({ where: { username }, select: { id: true } })) return taken();

  const oneTimePassword = generateOneTimePassword();
  const passwordHash = await hashPassword(oneTimePassword);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          username,
          fullName,
          role: Role.MINISTRY_ADMIN,
          passwordHash,
          mustChangePassword: true,
        },
        select: userRecordSelect,
      });
      await writeAudit(
        tx,
        {},
        {
          action: "CREATE",
          entity: "User",
          entityId: created.id,
          after: auditValues(created),
          detail: COMMAND_LINE_DETAIL,
        },
      );
      return created;
    });
    return { ok: true, id: user.id, username, fullName: user.fullName, oneTimePassword };
  } catch (error) {
    // Created by someone else between the check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return taken();
    throw error;
  }
}
