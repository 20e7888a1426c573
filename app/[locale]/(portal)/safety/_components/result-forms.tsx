"use client";

import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { SafetyResult } from "@/lib/safety/types";
import {
  recordSafetyResultAction,
  setCommuneTitleAction,
  withdrawSafetyRegistrationAction,
} from "../actions";

const RESULTS: SafetyResult[] = ["ACHIEVED", "NOT_ACHIEVED", "PENDING"];

/** Records a registration's result with its decision (province officers). */
export function ResultForm({
  id,
  version,
  year,
  result,
  decisionNumber,
  decidedOn,
  unitName,
}: {
  id: string;
  version: number;
  year: number;
  result: SafetyResult;
  decisionNumber: string;
  decidedOn: string;
  unitName: string;
}) {
  const t = useTranslations("Safety");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(recordSafetyResultAction);
  const prefix = `result-${id}`;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-sm font-semibold text-brand-800">
        {t("communePage.editResult")}
        <span className="sr-only">: {unitName}</span>
      </summary>
      <form
        {...formProps}
        className="mt-2 space-y-3 rounded border border-slate-200 bg-slate-50 p-3"
        noValidate
      >
        {state?.ok ? (
          <Notice key={resultKey} tone="success">
            {t("communePage.resultSaved")}
          </Notice>
        ) : null}
        <FormAlert message={formError ?? errors.id ?? errors.version} />
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={state?.ok ? state.data.version : version} />
        <SelectField
          id={`${prefix}-result`}
          name="result"
          label={t("communePage.resultField")}
          defaultValue={result}
          error={errors.result}
        >
          {RESULTS.map((r) => (
            <option key={r} value={r}>
              {t(`result.${r}`)}
            </option>
          ))}
        </SelectField>
        <Field
          id={`${prefix}-number`}
          name="decisionNumber"
          label={t("communePage.decisionNumber")}
          hint={t("communePage.decisionHint")}
          defaultValue={decisionNumber}
          maxLength={40}
          error={errors.decisionNumber}
        />
        <Field
          id={`${prefix}-date`}
          name="decidedOn"
          label={t("communePage.decidedOn")}
          hint={t("communePage.dateHint", { year: String(year) })}
          defaultValue={decidedOn}
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          maxLength={10}
          error={errors.decidedOn}
        />
        <Button pending={pending} pendingLabel={t("communePage.savingResult")}>
          {t("communePage.saveResult")}
        </Button>
      </form>
    </details>
  );
}

/** Withdraws a registration without a result (made by mistake). */
export function WithdrawForm({
  id,
  version,
  unitName,
}: {
  id: string;
  version: number;
  unitName: string;
}) {
  const t = useTranslations("Safety.communePage");
  const { pending, errors, formError, formProps } = useActionForm(
    withdrawSafetyRegistrationAction,
    () => window.confirm(t("withdrawConfirm", { name: unitName })),
  );
  return (
    <form {...formProps} className="mt-1" noValidate>
      <FormAlert message={formError ?? errors.id ?? errors.version} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <Button variant="quiet" className="text-sm" pending={pending} pendingLabel={t("withdrawing")}>
        {t("withdraw")}
        <span className="sr-only">: {unitName}</span>
      </Button>
    </form>
  );
}

/** A commune's (or former commune's) yearly flags (province officers). */
export function TitleForm({
  communeId,
  formerCommuneId,
  label,
  year,
  exemplary,
  ruralSecurityMet,
  decisionNumber,
  version,
}: {
  communeId: number;
  formerCommuneId: number | null;
  label: string | null;
  year: number;
  exemplary: boolean;
  ruralSecurityMet: boolean;
  decisionNumber: string;
  version: number | null;
}) {
  const t = useTranslations("Safety.communePage");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(setCommuneTitleAction);
  const prefix = `title-${formerCommuneId ?? communeId}`;
  const current = state?.ok ? state.data.version : version;
  return (
    <form {...formProps} className="space-y-3 rounded border border-slate-200 p-3" noValidate>
      {label ? <p className="font-semibold text-slate-900">{label}</p> : null}
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("titlesSaved")}
        </Notice>
      ) : null}
      <FormAlert
        message={
          formError ?? errors.communeId ?? errors.formerCommuneId ?? errors.year ?? errors.version
        }
      />
      <input type="hidden" name="communeId" value={communeId} />
      {formerCommuneId ? (
        <input type="hidden" name="formerCommuneId" value={formerCommuneId} />
      ) : null}
      <input type="hidden" name="year" value={year} />
      {current !== null ? <input type="hidden" name="version" value={current} /> : null}
      <div className="space-y-2">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="exemplary"
            value="true"
            defaultChecked={exemplary}
            className="mt-1 size-4"
          />
          <span>{t("exemplary")}</span>
        </label>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="ruralSecurityMet"
            value="true"
            defaultChecked={ruralSecurityMet}
            className="mt-1 size-4"
          />
          <span>{t("ruralSecurity")}</span>
        </label>
      </div>
      <div className="max-w-xs">
        <Field
          id={`${prefix}-decision`}
          name="decisionNumber"
          label={t("titleDecision")}
          defaultValue={decisionNumber}
          maxLength={40}
          error={errors.decisionNumber}
        />
      </div>
      <Button pending={pending} pendingLabel={t("savingTitles")}>
        {t("saveTitles")}
      </Button>
    </form>
  );
}
