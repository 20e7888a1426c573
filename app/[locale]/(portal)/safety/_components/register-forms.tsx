"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { SafetyUnitType } from "@/lib/safety/types";
import { registerSafetyUnitAction } from "../actions";

interface Unit {
  id: string;
  name: string;
  formerCommuneName: string | null;
}

/** Registers one residential area or organisation of the commune for the year. */
export function RegisterUnitForm({
  communeId,
  year,
  areas,
  organizations,
}: {
  communeId: number;
  year: number;
  areas: Unit[];
  organizations: (Unit & { kind: SafetyUnitType })[];
}) {
  const t = useTranslations("Safety.communePage");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(registerSafetyUnitAction);
  const [choice, setChoice] = useState("");
  const [kind, id] = choice.split(":") as [string, string | undefined];
  const organization = kind === "org" ? organizations.find((o) => o.id === id) : undefined;
  const label = (u: Unit) =>
    u.formerCommuneName ? `${u.name} — ${t("formerOf", { name: u.formerCommuneName })}` : u.name;
  return (
    <form {...formProps} className="space-y-3" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("registered")}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.communeId ?? errors.year ?? errors.unitType} />
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="year" value={year} />
      <input
        type="hidden"
        name="unitType"
        value={kind === "area" ? "RESIDENTIAL_AREA" : (organization?.kind ?? "")}
      />
      {kind === "area" && id ? <input type="hidden" name="residentialAreaId" value={id} /> : null}
      {kind === "org" && id ? <input type="hidden" name="organizationId" value={id} /> : null}
      <div className="max-w-xl">
        <SelectField
          id="register-unit"
          name="unit"
          label={t("registerUnit")}
          value={choice}
          onChange={(e) => setChoice(e.target.value)}
          error={errors.residentialAreaId ?? errors.organizationId}
        >
          <option value="">{t("chooseUnit")}</option>
          {areas.length > 0 ? (
            <optgroup label={t("areasGroup")}>
              {areas.map((a) => (
                <option key={a.id} value={`area:${a.id}`}>
                  {label(a)}
                </option>
              ))}
            </optgroup>
          ) : null}
          {organizations.length > 0 ? (
            <optgroup label={t("organizationsGroup")}>
              {organizations.map((o) => (
                <option key={o.id} value={`org:${o.id}`}>
                  {label(o)}
                </option>
              ))}
            </optgroup>
          ) : null}
        </SelectField>
      </div>
      <Button pending={pending} pendingLabel={t("registering")}>
        {t("register")}
      </Button>
    </form>
  );
}

/** The province registers the commune itself: before 2025, one of its former communes. */
export function RegisterCommuneForm({
  communeId,
  communeName,
  year,
  formerCommunes,
}: {
  communeId: number;
  communeName: string;
  year: number;
  /** Years before 2025: the former communes not yet registered; null from 2025 on. */
  formerCommunes: { id: number; name: string }[] | null;
}) {
  const t = useTranslations("Safety.communePage");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(registerSafetyUnitAction);
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-3" noValidate>
      {state?.ok ? (
        <div className="w-full">
          <Notice key={resultKey} tone="success">
            {t("registered")}
          </Notice>
        </div>
      ) : null}
      <div className="w-full">
        <FormAlert message={formError ?? errors.communeId ?? errors.year ?? errors.unitType} />
      </div>
      <input type="hidden" name="communeId" value={communeId} />
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="unitType" value="COMMUNE" />
      {formerCommunes ? (
        <div className="w-full sm:w-80">
          <SelectField
            id="register-former"
            name="formerCommuneId"
            label={t("formerCommuneField")}
            defaultValue=""
            error={errors.formerCommuneId}
          >
            <option value="">{t("chooseFormer")}</option>
            {formerCommunes.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <Button pending={pending} pendingLabel={t("registering")}>
        {formerCommunes
          ? t("register")
          : t("registerCommuneNow", { commune: communeName, year: String(year) })}
      </Button>
    </form>
  );
}
