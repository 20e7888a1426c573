"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import type { RosterOptions } from "@/lib/rosters/list-roster-options";
import { createTeamAction } from "../actions";
import { TeamPlaceFields } from "./team-place-fields";

export function CreateTeamForm({
  options,
  communeScoped,
}: {
  options: RosterOptions;
  communeScoped: boolean;
}) {
  const t = useTranslations("Rosters");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(createTeamAction);
  const [kind, setKind] = useState<"GRASSROOTS_SECURITY" | "MODEL">("GRASSROOTS_SECURITY");
  const [communeId, setCommuneId] = useState<number | null>(
    communeScoped ? (options.communes[0]?.id ?? null) : null,
  );

  return (
    <form {...formProps} className="space-y-4" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("created")} <TextLink href={`/teams/${state.data.id}`}>{t("openCreated")}</TextLink>
        </Notice>
      ) : null}
      <FormAlert message={formError} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="create-kind"
          name="kind"
          label={t("teamKind")}
          value={kind}
          onChange={(e) => setKind(e.target.value === "MODEL" ? "MODEL" : "GRASSROOTS_SECURITY")}
          error={errors.kind}
        >
          <option value="GRASSROOTS_SECURITY">{t("kind.GRASSROOTS_SECURITY")}</option>
          <option value="MODEL">{t("kind.MODEL")}</option>
        </SelectField>
        {communeScoped ? null : (
          <SelectField
            id="create-commune"
            name="communeId"
            label={t("commune")}
            value={communeId ?? ""}
            onChange={(e) => setCommuneId(Number(e.target.value) || null)}
            error={errors.communeId}
          >
            <option value="">{t("genderNone")}</option>
            {options.communes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
        )}
        <Field
          id="create-name"
          name="name"
          label={t("teamName")}
          hint={t("teamNameHint")}
          maxLength={200}
          autoComplete="off"
          required
          error={errors.name}
        />
        <Field
          id="create-established"
          name="establishedOn"
          label={t("establishedOn")}
          hint={t("dateHint")}
          inputMode="numeric"
          placeholder="dd/mm/yyyy"
          autoComplete="off"
          error={errors.establishedOn}
        />
      </div>
      <TeamPlaceFields
        idPrefix="create"
        kind={kind}
        communeId={communeId}
        options={options}
        errors={errors}
      />
      <Button pending={pending} pendingLabel={t("creating")}>
        {t("create")}
      </Button>
    </form>
  );
}
