"use client";

import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { setPeriodDatesAction } from "../actions";

/** The ministry administrator sets the deadline and closing days of a period not yet due. */
export function PeriodDatesForm({ periods }: { periods: { id: number; label: string }[] }) {
  const t = useTranslations("Periods.dates");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(setPeriodDatesAction);
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {state.data.changed > 0 ? t("saved", { count: state.data.changed }) : t("unchanged")}
        </Notice>
      ) : null}
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id="dates-period"
          name="periodId"
          label={t("period")}
          defaultValue=""
          required
          error={errors.periodId}
        >
          <option value="">{t("choosePeriod")}</option>
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </SelectField>
        <Field
          id="dates-deadline"
          name="deadlineDays"
          label={t("deadlineDays")}
          hint={t("deadlineDaysHint")}
          inputMode="numeric"
          autoComplete="off"
          defaultValue="15"
          maxLength={3}
          required
          error={errors.deadlineDays}
        />
        <Field
          id="dates-grace"
          name="graceDays"
          label={t("graceDays")}
          hint={t("graceDaysHint")}
          inputMode="numeric"
          autoComplete="off"
          defaultValue="15"
          maxLength={3}
          required
          error={errors.graceDays}
        />
      </div>
      <label className="flex items-center gap-2 text-slate-800">
        <input type="checkbox" name="later" value="on" className="size-5" />
        {t("later")}
      </label>
      <Button pending={pending} pendingLabel={t("submitting")}>
        {t("submit")}
      </Button>
    </form>
  );
}
