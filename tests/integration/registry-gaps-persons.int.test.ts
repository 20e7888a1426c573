// The gaps the review of the rosters found: one person per citizen ID within a province, across the
// communes a commune officer cannot see; a person's ethnicity, religion, affiliation and phone kept
// and corrected.
import { beforeAll, describe, expect, it } from "vitest";
import { updatePersonAction } from "@/app/[locale]/(portal)/people/actions";
import { addMemberAction } from "@/app/[locale]/(portal)/teams/actions";
import { inScope } from "@/lib/db/scoped";
import { getTeam } from "@/lib/rosters/get-team";
import { lookUpPersons } from "@/lib/rosters/person-lookup";
import { uniqueName } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import {
  createMembershipRow,
  createPersonRow,
  createTeamRow,
  freshCitizenId,
} from "../support/rosters";
import { type Signed } from "../support/sign-in-as";
import { ctxOf, registryGapsFixture } from "../support/registry-gaps";

let giaRaiOfficer: Signed;
let ministry: Signed;
let giaRai: { provinceId: number; communeId: number };
let hungHoi: { provinceId: number; communeId: number };
let haGiang2: { provinceId: number; communeId: number };

beforeAll(async () => {
  ({ giaRaiOfficer, ministry, giaRai, hungHoi, haGiang2 } = await registryGapsFixture());
});

describe("one person per citizen ID within a province", () => {
  it("a commune officer adding a member whose citizen ID another commune keeps is told, and links to that person", async () => {
    const elsewhere = await createPersonRow(hungHoi, "Lê Văn Hồng Nhật");
    const theirTeam = await createTeamRow(hungHoi);
    await createMembershipRow(theirTeam, elsewhere.id);
    const ourTeam = await createTeamRow(giaRai);
    const member = {
      teamId: ourTeam.id,
      fullName: "Lê Văn Hồng Nhật",
      gender: "MALE",
      birthDate: "05/05/1980",
      citizenId: elsewhere.citizenId ?? "",
      role: "MEMBER",
      joinedOn: "01/09/2025",
    };
    const persons = await ownerDb().person.count();
    const first = await giaRaiOfficer.run(() => addMemberAction(undefined, member));
    expect(first).toMatchObject({
      ok: true,
      data: {
        status: "duplicates",
        candidates: [
          {
            id: elsewhere.id,
            fullName: "Lê V. H. N.",
            sameCitizenId: true,
            elsewhere: true,
            teams: [theirTeam.name],
          },
        ],
      },
    });
    const shown = first.ok && first.data.status === "duplicates" ? first.data.candidates : [];
    expect(shown[0]?.communeName).toMatch(/Hưng Hội/);
    expect(await ownerDb().person.count()).toBe(persons);

    const linked = await giaRaiOfficer.run(() =>
      addMemberAction(undefined, { ...member, personId: elsewhere.id }),
    );
    expect(linked).toMatchObject({ ok: true, data: { status: "added", personId: elsewhere.id } });
    expect(await ownerDb().person.count()).toBe(persons);
    const roster = await getTeam(await ctxOf(giaRaiOfficer), ourTeam.id);
    expect(roster?.members.map((m) => [m.personId, m.fullName])).toEqual([
      [elsewhere.id, "Lê Văn Hồng Nhật"],
    ]);
    // The record stays the home commune's: it is not moved, and it keeps its version.
    expect(
      await ownerDb().person.findFirstOrThrow({
        where: { id: elsewhere.id },
        select: { communeId: true, version: true },
      }),
    ).toEqual({ communeId: hungHoi.communeId, version: 1 });
  });

  it("the same name and birth date in another commune is a possible duplicate, shown masked", async () => {
    const name = `Phạm Văn Trùng ${uniqueName("").slice(-4)}`;
    const elsewhere = await createPersonRow(hungHoi, name);
    const ourTeam = await createTeamRow(giaRai);
    const result = await giaRaiOfficer.run(() =>
      addMemberAction(undefined, {
        teamId: ourTeam.id,
        fullName: name.toUpperCase(),
        gender: "MALE",
        birthDate: "05/05/1980",
        citizenId: freshCitizenId(),
        role: "MEMBER",
        joinedOn: "01/09/2025",
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      data: {
        status: "duplicates",
        candidates: [{ id: elsewhere.id, sameCitizenId: false, elsewhere: true }],
      },
    });
    const candidate =
      result.ok && result.data.status === "duplicates" ? result.data.candidates : [];
    expect(candidate[0]?.fullName).toMatch(/^Phạm V\. T\./);
    expect(candidate[0]?.fullName).not.toContain("Trùng");
  });

  it("correcting a person to a citizen ID another commune's record holds names that record, masked", async () => {
    const there = await createPersonRow(hungHoi, "Trịnh Văn Đã Có");
    const here = await createPersonRow(giaRai, "Trịnh Văn Mới Sửa");
    const result = await giaRaiOfficer.run(() =>
      updatePersonAction(undefined, {
        id: here.id,
        version: String(here.version),
        fullName: here.fullName,
        gender: "MALE",
        birthDate: "05/05/1980",
        citizenId: there.citizenId ?? "",
      }),
    );
    expect(result).toMatchObject({ ok: false });
    const message = result.ok ? "" : (result.fieldErrors.citizenId ?? "");
    expect(message).toContain("Trịnh V. Đ. C.");
    expect(message).toMatch(/Hưng Hội/);
    expect(message).not.toContain("Đã Có");
  });

  it("the lookup never reveals another province's person, nor answers without a province", async () => {
    const there = await createPersonRow(haGiang2, "Hoàng Văn Biên");
    const here = await createPersonRow(hungHoi, "Hoàng Văn Gần");
    const ask = { citizenIds: [there.citizenId ?? "", here.citizenId ?? ""] };
    const fromGiaRai = await inScope(await ctxOf(giaRaiOfficer), (tx) => lookUpPersons(tx, ask));
    expect(fromGiaRai.map((p) => p.id)).toEqual([here.id]);
    const byId = await inScope(await ctxOf(giaRaiOfficer), (tx) =>
      lookUpPersons(tx, { personIds: [there.id] }),
    );
    expect(byId).toEqual([]);
    const fromMinistry = await inScope(await ctxOf(ministry), (tx) => lookUpPersons(tx, ask));
    expect(fromMinistry).toEqual([]);
    // A commune officer cannot link another province's person either.
    const ourTeam = await createTeamRow(giaRai);
    const refused = await giaRaiOfficer.run(() =>
      addMemberAction(undefined, {
        teamId: ourTeam.id,
        personId: there.id,
        role: "MEMBER",
        joinedOn: "01/09/2025",
      }),
    );
    expect(refused).toEqual({
      ok: false,
      fieldErrors: {},
      formError: "Không tìm thấy dữ liệu trong phạm vi quản lý của bạn.",
    });
    expect(await ownerDb().membership.count({ where: { personId: there.id } })).toBe(0);
  });

  it("the function answers portal_app only in a verified scope", async () => {
    const here = await createPersonRow(hungHoi);
    const rows = await ownerDb().$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`set local role portal_app`);
      await tx.$executeRawUnsafe(
        `select set_config('app.scope_level', 'PROVINCE', true), set_config('app.province_id', '${hungHoi.provinceId}', true)`,
      );
      return tx.$queryRaw<
        unknown[]
      >`select * from app_person_lookup(${[here.citizenId ?? ""]}::text[])`;
    });
    expect(rows).toEqual([]);
  });
});

