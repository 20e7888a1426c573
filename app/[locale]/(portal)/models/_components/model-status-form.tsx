"use client";

import { useTranslations } from "next-intl";
import { Field, FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { ModelStatus } from "@/lib/models/enums";
import { setCatalogModelStatusAction, setModelStatusAction } from "../actions";

/** Retires a model (the day and the reason) or applies it again. */
export function ModelStatusForm({
  id,
  version,
  status,
  catalog,
}: {
  id: string;
  version: number;
  status: ModelStatus;
  catalog: boolean;
}) {
  const t = useTranslations("Models");
  const retiring = status === "ACTIVE";
  const { state, pending, errors, formError, resultKey, formProps } = useActionForm(
    catalog ? setCatalogModelStatusAction : setModelStatusAction,
    retiring ? () => window.confirm(t("retireConfirm")) : undefined,
  );
  return (
    <form {...formProps} className="space-y-3" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("statusSaved")}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.id ?? errors.version ?? errors.status} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="status" value={retiring ? "INACTIVE" : "ACTIVE"} />
      {retiring ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            id="retired-on"
            label={t("retiredOn")}
            name="retiredOn"
            type="text"
            inputMode="numeric"
            maxLength={10}
            placeholder="20/04/2016"
            hint={t("dateHint")}
            error={errors.retiredOn}
          />
          <Field
            id="retired-reason"
            label={t("retiredReason")}
            name="retiredReason"
            type="text"
            maxLength={1000}
            error={errors.retiredReason}
          />
        </div>
      ) : null}
      <Button
        variant={retiring ? "secondary" : "primary"}
        pending={pending}
        pendingLabel={t("saving")}
      >
        {retiring ? t("retire") : t("reactivate")}
      </Button>
    </form>
  );
}
