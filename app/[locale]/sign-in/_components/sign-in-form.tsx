"use client";

import { useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import { Field, FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { signInAction } from "../actions";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("SignIn");
  // The username stays in its field when the password is refused; the password does not (it was
  // wrong, and a refused password should not sit on the screen): emptied, with the focus on it.
  const { state, pending, errors, formError, formProps } = useActionForm(signInAction);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (!state || state.ok) return;
    const password = formRef.current?.elements.namedItem("password");
    if (password instanceof HTMLInputElement) {
      password.value = "";
      password.focus();
    }
  }, [state]);

  return (
    <form ref={formRef} {...formProps} className="mt-6 space-y-4" noValidate>
      <FormAlert message={formError} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field
        label={t("username")}
        name="username"
        type="text"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        required
        error={errors.username}
      />
      <Field
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={errors.password}
      />
      <Button pending={pending} pendingLabel={t("submitting")} className="w-full">
        {t("submit")}
      </Button>
    </form>
  );
}
