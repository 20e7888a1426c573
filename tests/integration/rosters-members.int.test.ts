// Rosters' members with history (add, move, end): citizen ID checks at the field, one leader per
// team (in the checks and in the database's index), notes for ages outside the range, possible
// duplicates, versioned edits of a person.
import { beforeAll, describe, expect, it } from "vitest";
import { updatePersonAction } from "@/app/[locale]/(portal)/people/actions";
import {
  addMemberAction,
  endMembershipAction,
  moveMemberAction,
} from "@/app/[locale]/(portal)/teams/actions";
import { FieldErrors } from "@/lib/auth/errors";
import { openingLeaderGuard } from "@/lib/rosters/membership-checks";
import viErrors from "@/messages/vi/errors.json";
import { testCitizenId } from "../support/citizen-ids";
import { ownerDb } from "../support/owner-db";
import {
  createMembershipRow,
  createPersonRow,
  createTeamRow,
  freshCitizenId,
  newMember,
  rosterCommunes,
} from "../support/rosters";
import { type Signed, signedInAs } from "../support/sign-in-as";

const ERRORS = viErrors.Errors;

let officer: Signed;
let giaRai: { provinceId: number; communeId: number };

beforeAll(async () => {
  officer = await signedInAs("COMMUNE_OFFICER", { provinceCode: "96", communeCode: "31942" });
  ({ giaRai } = await rosterCommunes());
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
      citizenId: testCitizenId("096", "MALE", 2010),
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
      citizenId: testCitizenId("096", "FEMALE", 1980),
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
