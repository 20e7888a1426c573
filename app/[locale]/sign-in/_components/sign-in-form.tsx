"use client";

import { useTranslations } from "next-intl";
import { Field, FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { signInAction } from "../actions";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("SignIn");
  // The username stays in its field when the password is refused.
  const { pending, errors, formError, formProps } = useActionForm(signInAction);

  return (
    <form {...formProps} className="mt-6 space-y-4" noValidate>
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
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:cursor-wait disabled:opacity-70"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
