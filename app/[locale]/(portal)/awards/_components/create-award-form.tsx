"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import { createAwardAction } from "../actions";
import { AwardFields, type AwardFormOptions, EMPTY_AWARD } from "./award-fields";

export function CreateAwardForm({ options }: { options: AwardFormOptions }) {
  const t = useTranslations("Awards");
  const router = useRouter();
  const { state, pending, errors, formError, formProps } = useActionForm(createAwardAction);
  const createdId = state?.ok ? state.data.id : null;
  useEffect(() => {
    if (createdId) router.push(`/awards/${createdId}`);
  }, [createdId, router]);
  return (
    <form {...formProps} className="space-y-4" noValidate>
      <FormAlert message={formError} />
      <AwardFields idPrefix="create" values={EMPTY_AWARD} options={options} errors={errors} />
      <Button pending={pending || Boolean(createdId)} pendingLabel={t("form.creating")}>
        {t("form.create")}
      </Button>
    </form>
  );
}
