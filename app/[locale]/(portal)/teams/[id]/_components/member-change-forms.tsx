"use client";

import { useTranslations } from "next-intl";
import { Field, FormAlert, SelectField } from "@/components/forms/field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { endMembershipAction, moveMemberAction } from "../../actions";

interface Member {
  membershipId: string;
  membershipVersion: number;
  fullName: string;
  role: "LEADER" | "DEPUTY" | "MEMBER";
}

/** Moving one member to another team, or recording that they leave: the member chosen in the roster. */
export function MemberChangeForms({
  teamId,
  member,
  targets,
  today,
  back,
}: {
  teamId: string;
  member: Member;
  targets: { id: string; name: string }[];
  today: string;
  /** The roster's search and page the officer came from: "Đóng" goes back there. */
  back: Record<string, string>;
}) {
  const t = useTranslations("Rosters");
  const move = useActionForm(moveMemberAction);
  const end = useActionForm(endMembershipAction, () => window.confirm(t("endConfirm")));
  const done = move.state?.ok || end.state?.ok;

  return (
    <section
      id="member-change"
      aria-label={t("changeMember")}
      className="space-y-6 rounded border border-brand-300 bg-white p-4"
    >
      {done ? (
        <Notice tone="success" persistent>
          {move.state?.ok ? t("moved") : t("ended")}{" "}
          <TextLink href={{ pathname: `/teams/${teamId}`, query: back }}>{t("cancel")}</TextLink>
        </Notice>
      ) : (
        <>
          <form {...move.formProps} className="space-y-3" noValidate>
            <h3 className="font-semibold text-slate-900">
              {t("moveHeading", { name: member.fullName })}
            </h3>
            <FormAlert message={move.formError ?? move.errors.version} />
            <input type="hidden" name="membershipId" value={member.membershipId} />
            <input type="hidden" name="version" value={member.membershipVersion} />
            {targets.length === 0 ? (
              <p className="text-sm text-slate-700">{t("noMoveTargets")}</p>
            ) : (
              <>
                <div className="grid gap-3 sm:grid-cols-2">
                  <SelectField
                    id="move-to"
                    name="toTeamId"
                    label={t("moveTo")}
                    defaultValue=""
                    error={move.errors.toTeamId}
                  >
                    <option value="">{t("moveToNone")}</option>
                    {targets.map((team) => (
                      <option key={team.id} value={team.id}>
                        {team.name}
                      </option>
                    ))}
                  </SelectField>
                  <SelectField
                    id="move-role"
                    name="role"
                    label={t("newRole")}
                    defaultValue={member.role === "LEADER" ? "MEMBER" : member.role}
                    error={move.errors.role}
                  >
                    <option value="MEMBER">{t("role.MEMBER")}</option>
                    <option value="DEPUTY">{t("role.DEPUTY")}</option>
                    <option value="LEADER">{t("role.LEADER")}</option>
                  </SelectField>
                  <Field
                    id="move-on"
                    name="movedOn"
                    label={t("movedOn")}
                    hint={t("dateHint")}
                    inputMode="numeric"
                    defaultValue={today}
                    error={move.errors.movedOn}
                  />
                  <Field
                    id="move-reason"
                    name="reason"
                    label={t("reason")}
                    maxLength={500}
                    defaultValue={t("moveReasonDefault")}
                    error={move.errors.reason}
                  />
                </div>
                {move.errors.ageNote ? (
                  <Field
                    id="move-ageNote"
                    name="ageNote"
                    label={t("ageNote")}
                    hint={t("ageNoteHint")}
                    maxLength={500}
                    error={move.errors.ageNote}
                  />
                ) : null}
                <Button pending={move.pending} pendingLabel={t("saving")}>
                  {t("move")}
                </Button>
              </>
            )}
          </form>
          <form {...end.formProps} className="space-y-3 border-t border-slate-200 pt-4" noValidate>
            <h3 className="font-semibold text-slate-900">
              {t("endHeading", { name: member.fullName })}
            </h3>
            <FormAlert message={end.formError ?? end.errors.version} />
            <input type="hidden" name="membershipId" value={member.membershipId} />
            <input type="hidden" name="version" value={member.membershipVersion} />
            <div className="grid gap-3 sm:grid-cols-2">
              <Field
                id="end-on"
                name="leftOn"
                label={t("leftOn")}
                hint={t("dateHint")}
                inputMode="numeric"
                defaultValue={today}
                error={end.errors.leftOn}
              />
              <Field
                id="end-reason"
                name="reason"
                label={t("reason")}
                maxLength={500}
                error={end.errors.reason}
              />
            </div>
            <div className="flex flex-wrap items-center gap-4">
              <Button variant="secondary" pending={end.pending} pendingLabel={t("saving")}>
                {t("end")}
              </Button>
              <TextLink href={{ pathname: `/teams/${teamId}`, query: back }} className="text-sm">
                {t("cancel")}
              </TextLink>
            </div>
          </form>
        </>
      )}
    </section>
  );
}
