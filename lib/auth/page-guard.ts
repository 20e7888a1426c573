import { notFound, redirect } from "next/navigation";
import { type AuthContext, getCurrentUser } from "./current-user";
import { auditRefusal } from "./guard";
import { hasPermission, type Permission } from "./permissions";

// The checks of pages (page.tsx calls them itself: layouts do not run for server actions, and the
// proxy only redirects on a missing cookie). Same session, role and scope as the action guard.

/** The signed-in user, or a redirect to sign in (then back here). */
export async function requireUser(
  locale: string,
  path: string,
  options: { allowWhilePasswordDue?: boolean } = {},
): Promise<AuthContext> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(path)}`);
  if (user.user.mustChangePassword && !options.allowWhilePasswordDue)
    redirect(`/${locale}/account/password`);
  return user;
}

/** The signed-in user if the role has the permission; otherwise the refusal is audited and the page is "not found". */
export async function requirePermission(
  locale: string,
  path: string,
  permission: Permission,
): Promise<AuthContext> {
  const user = await requireUser(locale, path);
  if (!hasPermission(user.role, permission)) {
    await auditRefusal(user, `page ${path} needs ${permission}`);
    notFound();
  }
  return user;
}