describe("a person's ethnicity, religion, affiliation and phone", () => {
  it("are kept when a member is added, corrected on the person, and the phone can be removed", async () => {
    const team = await createTeamRow(giaRai);
    const added = await giaRaiOfficer.run(() =>
      addMemberAction(undefined, {
        teamId: team.id,
        fullName: "Thạch Văn Sóc",
        gender: "MALE",
        birthDate: "05/05/1980",
        citizenId: freshCitizenId(),
        phone: "0912 345 678",
        ethnicityId: "3",
        religion: "BUDDHISM",
        affiliation: "VETERAN",
        role: "MEMBER",
        joinedOn: "01/09/2025",
      }),
    );
    expect(added).toMatchObject({ ok: true, data: { status: "added" } });
    const personId = added.ok && added.data.status === "added" ? added.data.personId : "";
    const read = () =>
      ownerDb().person.findFirstOrThrow({
        where: { id: personId },
        select: {
          ethnicityId: true,
          religion: true,
          affiliation: true,
          phone: true,
          version: true,
        },
      });
    expect(await read()).toEqual({
      ethnicityId: 3,
      religion: "BUDDHISM",
      affiliation: "VETERAN",
      phone: "+84912345678",
      version: 1,
    });
    const edit = {
      id: personId,
      fullName: "Thạch Văn Sóc",
      gender: "MALE",
      birthDate: "05/05/1980",
      citizenId: "",
      phone: "",
      ethnicityId: "1",
      religion: "HOA_HAO",
      affiliation: "FISHERMAN",
    };
    // An empty phone field keeps the number; the checkbox removes it.
    const kept = await giaRaiOfficer.run(() =>
      updatePersonAction(undefined, { ...edit, version: "1" }),
    );
    expect(kept).toMatchObject({ ok: true });
    expect(await read()).toEqual({
      ethnicityId: 1,
      religion: "HOA_HAO",
      affiliation: "FISHERMAN",
      phone: "+84912345678",
      version: 2,
    });
    const cleared = await giaRaiOfficer.run(() =>
      updatePersonAction(undefined, { ...edit, version: "2", clearPhone: "on" }),
    );
    expect(cleared).toMatchObject({ ok: true });
    expect((await read()).phone).toBeNull();
    const bad = await giaRaiOfficer.run(() =>
      updatePersonAction(undefined, { ...edit, version: "3", religion: "PASTAFARIAN" }),
    );
    expect(bad).toMatchObject({
      ok: false,
      fieldErrors: { religion: "Vui lòng chọn một giá trị trong danh sách." },
    });
  });
});
