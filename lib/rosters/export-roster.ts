import type { AuthContext } from "@/lib/auth/current-user";
import { tenantWhere } from "@/lib/auth/scope";
import { inScope } from "@/lib/db/scoped";
import type { Gender, MemberRole, Prisma } from "@/lib/generated/prisma/client";
import { buildWorkbook, type Column } from "@/lib/export/xlsx";
import { maskCitizenId } from "./citizen-id";
import { maskPhone } from "./phone";

// A roster as an Excel file: a team's current members, or every current member of a commune's
// teams. Citizen IDs and phones are masked in the file as on the screen: a file travels further
// than a screen, and an unmasked value is only ever shown one at a time, audited.

const ROLE: Record<MemberRole, string> = {
  LEADER: "Tổ trưởng",
  DEPUTY: "Tổ phó",
  MEMBER: "Tổ viên",
};
const GENDER: Record<Gender, string> = { MALE: "Nam", FEMALE: "Nữ" };
const ROLE_ORDER: Record<MemberRole, number> = { LEADER: 0, DEPUTY: 1, MEMBER: 2 };

interface Row {
  index: number;
  team: string;
  fullName: string;
  gender: Gender;
  birthDate: Date | null;
  role: MemberRole;
  joinedOn: Date;
  citizenId: string | null;
  phone: string | null;
  area: string | null;
  ethnicity: string;
}

const COLUMNS: Column<Row>[] = [
  { header: "STT", value: (r) => r.index, kind: "integer", width: 6 },
  { header: "Tổ", value: (r) => r.team, width: 32 },
  { header: "Họ và tên", value: (r) => r.fullName, width: 28 },
  { header: "Giới tính", value: (r) => GENDER[r.gender], width: 10 },
  { header: "Ngày sinh", value: (r) => r.birthDate, kind: "date", width: 12 },
  { header: "Dân tộc", value: (r) => r.ethnicity, width: 12 },
  { header: "Vai trò", value: (r) => ROLE[r.role], width: 12 },
  { header: "Ngày vào tổ", value: (r) => r.joinedOn, kind: "date", width: 12 },
  { header: "Số CCCD", value: (r) => (r.citizenId ? maskCitizenId(r.citizenId) : null), width: 16 },
  { header: "Số điện thoại", value: (r) => (r.phone ? maskPhone(r.phone) : null), width: 16 },
  { header: "Thôn, ấp, tổ dân phố", value: (r) => r.area, width: 24 },
];

export type RosterExport = { fileName: string; buffer: Buffer } | null;

/** The file of one team, or of a commune (the caller's own, or one of a province officer's). */
export async function exportRoster(
  ctx: AuthContext,
  what: { teamId: string } | { communeId: number | null },
): Promise<RosterExport> {
  const found = await inScope(ctx, async (tx) => {
    let where: Prisma.MembershipWhereInput;
    let title: string;
    if ("teamId" in what) {
      const team = await tx.team.findFirst({
        where: { id: what.teamId, ...tenantWhere(ctx.scope) },
        select: { id: true, name: true, provinceId: true, commune: { select: { name: true } } },
      });
      if (!team) return null;
      where = { provinceId: team.provinceId, teamId: team.id, leftOn: null };
      title = `Danh sách thành viên ${team.name} — ${team.commune.name}`;
    } else {
      // Every role that reads the commune's roster exports it: the ministry any commune, a
      // province its own communes, a commune officer their own commune (whatever is named).
      const communeId = ctx.scope.level === "COMMUNE" ? ctx.scope.communeId : what.communeId;
      if (!communeId) return null;
      const commune = await tx.commune.findFirst({
        where: {
          id: communeId,
          ...(ctx.scope.level === "NATION" ? {} : { provinceId: ctx.scope.provinceId }),
        },
        select: { id: true, provinceId: true, name: true },
      });
      if (!commune) return null;
      where = { provinceId: commune.provinceId, communeId: commune.id, leftOn: null };
      title = `Danh sách thành viên các tổ — ${commune.name}`;
    }
    const rows = await tx.membership.findMany({
      where,
      select: {
        role: true,
        joinedOn: true,
        team: { select: { name: true } },
        person: {
          select: {
            fullName: true,
            searchKey: true,
            gender: true,
            birthDate: true,
            citizenId: true,
            phone: true,
            ethnicity: { select: { name: true } },
            residentialArea: { select: { name: true } },
          },
        },
      },
    });
    return { title, rows };
  });
  if (!found) return null;
  const collator = new Intl.Collator("vi");
  const sorted = [...found.rows].sort(
    (a, b) =>
      collator.compare(a.team.name, b.team.name) ||
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      collator.compare(a.person.fullName, b.person.fullName),
  );
  const buffer = await buildWorkbook<Row>({
    sheet: "Danh sách thành viên",
    title: found.title,
    columns: COLUMNS,
    rows: sorted.map((m, i) => ({
      index: i + 1,
      team: m.team.name,
      fullName: m.person.fullName,
      gender: m.person.gender,
      birthDate: m.person.birthDate,
      role: m.role,
      joinedOn: m.joinedOn,
      citizenId: m.person.citizenId,
      phone: m.person.phone,
      area: m.person.residentialArea?.name ?? null,
      ethnicity: m.person.ethnicity.name,
    })),
  });
  return { fileName: `${found.title}.xlsx`, buffer };
}
