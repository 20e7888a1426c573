"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { resetPasswordAction } from "../actions";
import { OneTimePassword } from "./one-time-password";

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
      <Button variant="secondary" pending={pending} pendingLabel={t("resetting")}>
        {t("reset")}
      </Button>
    </form>
  );
}
