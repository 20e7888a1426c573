"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import { deleteAwardAction, updateAwardAction } from "../actions";
import { AwardFields, type AwardFormOptions, type AwardFormValues } from "./award-fields";

export function EditAwardForm({
  id,
  version,
  values,
  options,
}: {
  id: string;
  version: number;
  values: AwardFormValues;
  options: AwardFormOptions;
}) {
  const t = useTranslations("Awards");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(updateAwardAction);
  const current = state?.ok ? state.data.version : version;
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("form.saved")}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.id ?? errors.version} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={current} />
      <AwardFields idPrefix="edit" values={values} options={options} errors={errors} />
      <Button pending={pending} pendingLabel={t("form.saving")}>
        {t("form.save")}
      </Button>
    </form>
  );
}

export function DeleteAwardForm({
  id,
  version,
  name,
}: {
  id: string;
  version: number;
  name: string;
}) {
  const t = useTranslations("Awards");
  const router = useRouter();
  const { state, pending, errors, formError, formProps } = useActionForm(deleteAwardAction, () =>
    window.confirm(t("detail.deleteConfirm", { name })),
  );
  const deleted = state?.ok === true;
  useEffect(() => {
    if (deleted) router.push("/awards");
  }, [deleted, router]);
  return (
    <form {...formProps} className="space-y-3" noValidate>
      <FormAlert message={formError ?? errors.id ?? errors.version} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Button variant="secondary" pending={pending || deleted} pendingLabel={t("detail.deleting")}>
        {t("detail.delete")}
      </Button>
    </form>
  );
}
