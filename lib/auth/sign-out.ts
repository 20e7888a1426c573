import { writeAudit } from "@/lib/audit/write-audit";
import { withScope } from "@/lib/db/scoped";
import type { AuthContext } from "./current-user";
import { revokeSessionById } from "./sessions";

/** Ends the session on the server (the cookie alone is not trusted) and records it. */
export async function endSession(user: AuthContext, now = new Date()): Promise<void> {
  await withScope({ level: "AUTH" }, async (tx) => {
    await revokeSessionById(tx, user.sessionId, now);
    await writeAudit(
      tx,
      {
        userId: user.user.id,
        username: user.user.username,
        role: user.role,
        provinceId: user.user.provinceId,
        communeId: user.user.communeId,
        ip: user.ip,
      },
      { action: "SIGN_OUT", entity: "Session", entityId: user.sessionId },
    );
  });
}
