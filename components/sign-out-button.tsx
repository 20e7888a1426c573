"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";

// The sign-out action is a server action of the sign-in route (app/); the layout hands it down, so
// that shared components never import from app/ (an ESLint rule keeps it so).
export function SignOutButton<S>({
  action,
}: {
  action: (previous: S | undefined, data: FormData) => Promise<S>;
}) {
  const t = useTranslations("Header");
  const [, formAction, pending] = useActionState(action, undefined);
  return (
    <form action={formAction}>
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-white/50 px-3 py-1 text-sm font-semibold whitespace-nowrap text-white hover:bg-white/15"
      >
        {t("signOut")}
      </button>
    </form>
  );
}
