"use client";

import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { RATINGS } from "@/lib/points/enums";
import { setPointRatingAction } from "../actions";

export function RatingForm({
  id,
  years,
}: {
  id: string;
  /** The years that can be rated, newest first. */
  years: number[];
}) {
  const t = useTranslations("Points");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(setPointRatingAction);
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("ratingForm.saved", { year: String(state.data.year) })}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.id} />
      <input type="hidden" name="id" value={id} />
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id="rating-year"
          name="year"
          label={t("ratingForm.year")}
          defaultValue={years[0] ?? ""}
          error={errors.year}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="rating-value"
          name="rating"
          label={t("ratingForm.rating")}
          defaultValue=""
          required
          error={errors.rating}
        >
          <option value="">{t("ratingForm.chooseRating")}</option>
          {RATINGS.map((r) => (
            <option key={r} value={r}>
              {t(`rating.${r}`)}
            </option>
          ))}
        </SelectField>
        <Field
          id="rating-note"
          name="note"
          label={t("ratingForm.note")}
          maxLength={1000}
          error={errors.note}
        />
      </div>
      <Button pending={pending} pendingLabel={t("ratingForm.submitting")}>
        {t("ratingForm.submit")}
      </Button>
    </form>
  );
}
