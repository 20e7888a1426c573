"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { PointConflict, PointFormOptions } from "@/lib/points/types";
import { updatePointAction } from "../actions";
import { PointFields, type PointValues } from "./point-fields";

function readConflict(value: unknown): PointConflict | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as Partial<PointConflict>;
  return typeof v.version === "number" && typeof v.name === "string"
    ? (v as PointConflict)
    : undefined;
}

export function EditPointForm({
  id,
  version,
  options,
  values,
}: {
  id: string;
  version: number;
  options: PointFormOptions;
  values: PointValues;
}) {
  const t = useTranslations("Points");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(updatePointAction);
  const conflict = state && !state.ok ? readConflict(state.conflict) : undefined;
  const current = conflict?.version ?? (state?.ok ? state.data.version : version);
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("form.saved")}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.id ?? errors.version} />
      {conflict ? (
        <p className="text-sm text-slate-800">
          {t("form.conflictCurrent", {
            name: conflict.name,
            status: t(`status.${conflict.status}`),
          })}
        </p>
      ) : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={current} />
      <PointFields idPrefix="edit" options={options} values={values} errors={errors} />
      <Button pending={pending} pendingLabel={t("form.saving")}>
        {t("form.save")}
      </Button>
    </form>
  );
}
