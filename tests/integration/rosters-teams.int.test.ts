// Rosters as commune police keep them: teams over the commune's areas, found by a name typed
// without diacritics, version conflicts, another commune's team being "not found", dissolving; a
// roster of 1,000 members read a page at a time.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createTeamAction,
  dissolveTeamAction,
  updateTeamAction,
} from "@/app/[locale]/(portal)/teams/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getTeam, ROSTER_PAGE_SIZE, type RosterQuery } from "@/lib/rosters/get-team";
import { listRosterOptions } from "@/lib/rosters/list-roster-options";
import { listTeams } from "@/lib/rosters/list-teams";
import { ownerDb } from "../support/owner-db";
import {
  createArea,
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

describe("the team forms' places", () => {
  const optionsAs = (who: Signed, communeId: number | null) =>
    who.run(async () => {
      const ctx = await getCurrentUser();
      if (!ctx) throw new Error("no session");
      return listRosterOptions(ctx, communeId);
    });

  it("offers a province officer every point and area of the commune chosen, and nothing of another commune or province", async () => {
    const province = await signedInAs("PROVINCE_OFFICER", { provinceCode: "96" });
    const db = ownerDb();
    const [areas, points, communes, elsewhere] = await Promise.all([
      db.residentialArea.findMany({ where: { communeId: giaRai.communeId, active: true } }),
      db.replicationPoint.findMany({
        where: { communeId: giaRai.communeId, status: { not: "DISSOLVED" } },
      }),
      db.commune.count({ where: { provinceId: giaRai.provinceId } }),
      db.commune.findFirstOrThrow({ where: { provinceId: { not: giaRai.provinceId } } }),
    ]);
    expect(areas.length).toBeGreaterThan(0);

    const chosen = await optionsAs(province, giaRai.communeId);
    expect(chosen.communes).toHaveLength(communes);
    expect(chosen.areas.map((a) => a.id).sort()).toEqual(areas.map((a) => a.id).sort());
    expect(chosen.points.map((p) => p.id).sort()).toEqual(points.map((p) => p.id).sort());

    // No commune chosen yet: the communes to choose from, no places.
    const none = await optionsAs(province, null);
    expect(none.communes).toHaveLength(communes);
    expect([none.areas, none.points]).toEqual([[], []]);
    // Another province's commune: nothing of it.
    const outside = await optionsAs(province, elsewhere.id);
    expect([outside.areas, outside.points]).toEqual([[], []]);
  });

  it("offers a commune officer their own commune's places whatever commune is asked for", async () => {
    const own = await optionsAs(officer, hungHoi.communeId);
    expect(own.communes.map((c) => c.id)).toEqual([giaRai.communeId]);
    expect(own.areas.length).toBeGreaterThan(0);
    expect(own.areas.every((a) => a.communeId === giaRai.communeId)).toBe(true);
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
