"use client";

import { useTranslations } from "next-intl";
import { Field, FormAlert } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { RosterOptions } from "@/lib/rosters/list-roster-options";
import { dissolveTeamAction, updateTeamAction } from "../../actions";
import { TeamPlaceFields } from "../../_components/team-place-fields";

export function EditTeamForm({
  team,
  options,
}: {
  team: {
    id: string;
    version: number;
    name: string;
    kind: "GRASSROOTS_SECURITY" | "MODEL";
    communeId: number;
    pointId: string | null;
    areaIds: string[];
    establishedOn: string;
  };
  options: RosterOptions;
}) {
  const t = useTranslations("Rosters");
  const { state, pending, errors, formError, resultKey, formProps } =
    useActionForm(updateTeamAction);
  const version = state?.ok ? state.data.version : team.version;
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {state?.ok ? (
        <Notice key={resultKey} tone="success">
          {t("saved")}
        </Notice>
      ) : null}
      <FormAlert message={formError ?? errors.version} />
      <input type="hidden" name="id" value={team.id} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="edit-name"
          name="name"
          label={t("teamName")}
          maxLength={200}
          defaultValue={team.name}
          error={errors.name}
        />
        <Field
          id="edit-established"
          name="establishedOn"
          label={t("establishedOn")}
          hint={t("dateHint")}
          inputMode="numeric"
          defaultValue={team.establishedOn}
          error={errors.establishedOn}
        />
      </div>
      <TeamPlaceFields
        idPrefix="edit"
        kind={team.kind}
        communeId={team.communeId}
        options={options}
        errors={errors}
        pointId={team.pointId}
        areaIds={team.areaIds}
      />
      <Button pending={pending} pendingLabel={t("saving")}>
        {t("save")}
      </Button>
    </form>
  );
}

export function DissolveTeamForm({
  teamId,
  version,
  today,
}: {
  teamId: string;
  version: number;
  today: string;
}) {
  const t = useTranslations("Rosters");
  const { state, pending, errors, formError, formProps } = useActionForm(dissolveTeamAction, () =>
    window.confirm(t("dissolveConfirm")),
  );
  return (
    <form {...formProps} className="space-y-4" noValidate>
      {state?.ok ? <Notice tone="success">{t("dissolved")}</Notice> : null}
      <p className="text-sm text-slate-700">{t("dissolveIntro")}</p>
      <FormAlert message={formError ?? errors.version} />
      <input type="hidden" name="id" value={teamId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="dissolve-on"
          name="dissolvedOn"
          label={t("dissolveOnLabel")}
          hint={t("dateHint")}
          inputMode="numeric"
          defaultValue={today}
          error={errors.dissolvedOn}
        />
        <Field
          id="dissolve-reason"
          name="reason"
          label={t("reason")}
          maxLength={500}
          error={errors.reason}
        />
      </div>
      <Button variant="secondary" pending={pending} pendingLabel={t("saving")}>
        {t("dissolve")}
      </Button>
    </form>
  );
}
