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

/** A new team in one commune: the officer's own, or the one a province officer chose (the page). */
export function CreateTeamForm({
  options,
  communeId,
  communeScoped,
}: {
  options: RosterOptions;
  communeId: number;
  communeScoped: boolean;
}) {
  const t = useTranslations("Rosters");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(createTeamAction);
  const [kind, setKind] = useState<"GRASSROOTS_SECURITY" | "MODEL">("GRASSROOTS_SECURITY");

  return (
    <form {...formProps} className="space-y-4" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("created")} <TextLink href={`/teams/${state.data.id}`}>{t("openCreated")}</TextLink>
        </Notice>
      ) : null}
      {/* The commune is the page's choice, not a field here: its refusal shows at the top. */}
      <FormAlert message={formError ?? errors.communeId} />
      {communeScoped ? null : <input type="hidden" name="communeId" value={communeId} />}
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
