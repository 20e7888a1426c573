"use client";

import { useTranslations } from "next-intl";
import { FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { removeMinistryRecognitionAction, removeRecognitionAction } from "../actions";

export function RemoveRecognitionButton({
  id,
  levelName,
  ministry,
}: {
  id: string;
  levelName: string;
  /** The ministry's nationwide replication, removed under the catalog permission. */
  ministry: boolean;
}) {
  const t = useTranslations("Models");
  const action = ministry ? removeMinistryRecognitionAction : removeRecognitionAction;
  const { pending, formError, formProps } = useActionForm(action, () =>
    window.confirm(t("removeConfirm")),
  );
  return (
    <form {...formProps} className="inline">
      <input type="hidden" name="id" value={id} />
      <Button
        variant="quiet"
        pending={pending}
        className="px-2 py-1 text-sm"
        aria-label={t("removeRecognitionLabel", { level: levelName })}
      >
        {t("removeRecognition")}
      </Button>
      <FormAlert message={formError} />
    </form>
  );
}
