"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { useRouter } from "@/lib/i18n/navigation";
import type { PointFormOptions } from "@/lib/points/types";
import { createPointAction } from "../actions";
import { EMPTY_POINT, PointFields } from "./point-fields";

export function CreatePointForm({
  communeId,
  options,
}: {
  communeId: number;
  options: PointFormOptions;
}) {
  const t = useTranslations("Points");
  const router = useRouter();
  const { state, pending, errors, formError, formProps } = useActionForm(createPointAction);
  const createdId = state?.ok ? state.data.id : null;
  useEffect(() => {
    if (createdId) router.push(`/points/${createdId}`);
  }, [createdId, router]);

  return (
    <form {...formProps} className="space-y-4" noValidate>
      <FormAlert message={formError ?? errors.communeId} />
      <input type="hidden" name="communeId" value={communeId} />
      <PointFields idPrefix="create" options={options} values={EMPTY_POINT} errors={errors} />
      <Button pending={pending || Boolean(createdId)} pendingLabel={t("form.creating")}>
        {t("form.create")}
      </Button>
    </form>
  );
}
