"use client";

// A client component although it only renders: a server component's 1,000 rows travel twice, as
// HTML and again as their whole element tree in the page's payload (6.2 MB for 1,000 members);
// from here the payload carries only the rows' data (3.1 MB in all), and the server spends half
// the time on the page (about 330 ms of CPU instead of 650–700 ms, measured on the demo data).
import { useTranslations } from "next-intl";
import { TextLink } from "@/components/ui/link";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";
import { formatDate } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { PastMember, RosterMember } from "@/lib/rosters/get-team";
import { RevealValue } from "../../../people/_components/reveal-button";

/** The current members: plain rows, no state (a roster of 1,000 stays light). */
export function RosterTable({
  teamId,
  members,
  locale,
  canEdit,
  canReveal,
}: {
  teamId: string;
  members: RosterMember[];
  locale: AppLocale;
  canEdit: boolean;
  canReveal: boolean;
}) {
  const t = useTranslations("Rosters");
  return (
    <Table caption={t("membersCaption")} layout="stack">
      <TableHead layout="stack">
        <HeaderCell>{t("colFullName")}</HeaderCell>
        <HeaderCell>{t("colRole")}</HeaderCell>
        <HeaderCell>{t("colBirthDate")}</HeaderCell>
        <HeaderCell>{t("colCitizenId")}</HeaderCell>
        <HeaderCell>{t("colPhone")}</HeaderCell>
        <HeaderCell>{t("colJoined")}</HeaderCell>
        {canEdit ? <HeaderCell>{t("colActions")}</HeaderCell> : null}
      </TableHead>
      <StackBody>
        {members.map((m) => (
          <StackRow key={m.membershipId}>
            <StackCell label={t("colFullName")} className="col-span-2">
              <TextLink href={`/people/${m.personId}`}>{m.fullName}</TextLink>
              {m.areaName ? (
                <span className="block text-xs text-slate-600">{m.areaName}</span>
              ) : null}
              {m.ageNote ? (
                <span className="block text-xs text-slate-700">
                  {t("ageNoted", { note: m.ageNote })}
                </span>
              ) : null}
            </StackCell>
            <StackCell label={t("colRole")}>
              <span className={m.role === "MEMBER" ? "" : "font-semibold"}>
                {t(`role.${m.role}`)}
              </span>
            </StackCell>
            <StackCell label={t("colBirthDate")}>
              {m.birthDate ? formatDate(m.birthDate, locale) : t("none")}
            </StackCell>
            <StackCell label={t("colCitizenId")}>
              <RevealValue
                personId={m.personId}
                personName={m.fullName}
                field="citizenId"
                masked={m.citizenId}
                canReveal={canReveal}
              />
            </StackCell>
            <StackCell label={t("colPhone")}>
              <RevealValue
                personId={m.personId}
                personName={m.fullName}
                field="phone"
                masked={m.phone}
                canReveal={canReveal}
              />
            </StackCell>
            <StackCell label={t("colJoined")}>{formatDate(m.joinedOn, locale)}</StackCell>
            {canEdit ? (
              <StackCell label={t("colActions")}>
                <TextLink
                  href={{
                    pathname: `/teams/${teamId}`,
                    query: { member: m.membershipId },
                    hash: "member-change",
                  }}
                  className="text-sm"
                >
                  {t("changeMember")}
                </TextLink>
              </StackCell>
            ) : null}
          </StackRow>
        ))}
      </StackBody>
    </Table>
  );
}

export function PastMembersTable({ rows, locale }: { rows: PastMember[]; locale: AppLocale }) {
  const t = useTranslations("Rosters");
  return (
    <Table caption={t("historyCaption")} layout="stack">
      <TableHead layout="stack">
        <HeaderCell>{t("colFullName")}</HeaderCell>
        <HeaderCell>{t("colRole")}</HeaderCell>
        <HeaderCell>{t("colJoined")}</HeaderCell>
        <HeaderCell>{t("colLeft")}</HeaderCell>
        <HeaderCell>{t("colLeftReason")}</HeaderCell>
      </TableHead>
      <StackBody>
        {rows.map((m) => (
          <StackRow key={m.membershipId}>
            <StackCell label={t("colFullName")} className="col-span-2">
              <TextLink href={`/people/${m.personId}`}>{m.fullName}</TextLink>
            </StackCell>
            <StackCell label={t("colRole")}>{t(`role.${m.role}`)}</StackCell>
            <StackCell label={t("colJoined")}>{formatDate(m.joinedOn, locale)}</StackCell>
            <StackCell label={t("colLeft")}>{formatDate(m.leftOn, locale)}</StackCell>
            <StackCell label={t("colLeftReason")}>{m.leftReason}</StackCell>
          </StackRow>
        ))}
      </StackBody>
    </Table>
  );
}
