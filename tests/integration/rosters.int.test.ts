// Rosters as commune police keep them: teams, members with history (add, move, end), one leader
// per team, possible duplicates, citizen ID checks at the field, the audited reveal, version
// conflicts, and another commune's team being "not found".
import { randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { revealPersonAction, updatePersonAction } from "@/app/[locale]/(portal)/people/actions";
import {
  addMemberAction,
  createTeamAction,
  dissolveTeamAction,
  endMembershipAction,
  moveMemberAction,
  updateTeamAction,
} from "@/app/[locale]/(portal)/teams/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { FieldErrors } from "@/lib/auth/errors";
import { openingLeaderGuard } from "@/lib/rosters/membership-checks";
import { exportRoster } from "@/lib/rosters/export-roster";
import { getTeam, ROSTER_PAGE_SIZE, type RosterQuery } from "@/lib/rosters/get-team";
import { listTeams } from "@/lib/rosters/list-teams";
import viErrors from "@/messages/vi/errors.json";
import { unitIds } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import {
  createArea,
  createMembershipRow,
  createPersonRow,
  createTeamRow,
  freshCitizenId,
} from "../support/rosters";
import { type Signed, signedInAs } from "../support/sign-in-as";

const ERRORS = viErrors.Errors;

let officer: Signed;
let giaRai: { provinceId: number; communeId: number };
let hungHoi: { provinceId: number; communeId: number };

beforeAll(async () => {
  officer = await signedInAs("COMMUNE_OFFICER", { provinceCode: "96", communeCode: "31942" });
  const a = await unitIds("96", "31942");
  const b = await unitIds("96", "31906");
  giaRai = { provinceId: a.provinceId, communeId: a.communeId ?? -1 };
  hungHoi = { provinceId: b.provinceId, communeId: b.communeId ?? -1 };
});

const newMember = (teamId: string, overrides: Record<string, string> = {}) => ({
  teamId,
  fullName: "Trần Văn Bảo",
  gender: "MALE",
  birthDate: "15/03/1980",
  citizenId: freshCitizenId(),
  phone: "0912.345.678",
  role: "MEMBER",
  joinedOn: "01/09/2025",
  ...overrides,
});

describe("teams", () => {
  it("creates a grassroots security team over an area of the commune, and lists it by a name typed without diacritics", async () => {
    const area = await createArea(giaRai);
    const result = await officer.run(() =>
      createTeamAction(undefined, {
        kind: "GRASSROOTS_SECURITY",
        name: "Tổ bảo vệ ANTT Ấp Đông Hưng",
        areaIds: [area.id],
        establishedOn: "01/07/2024",
      }),
    );
    expect(result).toMatchObject({ ok: true });
    const id = result.ok ? result.data.id : "";
    const row = await ownerDb().team.findFirstOrThrow({
      where: { id },
      select: { communeId: true, kind: true, areas: { select: { residentialAreaId: true } } },
    });
    expect(row).toEqual({
      communeId: giaRai.communeId,
      kind: "GRASSROOTS_SECURITY",
      areas: [{ residentialAreaId: area.id }],
    });

    const list = await officer.run(async () => {
      const ctx = await getCurrentUser();
      if (!ctx) throw new Error("no session");
      return listTeams(ctx, { q: "to bao ve antt ap dong hung" });
    });
    expect(list.rows.map((r) => r.id)).toContain(id);

    // Each listed team's member count is its open memberships (members who left are not counted).
    const all = await officer.run(async () => {
      const ctx = await getCurrentUser();
      if (!ctx) throw new Error("no session");
      return listTeams(ctx, {});
    });
    expect(all.rows.length).toBeGreaterThan(1);
    for (const team of all.rows)
      expect(team.members).toBe(
        await ownerDb().membership.count({ where: { teamId: team.id, leftOn: null } }),
      );
    expect(all.rows.some((team) => team.members > 0)).toBe(true);
  });

  it("refuses a grassroots team without an area, at the field", async () => {
    const result = await officer.run(() =>
      createTeamAction(undefined, {
        kind: "GRASSROOTS_SECURITY",
        name: "Tổ không địa bàn",
        areaIds: [],
      }),
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        areaIds: "Tổ bảo vệ ANTT ở cơ sở phải phụ trách ít nhất một thôn, ấp, tổ dân phố.",
      },
    });
  });

  it("refuses a save over a newer version with the current values", async () => {
    const team = await createTeamRow(giaRai);
    const first = await officer.run(() =>
      updateTeamAction(undefined, {
        id: team.id,
        version: 1,
        name: "Tên mới 1",
        areaIds: [team.areaId],
      }),
    );
    expect(first).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await officer.run(() =>
      updateTeamAction(undefined, {
        id: team.id,
        version: 1,
        name: "Tên mới 2",
        areaIds: [team.areaId],
      }),
    );
    expect(stale).toMatchObject({
      ok: false,
      formError: "Người khác vừa lưu thay đổi. Hãy xem bản mới nhất và nhập lại.",
      conflict: { name: "Tên mới 1", version: 2 },
    });
    expect((await ownerDb().team.findFirstOrThrow({ where: { id: team.id } })).name).toBe(
      "Tên mới 1",
    );
  });

  it("shows another commune's team as not found to a commune officer, and changes nothing", async () => {
    const other = await createTeamRow(hungHoi);
    const result = await officer.run(() =>
      dissolveTeamAction(undefined, {
        id: other.id,
        version: 1,
        dissolvedOn: "01/10/2025",
        reason: "Thử",
      }),
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Không tìm thấy dữ liệu trong phạm vi quản lý của bạn.",
    });
    const view = await officer.run(async () => {
      const ctx = await getCurrentUser();
      return ctx ? getTeam(ctx, other.id) : "no session";
    });
    expect(view).toBeNull();
    expect((await ownerDb().team.findFirstOrThrow({ where: { id: other.id } })).status).toBe(
      "ACTIVE",
    );
  });

  it("dissolves a team with date and reason and ends its memberships, keeping them", async () => {
    const team = await createTeamRow(giaRai);
    const person = await createPersonRow(giaRai);
    const m = await createMembershipRow(team, person.id, "LEADER");
    const result = await officer.run(() =>
      dissolveTeamAction(undefined, {
        id: team.id,
        version: 1,
        dissolvedOn: "30/09/2025",
        reason: "Sáp nhập ấp",
      }),
    );
    expect(result).toMatchObject({ ok: true, data: { membershipsEnded: 1 } });
    const row = await ownerDb().membership.findFirstOrThrow({ where: { id: m.id } });
    expect(row.leftOn?.toISOString().slice(0, 10)).toBe("2025-09-30");
    expect(row.leftReason).toBe("Sáp nhập ấp");
  });
});

