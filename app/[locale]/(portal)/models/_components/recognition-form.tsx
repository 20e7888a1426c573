"use client";

import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { RecognitionLevel } from "@/lib/models/enums";
import { addMinistryRecognitionAction, addRecognitionAction } from "../actions";

/** Records a recognition: the ministry's nationwide replication, or a province's own levels. */
export function RecognitionForm({
  modelId,
  levels,
  ministry,
  defaultIssuer,
}: {
  modelId: string;
  levels: RecognitionLevel[];
  ministry: boolean;
  defaultIssuer: string;
}) {
  const t = useTranslations("Models");
  const { state, pending, errors, formError, resultKey, formProps } = useActionForm(
    ministry ? addMinistryRecognitionAction : addRecognitionAction,
  );
  return (
    <form {...formProps} className="space-y-3" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("recognitionAdded")}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.modelId} />
      <input type="hidden" name="modelId" value={modelId} />
      <div key={state?.ok ? resultKey : "draft"} className="grid gap-3 sm:grid-cols-2">
        <SelectField
          id="recognition-level"
          label={t("recognitionLevel")}
          name="level"
          defaultValue={levels[0]}
          error={errors.level}
        >
          {levels.map((level) => (
            <option key={level} value={level}>
              {t(`levels.${level}`)}
            </option>
          ))}
        </SelectField>
        <Field
          id="recognition-issuer"
          label={t("issuer")}
          name="issuer"
          type="text"
          maxLength={200}
          defaultValue={defaultIssuer}
          error={errors.issuer}
        />
        <Field
          id="recognition-number"
          label={t("decisionNumber")}
          name="decisionNumber"
          type="text"
          maxLength={60}
          placeholder="123/QĐ-CAT"
          error={errors.decisionNumber}
        />
        <Field
          id="recognition-date"
          label={t("decidedOn")}
          name="decidedOn"
          type="text"
          inputMode="numeric"
          maxLength={10}
          placeholder="20/04/2016"
          hint={t("dateHint")}
          error={errors.decidedOn}
        />
        <div className="sm:col-span-2">
          <Field
            id="recognition-note"
            label={t("note")}
            name="note"
            type="text"
            maxLength={1000}
            error={errors.note}
          />
        </div>
      </div>
      <Button pending={pending} pendingLabel={t("adding")}>
        {t("addRecognition")}
      </Button>
    </form>
  );
}
