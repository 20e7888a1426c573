"use client";

import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TEAM_GRADES } from "@/lib/ratings/team-grade-rule";
import { setTeamRatingAction } from "../actions";

/** One team's rating of the year (province officers); the 20 % rule is checked on save. */
export function TeamRatingForm({
  teamId,
  teamName,
  year,
  grade,
  note,
}: {
  teamId: string;
  teamName: string;
  year: number;
  grade: string;
  note: string;
}) {
  const t = useTranslations("Ratings");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(setTeamRatingAction);
  const prefix = `team-${teamId}`;
  return (
    <form {...formProps} className="space-y-2" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("teamPage.saved", { team: teamName })}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.teamId ?? errors.year} />
      <input type="hidden" name="teamId" value={teamId} />
      <input type="hidden" name="year" value={year} />
      <div className="grid gap-2 sm:grid-cols-[minmax(12rem,1fr)_minmax(8rem,1fr)_auto] sm:items-end">
        <SelectField
          id={`${prefix}-grade`}
          name="grade"
          label={t("teamPage.change")}
          defaultValue={grade}
          error={errors.grade}
          aria-label={`${t("teamPage.change")}: ${teamName}`}
        >
          <option value="">{t("teamPage.choose")}</option>
          {TEAM_GRADES.map((g) => (
            <option key={g} value={g}>
              {t(`grades.${g}`)}
            </option>
          ))}
        </SelectField>
        <Field
          id={`${prefix}-note`}
          name="note"
          label={t("teamPage.note")}
          defaultValue={note}
          maxLength={1000}
          error={errors.note}
        />
        <div>
          <Button pending={pending} pendingLabel={t("teamPage.saving")}>
            {t("teamPage.save")}
          </Button>
        </div>
      </div>
    </form>
  );
}
