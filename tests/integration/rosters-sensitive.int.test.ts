// Rosters' sensitive data: citizen IDs and phones masked on the roster and in its .xlsx export,
// the audited reveal, and another commune's person or team giving nothing away.
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { revealPersonAction } from "@/app/[locale]/(portal)/people/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { exportRoster } from "@/lib/rosters/export-roster";
import { getTeam } from "@/lib/rosters/get-team";
import { ownerDb } from "../support/owner-db";
import {
  createMembershipRow,
  createPersonRow,
  createTeamRow,
  rosterCommunes,
} from "../support/rosters";
import { type Signed, signedInAs } from "../support/sign-in-as";

let officer: Signed;
let giaRai: { provinceId: number; communeId: number };
let hungHoi: { provinceId: number; communeId: number };

beforeAll(async () => {
  officer = await signedInAs("COMMUNE_OFFICER", { provinceCode: "96", communeCode: "31942" });
  ({ giaRai, hungHoi } = await rosterCommunes());
});

describe("sensitive data", () => {
  it("shows citizen IDs and phones masked on the roster", async () => {
    const team = await createTeamRow(giaRai);
    const person = await createPersonRow(giaRai);
    await createMembershipRow(team, person.id);
    const view = await officer.run(async () => {
      const ctx = await getCurrentUser();
      return ctx ? getTeam(ctx, team.id) : null;
    });
    const member = view?.members[0];
    expect(member?.citizenId).toBe(`••••••••${(person.citizenId ?? "").slice(-4)}`);
    expect(JSON.stringify(view)).not.toContain(person.citizenId ?? "-");
    expect(member?.phone).toBe("•••• ••5 678");
  });

  it("reveals a citizen ID with an audit row naming who saw whose", async () => {
    const person = await createPersonRow(giaRai, "Đặng Văn Lộ");
    const before = await ownerDb().auditLog.count({
      where: { action: "REVEAL", entityId: person.id },
    });
    const result = await officer.run(() =>
      revealPersonAction(undefined, { personId: person.id, field: "citizenId" }),
    );
    expect(result).toEqual({
      ok: true,
      data: { personId: person.id, field: "citizenId", value: person.citizenId },
    });
    const rows = await ownerDb().auditLog.findMany({
      where: { action: "REVEAL", entityId: person.id },
    });
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      entity: "Person",
      userId: officer.userId,
      communeId: giaRai.communeId,
      detail: "person.citizen-id-revealed name=%C4%90%E1%BA%B7ng%20V%C4%83n%20L%E1%BB%99",
    });
  });

  it("refuses to reveal another commune's person, and writes no REVEAL row", async () => {
    const person = await createPersonRow(hungHoi);
    const result = await officer.run(() =>
      revealPersonAction(undefined, { personId: person.id, field: "phone" }),
    );
    expect(result).toMatchObject({
      ok: false,
      formError: "Không tìm thấy dữ liệu trong phạm vi quản lý của bạn.",
    });
    expect(
      await ownerDb().auditLog.count({ where: { action: "REVEAL", entityId: person.id } }),
    ).toBe(0);
  });
});

describe("roster export", () => {
  it("writes the team's roster to .xlsx with Vietnamese headers, real dates and masked numbers", async () => {
    const team = await createTeamRow(giaRai, { name: "Tổ bảo vệ ANTT Xuất Tệp" });
    const leader = await createPersonRow(giaRai, "Ông Văn Trưởng");
    const member = await createPersonRow(giaRai, "Bà Thị Viên");
    await createMembershipRow(team, member.id, "MEMBER");
    await createMembershipRow(team, leader.id, "LEADER");
    const file = await officer.run(async () => {
      const ctx = await getCurrentUser();
      return ctx ? exportRoster(ctx, { teamId: team.id }) : null;
    });
    expect(file?.fileName).toBe(
      `Danh sách thành viên Tổ bảo vệ ANTT Xuất Tệp — Phường Giá Rai.xlsx`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.read(Readable.from([file?.buffer ?? Buffer.alloc(0)]));
    const sheet = workbook.worksheets[0];
    const values = (row: number) =>
      ((sheet?.getRow(row).values ?? []) as ExcelJS.CellValue[]).slice(1);
    expect(values(2)).toEqual([
      "STT",
      "Tổ",
      "Họ và tên",
      "Giới tính",
      "Ngày sinh",
      "Dân tộc",
      "Vai trò",
      "Ngày vào tổ",
      "Số CCCD",
      "Số điện thoại",
      "Thôn, ấp, tổ dân phố",
    ]);
    // Leaders first; dates as dates shown dd/mm/yyyy; the citizen ID and phone masked in the file too.
    expect(values(3).slice(0, 9)).toEqual([
      1,
      "Tổ bảo vệ ANTT Xuất Tệp",
      "Ông Văn Trưởng",
      "Nam",
      new Date("1980-05-05T00:00:00Z"),
      "Kinh",
      "Tổ trưởng",
      new Date("2024-08-01T00:00:00Z"),
      `••••••••${(leader.citizenId ?? "").slice(-4)}`,
    ]);
    expect(values(3)[9]).toBe("•••• ••5 678");
    expect(sheet?.getColumn(5).numFmt).toBe("dd/mm/yyyy");
    expect(values(4)[2]).toBe("Bà Thị Viên");
    const text = JSON.stringify([values(3), values(4)]);
    expect(text).not.toContain(leader.citizenId ?? "-");
    expect(text).not.toContain("912345678");
  });

  it("exports nothing of another commune's team", async () => {
    const other = await createTeamRow(hungHoi);
    const file = await officer.run(async () => {
      const ctx = await getCurrentUser();
      return ctx ? exportRoster(ctx, { teamId: other.id }) : "no session";
    });
    expect(file).toBeNull();
  });
});
