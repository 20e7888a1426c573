// Fixtures that sign in without the sign-in page: a real Session row for a real user, and the
// action or domain call run with that session's token, through the real guard.
import { createSession } from "@/lib/auth/sessions";
import { runWithIdentity } from "@/lib/auth/request-context";
import { withScope } from "@/lib/db/scoped";

export interface Signed {
  username: string;
  userId: string;
  token: string;
  /** Runs `work` as this user (the guard reads this session), in the given language. */
  run<T>(work: () => Promise<T>, locale?: "vi" | "en"): Promise<T>;
}

export async function signInAs(username: string, ip = "203.0.113.10"): Promise<Signed> {
  const { userId, token } = await withScope({ level: "AUTH" }, async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
    return {
      userId: user.id,
      token: await createSession(tx, user.id, new Date(), { ip, userAgent: "vitest" }),
    };
  });
  return {
    username,
    userId,
    token,
    run: (work, locale = "vi") =>
      runWithIdentity({ sessionToken: token, ip, userAgent: "vitest", locale }, work),
  };
}

/** Runs `work` with no session at all (a signed-out visitor). */
export function anonymously<T>(work: () => Promise<T>, locale: "vi" | "en" = "vi"): Promise<T> {
  return runWithIdentity(
    { sessionToken: null, ip: "203.0.113.99", userAgent: "vitest", locale },
    work,
  );
}
