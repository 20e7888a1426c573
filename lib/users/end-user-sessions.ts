import { revokeUserSessions } from "@/lib/auth/sessions";
import { withScope } from "@/lib/db/scoped";

/**
 * Ends every session of a user whom an administrator has just deactivated or whose password was
 * reset. Row-level security lets a scope touch only its own user's sessions (policy session_auth),
 * so this runs at the AUTH level, and only after the change has committed: the caller has already
 * found the user inside its own scope, and nothing outside that scope is ever revoked.
 * (A deactivated user's sessions are dead at the next request anyway: readSession checks `active`.)
 */
export function endUserSessions(userId: string, now: Date): Promise<number> {
  return withScope({ level: "AUTH" }, (tx) => revokeUserSessions(tx, userId, now));
}
