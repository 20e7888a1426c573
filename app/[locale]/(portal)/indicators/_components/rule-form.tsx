"use client";

import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { createRuleAction, updateRuleAction } from "../actions";

export interface RuleFormValues {
  id: number;
  version: number;
  code: string;
  leftIndicatorId: number;
  operator: string;
  rightIndicatorId: number;
  severity: string;
  messageVi: string;
  messageEn: string;
  validFromYear: number;
  validToYear: number | null;
}

interface IndicatorOption {
  id: number;
  name: string;
  kind: string;
}

/** Create (no `values`) or edit a validation rule between two indicators. */
export function RuleForm({
  values,
  indicators,
}: {
  values?: RuleFormValues;
  indicators: IndicatorOption[];
}) {
  const t = useTranslations("Indicators");
  const editing = values !== undefined;
  const { state, pending, errors, formError, resultKey, formProps } = useActionForm(
    editing ? updateRuleAction : createRuleAction,
  );
  const version = state?.ok ? state.data.version : values?.version;
  const options = (
    <>
      <option value="">{t("ruleForm.chooseIndicator")}</option>
      {(["POINT", "COMMUNE"] as const).map((kind) => (
        <optgroup key={kind} label={t(`kinds.${kind}`)}>
          {indicators
            .filter((i) => i.kind === kind)
            .map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
        </optgroup>
      ))}
    </>
  );
  return (
    <form {...formProps} className="space-y-5" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("ruleForm.saved")}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.id ?? errors.version} />
      {editing ? (
        <>
          <input type="hidden" name="id" value={values.id} />
          <input type="hidden" name="version" value={version} />
          <p className="text-sm text-slate-700">
            {t("ruleForm.code")}: <span className="font-mono">{values.code}</span>
          </p>
        </>
      ) : (
        <Field
          id="rule-code"
          name="code"
          label={t("ruleForm.code")}
          hint={t("form.codeHint")}
          autoComplete="off"
          maxLength={60}
          required
          error={errors.code}
        />
      )}
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField
          id="rule-left"
          name="leftIndicatorId"
          label={t("ruleForm.left")}
          defaultValue={values?.leftIndicatorId ?? ""}
          required
          error={errors.leftIndicatorId}
        >
          {options}
        </SelectField>
        <SelectField
          id="rule-operator"
          name="operator"
          label={t("ruleForm.operator")}
          defaultValue={values?.operator ?? ""}
          required
          error={errors.operator}
        >
          <option value="">{t("ruleForm.chooseOperator")}</option>
          <option value="LTE">{t("operators.LTE")}</option>
          <option value="GTE">{t("operators.GTE")}</option>
        </SelectField>
        <SelectField
          id="rule-right"
          name="rightIndicatorId"
          label={t("ruleForm.right")}
          defaultValue={values?.rightIndicatorId ?? ""}
          required
          error={errors.rightIndicatorId}
        >
          {options}
        </SelectField>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField
          id="rule-severity"
          name="severity"
          label={t("ruleForm.severity")}
          defaultValue={values?.severity ?? ""}
          required
          error={errors.severity}
        >
          <option value="">{t("ruleForm.chooseSeverity")}</option>
          <option value="ERROR">{t("severities.ERROR")}</option>
          <option value="WARNING">{t("severities.WARNING")}</option>
        </SelectField>
        <Field
          id="rule-from"
          name="validFromYear"
          label={t("form.validFromYear")}
          inputMode="numeric"
          defaultValue={values?.validFromYear ?? new Date().getFullYear() + 1}
          maxLength={4}
          required
          error={errors.validFromYear}
        />
        <Field
          id="rule-to"
          name="validToYear"
          label={t("form.validToYear")}
          inputMode="numeric"
          defaultValue={values?.validToYear ?? ""}
          maxLength={4}
          error={errors.validToYear}
        />
      </div>
      <Field
        id="rule-message-vi"
        name="messageVi"
        label={t("ruleForm.messageVi")}
        defaultValue={values?.messageVi}
        maxLength={500}
        required
        error={errors.messageVi}
      />
      <Field
        id="rule-message-en"
        name="messageEn"
        label={t("ruleForm.messageEn")}
        defaultValue={values?.messageEn}
        maxLength={500}
        required
        error={errors.messageEn}
      />
      <Button pending={pending} pendingLabel={t("ruleForm.submitting")}>
        {t("ruleForm.submit")}
      </Button>
    </form>
  );
}
