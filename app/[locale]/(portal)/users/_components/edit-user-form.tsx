"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { type Role, ROLE_PERMISSIONS } from "@/lib/auth/permissions";
import type { UserConflict, UserDetail, UserFormOptions } from "@/lib/users/types";
import { updateUserAction } from "../actions";
import { UnitFields } from "./unit-fields";

const ROLES = Object.keys(ROLE_PERMISSIONS) as Role[];

/** The other person's version that came back with a refused save, if that is what `value` is. */
function readConflict(value: unknown): UserConflict | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Partial<UserConflict>;
  return typeof v.version === "number" &&
    typeof v.fullName === "string" &&
    ROLES.includes(v.role as Role)
    ? (v as UserConflict)
    : undefined;
}

export function EditUserForm({ user, options }: { user: UserDetail; options: UserFormOptions }) {
  const t = useTranslations("Users");
  const roleNames = useTranslations("Roles");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(updateUserAction);
  const conflict = state && !state.ok ? readConflict(state.conflict) : undefined;
  // The version this form saves over: the other person's after a conflict (now shown), ours after a save.
  const version = conflict?.version ?? (state?.ok ? state.data.version : user.version);
  const shown = conflict ?? user;
  const unitName = conflict
    ? (options.communes.find((c) => c.id === conflict.communeId)?.name ??
      options.provinces.find((p) => p.id === conflict.provinceId)?.name)
    : undefined;

  return (
    <form {...formProps} className="space-y-4" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("saved")}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.id ?? errors.version} />
      {conflict ? (
        <p className="text-sm text-slate-800">
          {t("conflictCurrent", {
            fullName: conflict.fullName,
            role: roleNames(conflict.role),
            unit: unitName ? `, ${unitName}` : "",
          })}
        </p>
      ) : null}
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={version} />
      <EditUserFields
        key={conflict ? `conflict-${conflict.version}` : "edit"}
        shown={shown}
        isSelf={user.isSelf}
        options={options}
        errors={errors}
      />
      <Button pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </Button>
    </form>
  );
}

function EditUserFields({
  shown,
  isSelf,
  options,
  errors,
}: {
  shown: Pick<UserDetail, "fullName" | "role" | "provinceId" | "communeId">;
  isSelf: boolean;
  options: UserFormOptions;
  errors: Record<string, string>;
}) {
  const t = useTranslations("Users");
  const roleNames = useTranslations("Roles");
  const [role, setRole] = useState<Role>(shown.role);
  return (
    <div className="space-y-4">
      <Field
        label={t("fullName")}
        name="fullName"
        type="text"
        autoComplete="off"
        required
        maxLength={120}
        defaultValue={shown.fullName}
        error={errors.fullName}
      />
      {isSelf ? (
        // Nobody changes their own role: shown, sent unchanged, and checked again on the server.
        <>
          <input type="hidden" name="role" value={shown.role} />
          <SelectField
            id="edit-role"
            label={t("role")}
            name="role-shown"
            value={shown.role}
            disabled
            error={errors.role}
          >
            <option value={shown.role}>{roleNames(shown.role)}</option>
          </SelectField>
        </>
      ) : (
        <SelectField
          id="edit-role"
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
      )}
      {isSelf ? null : (
        <UnitFields
          idPrefix="edit"
          role={role}
          options={options}
          provinceId={shown.provinceId}
          communeId={shown.communeId}
          errors={errors}
        />
      )}
    </div>
  );
}
