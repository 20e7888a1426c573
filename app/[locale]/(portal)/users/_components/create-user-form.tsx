"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import type { Role } from "@/lib/auth/permissions";
import type { UserFormOptions } from "@/lib/users/types";
import { createUserAction } from "../actions";
import { OneTimePassword } from "./one-time-password";
import { UnitFields } from "./unit-fields";

export function CreateUserForm({ options }: { options: UserFormOptions }) {
  const t = useTranslations("Users");
  const { state, pending, errors, formError, formProps } = useActionForm(createUserAction);
  const created = state?.ok ? state.data : undefined;

  return (
    <div className="space-y-4">
      {created ? (
        <div className="space-y-2">
          <OneTimePassword
            title={t("created", { username: created.username })}
            username={created.username}
            password={created.oneTimePassword}
          />
          <TextLink href={`/users/${created.id}`} className="inline-block text-sm">
            {t("openUser", { username: created.username })}
          </TextLink>
        </div>
      ) : null}
      <form {...formProps} className="space-y-4" noValidate>
        <FormAlert message={formError} />
        {/* A new, empty form after each account created. */}
        <CreateUserFields key={created?.id ?? "draft"} options={options} errors={errors} />
        <Button pending={pending} pendingLabel={t("creating")}>
          {t("create")}
        </Button>
      </form>
    </div>
  );
}

function CreateUserFields({
  options,
  errors,
}: {
  options: UserFormOptions;
  errors: Record<string, string>;
}) {
  const t = useTranslations("Users");
  const roleNames = useTranslations("Roles");
  const [role, setRole] = useState<Role>(options.roles[0] ?? "PROVINCE_OFFICER");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        label={t("username")}
        name="username"
        type="text"
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        maxLength={40}
        hint={t("usernameHint")}
        error={errors.username}
      />
      <Field
        label={t("fullName")}
        name="fullName"
        type="text"
        autoComplete="off"
        required
        maxLength={120}
        error={errors.fullName}
      />
      <SelectField
        id="create-role"
        label={t("role")}
        name="role"
        value={role}
        onChange={(event) => setRole(options.roles.find((r) => r === event.target.value) ?? role)}
        error={errors.role}
      >
        {options.roles.map((value) => (
          <option key={value} value={value}>
            {roleNames(value)}
          </option>
        ))}
      </SelectField>
      <UnitFields idPrefix="create" role={role} options={options} errors={errors} />
    </div>
  );
}
