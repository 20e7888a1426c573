import { z } from "zod";
import { busyReason } from "@/lib/db/busy";
import { getCurrentUser, type AuthContext } from "./current-user";
import { auditRefusal } from "./guard";
import { hasPermission, type Permission } from "./permissions";

// Route handlers go through the same checks as actions and pages: session, role, scope, zod (on
// the query string). Answers are JSON with plain status codes.
export function authRoute<S extends z.ZodType>(
  config: { permission: Permission | "signed-in"; query: S },
  handler: (request: Request, input: z.output<S>, user: AuthContext) => Promise<Response>,
): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await guarded(request);
    } catch (error) {
      // A busy database: 503 with Retry-After, the same answer as a page (lib/db/busy.ts).
      if (busyReason(error))
        return Response.json({ error: "busy" }, { status: 503, headers: { "Retry-After": "30" } });
      throw error;
    }
  };
  async function guarded(request: Request): Promise<Response> {
    const user = await getCurrentUser();
    if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
    if (config.permission !== "signed-in" && !hasPermission(user.role, config.permission)) {
      await auditRefusal(user, `route ${new URL(request.url).pathname} needs ${config.permission}`);
      return Response.json({ error: "forbidden" }, { status: 403 });
    }
    const parsed = config.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success)
      return Response.json({ error: "invalid", issues: parsed.error.issues }, { status: 400 });
    return await handler(request, parsed.data, user);
  }
}
