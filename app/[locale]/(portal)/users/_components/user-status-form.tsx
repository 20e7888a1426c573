"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/field";
import { setUserActiveAction } from "../actions";
import { useActionForm } from "@/components/forms/use-action-form";

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
  const { state, pending, formError, errors, formProps } = useActionForm(setUserActiveAction, () =>
    active ? window.confirm(t("confirmDeactivate", { username })) : true,
  );
  const done = state?.ok ? state.data : undefined;

  return (
    <form {...formProps} className="space-y-3" noValidate>
      {done ? (
        <p
          role="status"
          className="border-l-4 border-emerald-600 bg-emerald-50 px-4 py-3 text-sm font-medium text-emerald-950"
        >
          {done.active ? t("reactivated") : t("deactivated")}
          {!done.active && done.sessionsEnded > 0
            ? ` ${t("sessionsEnded", { count: done.sessionsEnded })}`
            : null}
        </p>
      ) : null}
      <FormAlert message={formError ?? errors.id} />
      <p className="text-sm text-slate-700">{active ? t("deactivateNote") : t("reactivateNote")}</p>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="active" value={active ? "false" : "true"} />
      <button
        type="submit"
        disabled={pending}
        className={
          active
            ? "rounded border border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 disabled:cursor-wait disabled:opacity-70"
            : "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
        }
      >
        {active ? t("deactivate") : t("reactivate")}
      </button>
    </form>
  );
}
