"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { PersonFields } from "@/components/rosters/person-fields";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { outsideMemberAge } from "@/lib/rosters/age";
import { parseDay } from "@/lib/rosters/day";
import { addMemberAction } from "../../actions";

export function AddMemberForm({
  teamId,
  grassroots,
  areas,
  ethnicities,
  today,
}: {
  teamId: string;
  grassroots: boolean;
  areas: { id: string; name: string }[];
  ethnicities: { id: number; name: string }[];
  /** dd/mm/yyyy in Vietnam, the default joining day. */
  today: string;
}) {
  const t = useTranslations("Rosters");
  const locale: AppLocale = useLocale();
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(addMemberAction);
  const [birth, setBirth] = useState("");
  const [joined, setJoined] = useState(today);
  const birthDate = parseDay(birth);
  const joinedOn = parseDay(joined);
  const ageOutside =
    grassroots && birthDate !== null && joinedOn !== null && outsideMemberAge(birthDate, joinedOn);
  const duplicates = state?.ok && state.data.status === "duplicates" ? state.data.candidates : [];
  const added = state?.ok && state.data.status === "added";
  // After a member is added the form empties for the next one (the joining day stays): the
  // fields are keyed by how many were added, so React renders them afresh.
  const [seen, setSeen] = useState<{ state: unknown; generation: number }>({
    state: undefined,
    generation: 0,
  });
  if (added && seen.state !== state) {
    setSeen({ state, generation: seen.generation + 1 });
    setBirth("");
  }

  return (
    <form {...formProps} className="space-y-4" noValidate>
      {added ? (
        <Notice key={resultKey} tone="success">
          {t("added")}
        </Notice>
      ) : null}
      <FormAlert message={formError} />
      <input type="hidden" name="teamId" value={teamId} />
      <div key={seen.generation} className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <PersonFields
          idPrefix="add"
          mode="add"
          errors={errors}
          ethnicities={ethnicities}
          areas={areas}
          birth={{ value: birth, onChange: setBirth }}
        />
        <SelectField
          id="add-role"
          name="role"
          label={t("memberRole")}
          defaultValue="MEMBER"
          error={errors.role}
        >
          <option value="MEMBER">{t("role.MEMBER")}</option>
          <option value="DEPUTY">{t("role.DEPUTY")}</option>
          <option value="LEADER">{t("role.LEADER")}</option>
        </SelectField>
        <Field
          id="add-joinedOn"
          name="joinedOn"
          label={t("joinedOn")}
          hint={t("dateHint")}
          inputMode="numeric"
          autoComplete="off"
          value={joined}
          onChange={(e) => setJoined(e.target.value)}
          error={errors.joinedOn}
        />
      </div>
      {ageOutside || errors.ageNote ? (
        <div className="space-y-2">
          <Notice tone="info" persistent dismissible={false}>
            {t("ageWarning")}
          </Notice>
          <Field
            id="add-ageNote"
            name="ageNote"
            label={t("ageNote")}
            hint={t("ageNoteHint")}
            maxLength={500}
            error={errors.ageNote}
          />
        </div>
      ) : null}
      {duplicates.length > 0 ? (
        <fieldset
          className="space-y-3 rounded border-l-4 border-gold-500 bg-gold-300/20 p-4"
          aria-live="polite"
        >
          <legend className="sr-only">{t("duplicatesHeading")}</legend>
          <p className="font-semibold text-slate-900" role="alert">
            {t("duplicatesHeading")}
          </p>
          <p className="text-sm text-slate-800">{t("duplicatesIntro")}</p>
          {duplicates.map((c) => (
            <label key={c.id} className="flex items-start gap-3 text-sm text-slate-900">
              <input type="radio" name="personId" value={c.id} className="mt-0.5 size-5" />
              <span>
                <span className="font-semibold">{t("useExisting")}:</span>{" "}
                {t("candidate", {
                  name: c.fullName,
                  birth: c.birthDate ? formatDate(c.birthDate, locale) : t("unknown"),
                  end: c.citizenIdEnd ?? t("unknown"),
                  commune: c.communeName,
                })}
                <span className="block text-slate-700">
                  {t("candidateTeams", { teams: c.teams.join(", ") || t("noTeams") })}
                </span>
                {c.sameCitizenId ? (
                  <span className="block font-medium text-brand-800">{t("sameCitizenId")}</span>
                ) : null}
                {c.elsewhere ? (
                  <span className="block text-slate-700">
                    {t("candidateElsewhere", { commune: c.communeName })}
                  </span>
                ) : null}
              </span>
            </label>
          ))}
          {duplicates.some((c) => c.sameCitizenId) ? null : (
            <label className="flex items-center gap-3 text-sm font-medium text-slate-900">
              <input type="radio" name="confirmDifferent" value="on" className="size-5" />
              {t("confirmDifferent")}
            </label>
          )}
        </fieldset>
      ) : null}
      <Button pending={pending} pendingLabel={t("adding")}>
        {t("add")}
      </Button>
    </form>
  );
}
