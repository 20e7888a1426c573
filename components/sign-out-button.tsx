"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signOutAction } from "@/app/[locale]/sign-in/actions";

export function SignOutButton() {
  const t = useTranslations("Header");
  const [, action, pending] = useActionState(signOutAction, undefined);
  return (
    <form action={action}>
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-white/50 px-3 py-1 text-sm font-semibold text-white hover:bg-white/15"
      >
        {t("signOut")}
      </button>
    </form>
  );
}
