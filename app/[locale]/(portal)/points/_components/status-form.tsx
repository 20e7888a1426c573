"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { PointStatus } from "@/lib/points/enums";
import { changePointStatusAction } from "../actions";

/** Suspend, reactivate or dissolve: a date, and for dissolving a reason (asked again before saving). */
export function StatusForm({
  id,
  version,
  nextStatuses,
  today,
}: {
  id: string;
  version: number;
  nextStatuses: PointStatus[];
  today: string;
}) {
  const t = useTranslations("Points");
  const [to, setTo] = useState<PointStatus | "">("");
  const { state, pending, errors, formError, resultKey, formProps } = useActionForm(
    changePointStatusAction,
    () => to !== "DISSOLVED" || window.confirm(t("statusForm.confirmDissolve")),
  );
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("statusForm.saved")}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.id ?? errors.version} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="status-to"
          name="toStatus"
          label={t("statusForm.toStatus")}
          value={to}
          onChange={(e) => setTo(nextStatuses.find((s) => s === e.target.value) ?? "")}
          required
          error={errors.toStatus}
        >
          <option value="">{t("statusForm.chooseStatus")}</option>
          {nextStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`statusForm.to.${s}`)}
            </option>
          ))}
        </SelectField>
        <Field
          id="status-effective"
          name="effectiveOn"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          placeholder={t("form.datePlaceholder")}
          label={t("statusForm.effectiveOn")}
          hint={t("form.dateHint")}
          defaultValue={today}
          maxLength={10}
          required
          error={errors.effectiveOn}
        />
      </div>
      <div>
        <label htmlFor="status-reason" className="block text-sm font-medium text-slate-800">
          {t("statusForm.reason")}
        </label>
        <textarea
          id="status-reason"
          name="reason"
          rows={3}
          maxLength={1000}
          required={to === "DISSOLVED"}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={`status-reason-hint${errors.reason ? " status-reason-error" : ""}`}
          className={`mt-1 block w-full rounded border bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-blue-700 ${
            errors.reason ? "border-brand-600" : "border-slate-400"
          }`}
        />
        <p id="status-reason-hint" className="mt-1 text-xs text-slate-600">
          {t("statusForm.reasonHint")}
        </p>
        {errors.reason ? (
          <p id="status-reason-error" className="mt-1 text-sm font-medium text-brand-700">
            {errors.reason}
          </p>
        ) : null}
      </div>
      <Button pending={pending} pendingLabel={t("statusForm.submitting")}>
        {t("statusForm.submit")}
      </Button>
    </form>
  );
}
