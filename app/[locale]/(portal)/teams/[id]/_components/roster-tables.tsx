"use client";

// A client component although it only renders: a server component's rows travel twice, as HTML
// and again as their whole element tree in the page's payload; from here the payload carries only
// each row's data, once, already formatted (dates as text, no field the table does not show). A
// page holds at most ROSTER_PAGE_SIZE rows (lib/rosters/get-team.ts).
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
import { RevealValue } from "../../../people/_components/reveal-button";

/** One row of the roster as the page sends it. */
export interface RosterRow {
  /** The membership. */
  id: string;
  person: string;
  name: string;
  area: string | null;
  note: string | null;
  role: "LEADER" | "DEPUTY" | "MEMBER";
  born: string | null;
  joined: string;
  cid: string | null;
  phone: string | null;
}

/** The current members of one page: plain rows, no state. */
export function RosterTable({
  teamId,
  rows,
  here,
  canEdit,
  canReveal,
}: {
  teamId: string;
  rows: RosterRow[];
  /** The roster's search and page, kept by the "move / leave" links. */
  here: Record<string, string>;
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
        {rows.map((m) => (
          <StackRow key={m.id}>
            <StackCell label={t("colFullName")} className="col-span-2">
              <TextLink href={`/people/${m.person}`}>{m.name}</TextLink>
              {m.area ? <span className="block text-xs text-slate-600">{m.area}</span> : null}
              {m.note ? (
                <span className="block text-xs text-slate-700">
                  {t("ageNoted", { note: m.note })}
                </span>
              ) : null}
            </StackCell>
            <StackCell label={t("colRole")}>
              <span className={m.role === "MEMBER" ? "" : "font-semibold"}>
                {t(`role.${m.role}`)}
              </span>
            </StackCell>
            <StackCell label={t("colBirthDate")}>{m.born ?? t("none")}</StackCell>
            <StackCell label={t("colCitizenId")}>
              <RevealValue
                personId={m.person}
                personName={m.name}
                field="citizenId"
                masked={m.cid}
                canReveal={canReveal}
              />
            </StackCell>
            <StackCell label={t("colPhone")}>
              <RevealValue
                personId={m.person}
                personName={m.name}
                field="phone"
                masked={m.phone}
                canReveal={canReveal}
              />
            </StackCell>
            <StackCell label={t("colJoined")}>{m.joined}</StackCell>
            {canEdit ? (
              <StackCell label={t("colActions")}>
                <TextLink
                  href={{
                    pathname: `/teams/${teamId}`,
                    query: { ...here, member: m.id },
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
