"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormAlert } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Notice, useResultKey } from "@/components/ui/notice";
import { changeOwnPasswordAction } from "../../actions";

export function ChangePasswordForm({ username, due }: { username: string; due: boolean }) {
  const t = useTranslations("Account");
  // Password fields are cleared after every attempt (React resets the form): nothing to keep.
  const [state, action, pending] = useActionState(changeOwnPasswordAction, undefined);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const done = state?.ok ? state.data : undefined;
  const resultKey = useResultKey(state);

  return (
    <form action={action} className="space-y-4" noValidate>
      {done ? (
        <Notice key={resultKey} tone="success">
          {t("changed")}
          {done.otherSessionsEnded > 0
            ? ` ${t("otherSessionsEnded", { count: done.otherSessionsEnded })}`
            : null}
        </Notice>
      ) : null}
      <FormAlert message={state && !state.ok ? state.formError : undefined} />
      {/* For password managers: which account this new password belongs to. */}
      <input type="text" name="username" value={username} autoComplete="username" readOnly hidden />
      <Field
        label={t("currentPassword")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        hint={due ? t("currentPasswordDueHint") : undefined}
        error={errors.currentPassword}
      />
      <Field
        label={t("newPassword")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={10}
        maxLength={128}
        hint={t("newPasswordHint")}
        error={errors.newPassword}
      />
      <Field
        label={t("confirmPassword")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword}
      />
      <Button pending={pending} pendingLabel={t("submitting")} className="w-full">
        {t("submit")}
      </Button>
    </form>
  );
}