describe("members", () => {
  it("refuses a bad citizen ID at the field, then adds the corrected one stored cleaned, phone in E.164", async () => {
    const team = await createTeamRow(giaRai);
    // 096 1 80…: the digit of a woman born 1900–1999 for a man.
    const bad = await officer.run(() =>
      addMemberAction(undefined, newMember(team.id, { citizenId: "096 180 123 456" })),
    );
    expect(bad).toEqual({
      ok: false,
      fieldErrors: {
        citizenId:
          "Số thứ tư của CCCD không khớp giới tính: nam là số chẵn (0, 2), nữ là số lẻ (1, 3).",
      },
    });
    const century = await officer.run(() =>
      addMemberAction(undefined, newMember(team.id, { citizenId: "096280123456" })),
    );
    expect(century).toMatchObject({
      ok: false,
      fieldErrors: { citizenId: ERRORS.citizenIdCentury },
    });
    const province = await officer.run(() =>
      addMemberAction(undefined, newMember(team.id, { citizenId: "003080123456" })),
    );
    expect(province).toMatchObject({
      ok: false,
      fieldErrors: { citizenId: ERRORS.citizenIdProvince },
    });

    const id = freshCitizenId();
    const good = await officer.run(() =>
      addMemberAction(
        undefined,
        newMember(team.id, { citizenId: `${id.slice(0, 3)} ${id.slice(3, 6)}.${id.slice(6)}` }),
      ),
    );
    expect(good).toMatchObject({ ok: true, data: { status: "added" } });
    const person = await ownerDb().person.findFirstOrThrow({ where: { citizenId: id } });
    expect(person).toMatchObject({
      communeId: giaRai.communeId,
      phone: "+84912345678",
      fullName: "Trần Văn Bảo",
    });
  });

  it("allows one leader at a time, with a field error in Vietnamese", async () => {
    const team = await createTeamRow(giaRai);
    const first = await officer.run(() =>
      addMemberAction(undefined, newMember(team.id, { role: "LEADER", fullName: "Lê Văn Một" })),
    );
    expect(first).toMatchObject({ ok: true, data: { status: "added" } });
    const second = await officer.run(() =>
      addMemberAction(undefined, newMember(team.id, { role: "LEADER", fullName: "Lê Văn Hai" })),
    );
    expect(second).toMatchObject({
      ok: false,
      fieldErrors: { role: ERRORS.teamHasLeader },
    });
    const leaders = await ownerDb().membership.count({
      where: { teamId: team.id, role: "LEADER", leftOn: null },
    });
    expect(leaders).toBe(1);
  });

  it("asks for a note for a grassroots member outside 18–70 and keeps it", async () => {
    const team = await createTeamRow(giaRai);
    const young = newMember(team.id, {
      fullName: "Phạm Văn Trẻ",
      birthDate: "01/01/2010",
      citizenId: freshCitizenId().replace(/^096080/, "096210"),
    });
    const refused = await officer.run(() => addMemberAction(undefined, young));
    expect(refused).toMatchObject({
      ok: false,
      fieldErrors: { ageNote: ERRORS.ageConfirmRequired },
    });
    const confirmed = await officer.run(() =>
      addMemberAction(undefined, {
        ...young,
        ageNote: "Quyết định số 12/QĐ-UBND của Chủ tịch UBND phường",
      }),
    );
    expect(confirmed).toMatchObject({ ok: true });
    const m = await ownerDb().membership.findFirstOrThrow({ where: { teamId: team.id } });
    expect(m.ageNote).toBe("Quyết định số 12/QĐ-UBND của Chủ tịch UBND phường");
  });

  it("shows a possible duplicate before saving, and saves only once the officer chooses", async () => {
    const team = await createTeamRow(giaRai);
    const existing = await createPersonRow(giaRai, "Võ Thị Duyên Hải");
    await ownerDb().person.updateMany({
      where: { id: existing.id },
      data: { gender: "FEMALE", birthDate: new Date("1980-05-05T00:00:00Z") },
    });
    const typed = newMember(team.id, {
      fullName: "vo thi duyen hai".replace("vo thi", "Võ  thị").replace("duyen hai", "Duyên Hải"),
      gender: "FEMALE",
      birthDate: "05/05/1980",
      citizenId: freshCitizenId().replace(/^096080/, "096180"),
    });
    const persons = await ownerDb().person.count();
    const asked = await officer.run(() => addMemberAction(undefined, typed));
    expect(asked).toMatchObject({
      ok: true,
      data: { status: "duplicates", candidates: [{ id: existing.id, sameCitizenId: false }] },
    });
    expect(await ownerDb().person.count()).toBe(persons);

    // The officer chooses the existing person.
    const chosen = await officer.run(() =>
      addMemberAction(undefined, { ...typed, personId: existing.id }),
    );
    expect(chosen).toMatchObject({ ok: true, data: { status: "added", personId: existing.id } });
    expect(await ownerDb().person.count()).toBe(persons);

    // Or says it is someone else: a second person is made.
    const other = await createTeamRow(giaRai);
    const different = await officer.run(() =>
      addMemberAction(undefined, { ...typed, teamId: other.id, confirmDifferent: "on" }),
    );
    expect(different).toMatchObject({ ok: true, data: { status: "added" } });
    expect(await ownerDb().person.count()).toBe(persons + 1);
  });

  it("moves a member in one transaction and ends a membership, keeping the history", async () => {
    const from = await createTeamRow(giaRai);
    const to = await createTeamRow(giaRai);
    const person = await createPersonRow(giaRai);
    const m = await createMembershipRow(from, person.id, "DEPUTY");
    const moved = await officer.run(() =>
      moveMemberAction(undefined, {
        membershipId: m.id,
        version: m.version,
        toTeamId: to.id,
        role: "MEMBER",
        movedOn: "01/10/2025",
        reason: "Chuyển nơi ở",
      }),
    );
    expect(moved).toMatchObject({ ok: true });
    const history = await ownerDb().membership.findMany({
      where: { personId: person.id },
      orderBy: { joinedOn: "asc" },
      select: { teamId: true, role: true, leftOn: true, leftReason: true },
    });
    expect(history).toEqual([
      {
        teamId: from.id,
        role: "DEPUTY",
        leftOn: new Date("2025-10-01T00:00:00Z"),
        leftReason: "Chuyển nơi ở",
      },
      { teamId: to.id, role: "MEMBER", leftOn: null, leftReason: null },
    ]);

    const current = await ownerDb().membership.findFirstOrThrow({
      where: { personId: person.id, leftOn: null },
    });
    const ended = await officer.run(() =>
      endMembershipAction(undefined, {
        membershipId: current.id,
        version: current.version,
        leftOn: "15/11/2025",
        reason: "Đi làm ăn xa",
      }),
    );
    expect(ended).toMatchObject({ ok: true });
    expect(await ownerDb().membership.count({ where: { personId: person.id } })).toBe(2);
    expect(await ownerDb().membership.count({ where: { personId: person.id, leftOn: null } })).toBe(
      0,
    );

    // The ended membership cannot be ended again (stale version or not): nothing changes.
    const again = await officer.run(() =>
      endMembershipAction(undefined, {
        membershipId: current.id,
        version: current.version + 1,
        leftOn: "16/11/2025",
        reason: "Lần nữa",
      }),
    );
    expect(again).toMatchObject({ ok: false, formError: "Thành viên này đã rời tổ trước đó." });
  });

  it("refuses a move into a team that already has a leader, and moves nothing", async () => {
    const from = await createTeamRow(giaRai);
    const to = await createTeamRow(giaRai);
    const leader = await createPersonRow(giaRai);
    await createMembershipRow(to, leader.id, "LEADER");
    const person = await createPersonRow(giaRai);
    const m = await createMembershipRow(from, person.id, "LEADER");
    const moved = await officer.run(() =>
      moveMemberAction(undefined, {
        membershipId: m.id,
        version: m.version,
        toTeamId: to.id,
        role: "LEADER",
        movedOn: "01/10/2025",
        reason: "Điều động",
      }),
    );
    expect(moved).toMatchObject({
      ok: false,
      fieldErrors: { role: ERRORS.teamHasLeader },
    });
    expect(
      (await ownerDb().membership.findFirstOrThrow({ where: { id: m.id } })).leftOn,
    ).toBeNull();
  });

  it("edits a person with a version, refusing a stale one", async () => {
    const person = await createPersonRow(giaRai);
    const body = {
      id: person.id,
      fullName: "Nguyễn Văn Sửa",
      gender: "MALE",
      birthDate: "05/05/1980",
      citizenId: person.citizenId ?? "",
      phone: "+84 987 654 321",
    };
    const saved = await officer.run(() => updatePersonAction(undefined, { ...body, version: 1 }));
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    const stale = await officer.run(() =>
      updatePersonAction(undefined, { ...body, fullName: "Khác", version: 1 }),
    );
    expect(stale).toMatchObject({
      ok: false,
      conflict: { fullName: "Nguyễn Văn Sửa", version: 2 },
    });
    expect(await ownerDb().person.findFirstOrThrow({ where: { id: person.id } })).toMatchObject({
      fullName: "Nguyễn Văn Sửa",
      phone: "+84987654321",
    });
  });
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

describe("the database's one-leader index", () => {
  it("turns a second leader that slips past the check into the same field error", async () => {
    const team = await createTeamRow(giaRai);
    const a = await createPersonRow(giaRai);
    const b = await createPersonRow(giaRai);
    await createMembershipRow(team, a.id, "LEADER");
    const attempt = openingLeaderGuard(() => createMembershipRow(team, b.id, "LEADER"));
    await expect(attempt).rejects.toBeInstanceOf(FieldErrors);
    await expect(
      openingLeaderGuard(() => createMembershipRow(team, b.id, "LEADER")),
    ).rejects.toMatchObject({ fields: { role: { key: "teamHasLeader" } } });
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

describe("a roster of 1,000 members", () => {
  it("is read a page at a time: leaders first, the whole team's counts, a name search", async () => {
    const team = await createTeamRow(giaRai);
    const db = ownerDb();
    const persons = Array.from({ length: 1000 }, (_, i) => ({
      id: randomUUID(),
      ...giaRai,
      fullName: `Thành Viên Số ${String(i).padStart(4, "0")}`,
      gender: "MALE" as const,
      birthDate: new Date("1980-05-05T00:00:00Z"),
    }));
    await db.person.createMany({ data: persons });
    const memberships = persons.map((p, i) => ({
      id: randomUUID(),
      ...giaRai,
      teamId: team.id,
      personId: p.id,
      role: i === 500 ? ("LEADER" as const) : i === 900 ? ("DEPUTY" as const) : ("MEMBER" as const),
      joinedOn: new Date("2024-08-01T00:00:00Z"),
    }));
    await db.membership.createMany({ data: memberships });
    const read = (query: RosterQuery = {}) =>
      officer.run(async () => {
        const ctx = await getCurrentUser();
        return ctx ? getTeam(ctx, team.id, query) : null;
      });
    await read(); // the first read also warms the connection pool and the query plans
    const started = performance.now();
    const view = await read();
    const seconds = (performance.now() - started) / 1000;
    console.log(JSON.stringify({ name: "roster.read", members: 1000, seconds }));
    expect(view).toMatchObject({
      memberCount: 1000,
      roleCounts: { LEADER: 1, DEPUTY: 1, MEMBER: 998 },
      matched: 1000,
      page: 1,
      pageCount: Math.ceil(1000 / ROSTER_PAGE_SIZE),
    });
    expect(view?.members).toHaveLength(ROSTER_PAGE_SIZE);
    expect(view?.members[0]).toMatchObject({ role: "LEADER", fullName: "Thành Viên Số 0500" });
    expect(view?.members[1]).toMatchObject({ role: "DEPUTY", fullName: "Thành Viên Số 0900" });
    expect(view?.members[2]).toMatchObject({ role: "MEMBER", fullName: "Thành Viên Số 0000" });
    expect(view?.leaders.map((l) => [l.role, l.fullName])).toEqual([
      ["LEADER", "Thành Viên Số 0500"],
      ["DEPUTY", "Thành Viên Số 0900"],
    ]);
    expect(seconds).toBeLessThan(1);

    // Every member on exactly one page; past the last page, the last page.
    const seen = new Set<string>();
    for (let page = 1; page <= (view?.pageCount ?? 0); page++)
      for (const m of (await read({ page }))?.members ?? []) seen.add(m.membershipId);
    expect(seen.size).toBe(1000);
    const last = await read({ page: 9999 });
    expect(last?.page).toBe(view?.pageCount);
    expect(last?.members.at(-1)?.fullName).toBe("Thành Viên Số 0999");

    // A search by name without diacritics; the counts stay the whole team's, the leader is named.
    const found = await read({ q: "thanh vien so 0042" });
    expect(found).toMatchObject({ memberCount: 1000, matched: 1, pageCount: 1 });
    expect(found?.members.map((m) => m.fullName)).toEqual(["Thành Viên Số 0042"]);
    expect(found?.leaders[0]?.fullName).toBe("Thành Viên Số 0500");
    const deputies = await read({ role: "DEPUTY" });
    expect(deputies?.members.map((m) => m.fullName)).toEqual(["Thành Viên Số 0900"]);

    // The member the move / leave forms act on, wherever they are in the list.
    const far = memberships[999];
    const chosen = await read({ memberId: far?.id });
    expect(chosen?.chosen).toMatchObject({
      membershipId: far?.id,
      membershipVersion: 1,
      fullName: "Thành Viên Số 0999",
    });
    expect(chosen?.members.some((m) => m.membershipId === far?.id)).toBe(false);
  });
});
