"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/field";
import { resetPasswordAction } from "../actions";
import { OneTimePassword } from "./one-time-password";
import { useActionForm } from "@/components/forms/use-action-form";

export function ResetPasswordForm({ id, username }: { id: string; username: string }) {
  const t = useTranslations("Users");
  const { state, pending, formError, errors, formProps } = useActionForm(resetPasswordAction, () =>
    window.confirm(t("confirmReset", { username })),
  );
  const reset = state?.ok ? state.data : undefined;

  return (
    <form {...formProps} className="space-y-3" noValidate>
      {reset ? (
        <OneTimePassword
          title={`${t("resetDone", { username: reset.username })}${reset.sessionsEnded > 0 ? ` ${t("sessionsEnded", { count: reset.sessionsEnded })}` : ""}`}
          username={reset.username}
          password={reset.oneTimePassword}
        />
      ) : null}
      <FormAlert message={formError ?? errors.id} />
      <p className="text-sm text-slate-700">{t("resetNote")}</p>
      <input type="hidden" name="id" value={id} />
      <button
        type="submit"
        disabled={pending}
        className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? t("resetting") : t("reset")}
      </button>
    </form>
  );
}
