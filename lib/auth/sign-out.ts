import { auditActor, writeAudit } from "@/lib/audit/write-audit";
import { inScope } from "@/lib/db/scoped";
import type { AuthContext } from "./current-user";
import { endSessionOfToken } from "./sessions";

/** Ends the session on the server (the cookie alone is not trusted) and records it. */
export async function endSession(ctx: AuthContext): Promise<void> {
  await inScope(ctx, async (tx) => {
    await writeAudit(tx, auditActor(ctx), {
      action: "SIGN_OUT",
      entity: "Session",
      entityId: ctx.sessionId,
    });
    await endSessionOfToken(tx, ctx.sessionToken);
  });
}
