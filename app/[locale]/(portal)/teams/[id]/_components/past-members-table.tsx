import { getTranslations } from "next-intl/server";
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
import type { PastMember } from "@/lib/rosters/get-team";

/** The members who left (at most 200 rows): rendered on the server, no code in the browser. */
export async function PastMembersTable({
  rows,
  locale,
}: {
  rows: PastMember[];
  locale: AppLocale;
}) {
  const t = await getTranslations("Rosters");
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
