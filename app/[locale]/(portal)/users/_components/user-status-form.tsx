"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { setUserActiveAction } from "../actions";

export function UserStatusForm({
  id,
  username,
  active,
}: {
  id: string;
  username: string;
  active: boolean;
}) {
  const t = useTranslations("Users");
  const { state, pending, formError, errors, resultKey, formProps } = useActionForm(
    setUserActiveAction,
    () => (active ? window.confirm(t("confirmDeactivate", { username })) : true),
  );
  const done = state?.ok ? state.data : undefined;

  return (
    <form {...formProps} className="space-y-3" noValidate>
      {done ? (
        <Notice key={resultKey} tone="success">
          {done.active ? t("reactivated") : t("deactivated")}
          {!done.active && done.sessionsEnded > 0
            ? ` ${t("sessionsEnded", { count: done.sessionsEnded })}`
            : null}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.id} />
      <p className="text-sm text-slate-700">{active ? t("deactivateNote") : t("reactivateNote")}</p>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <Button variant={active ? "secondary" : "primary"} pending={pending}>
        {active ? t("deactivate") : t("reactivate")}
      </Button>
    </form>
  );
}
