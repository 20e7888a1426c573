// Residential areas and organisations of a commune, as commune officers keep them: two "Ấp 1" of two
// former communes are two places, a repeat in the same commune and former commune is an error at
// the name (never a 500), the former commune must be one that merged into the commune, a commune
// officer's places always land in their own commune, versions, deactivation, diacritic-blind search.
import { beforeAll, describe, expect, it } from "vitest";
import {
  createPlaceAction,
  setPlaceActiveAction,
  updatePlaceAction,
} from "@/app/[locale]/(portal)/places/actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/auth/errors";
import { getPlace } from "@/lib/places/get-place";
import { listFormerCommunes, listPlaces } from "@/lib/places/list-places";
import { unitIds, uniqueName } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed, signedInAs } from "../support/sign-in-as";

const NAME_TAKEN =
  "Tên này đã có trong xã, phường này (cùng xã cũ). Nếu là hai nơi khác nhau, hãy chọn xã cũ để phân biệt.";
const NOT_FOUND = "Không tìm thấy dữ liệu trong phạm vi quản lý của bạn.";
const CONFLICT = "Người khác vừa lưu thay đổi. Hãy xem bản mới nhất và nhập lại.";

let giaRaiOfficer: Signed;
let hungHoiOfficer: Signed;
let provinceOfficer: Signed;
let otherProvince: Signed;
let giaRai: number;
let hungHoi: number;
/** Two former communes that merged into Phường Giá Rai. */
let formerA: number;
let formerB: number;
/** A former commune that did not. */
let elsewhere: number;

beforeAll(async () => {
  giaRaiOfficer = await signedInAs("COMMUNE_OFFICER", { provinceCode: "96", communeCode: "31942" });
  hungHoiOfficer = await signedInAs("COMMUNE_OFFICER", {
    provinceCode: "96",
    communeCode: "31906",
  });
  provinceOfficer = await signedInAs("PROVINCE_OFFICER", { provinceCode: "96" });
  otherProvince = await signedInAs("PROVINCE_OFFICER", { provinceCode: "08" });
  giaRai = (await unitIds("96", "31942")).communeId ?? -1;
  hungHoi = (await unitIds("96", "31906")).communeId ?? -1;
  const mappings = await ownerDb().communeMapping.findMany({
    where: { communeId: giaRai },
    select: { formerCommuneId: true },
    orderBy: { formerCommuneId: "asc" },
  });
  formerA = mappings[0]?.formerCommuneId ?? -1;
  formerB = mappings[1]?.formerCommuneId ?? -1;
  elsewhere = (
    await ownerDb().communeMapping.findFirstOrThrow({
      where: { communeId: hungHoi },
      select: { formerCommuneId: true },
    })
  ).formerCommuneId;
});

const ctxOf = (signed: Signed) =>
  signed.run(async () => {
    const ctx = await getCurrentUser();
    if (!ctx) throw new Error("not signed in");
    return ctx;
  });

const addArea = (signed: Signed, name: string, formerCommuneId: number | "", communeId = "") =>
  signed.run(() =>
    createPlaceAction(undefined, {
      type: "area",
      name,
      kind: "AP",
      formerCommuneId: String(formerCommuneId),
      households: "",
      communeId,
    }),
  );
const areasNamed = (name: string) =>
  ownerDb().residentialArea.findMany({
    where: { name },
    select: { communeId: true, formerCommuneId: true },
    orderBy: { createdAt: "asc" },
  });

describe("two places of one name", () => {
  it("are allowed from two former communes, refused twice from the same one", async () => {
    expect(formerA).toBeGreaterThan(0);
    expect(formerB).toBeGreaterThan(0);
    const name = `Ấp 1 ${uniqueName("t")}`;
    expect(await addArea(giaRaiOfficer, name, formerA)).toMatchObject({ ok: true });
    expect(await addArea(giaRaiOfficer, name, formerB)).toMatchObject({ ok: true });
    expect(await addArea(giaRaiOfficer, name, formerA)).toEqual({
      ok: false,
      fieldErrors: { name: NAME_TAKEN },
    });
    // Without a former commune: once, and a second time is a repeat too (NULLS NOT DISTINCT).
    expect(await addArea(giaRaiOfficer, name, "")).toMatchObject({ ok: true });
    expect(await addArea(giaRaiOfficer, name, "")).toEqual({
      ok: false,
      fieldErrors: { name: NAME_TAKEN },
    });
    expect(await areasNamed(name)).toEqual([
      { communeId: giaRai, formerCommuneId: formerA },
      { communeId: giaRai, formerCommuneId: formerB },
      { communeId: giaRai, formerCommuneId: null },
    ]);
    // The same name in another commune is another place.
    expect(await addArea(hungHoiOfficer, name, "")).toMatchObject({ ok: true });
  });

  it("shows the former commune in the list, and the form offers the communes that merged", async () => {
    const name = `Ấp Phú Tòng ${uniqueName("t")}`;
    await addArea(giaRaiOfficer, name, formerA);
    const ctx = await ctxOf(giaRaiOfficer);
    const list = await listPlaces(ctx, "area", { communeId: giaRai, q: "ap phu tong" });
    expect(list.rows.map((r) => [r.name, r.formerCommuneId])).toEqual([[name, formerA]]);
    expect(list.rows[0]?.formerCommuneName).toMatch(/\p{L}/u);
    const formers = await listFormerCommunes(ctx, giaRai);
    expect(formers.map((f) => f.id)).toEqual(expect.arrayContaining([formerA, formerB]));
    expect(formers.map((f) => f.id)).not.toContain(elsewhere);
  });
});

describe("the commune and former commune", () => {
  it("refuses a former commune that did not merge into this commune", async () => {
    const name = `Ấp lạc chỗ ${uniqueName("t")}`;
    expect(await addArea(giaRaiOfficer, name, elsewhere)).toEqual({
      ok: false,
      fieldErrors: { formerCommuneId: "Xã cũ này không sáp nhập vào xã, phường đã chọn." },
    });
    expect(await areasNamed(name)).toEqual([]);
  });

  it("puts a commune officer's place in their own commune, whatever commune is sent", async () => {
    const name = `Khóm gửi nhầm ${uniqueName("t")}`;
    expect(await addArea(giaRaiOfficer, name, "", String(hungHoi))).toMatchObject({ ok: true });
    expect(await areasNamed(name)).toEqual([{ communeId: giaRai, formerCommuneId: null }]);
  });

  it("lets a province officer add to any commune of the province, and to no other", async () => {
    const name = `Trường THCS ${uniqueName("t")}`;
    const add = (signed: Signed, communeId: number) =>
      signed.run(() =>
        createPlaceAction(undefined, {
          type: "organization",
          name,
          kind: "SCHOOL",
          formerCommuneId: "",
          communeId: String(communeId),
        }),
      );
    expect(await add(provinceOfficer, hungHoi)).toMatchObject({ ok: true });
    const tuyenQuang = (await unitIds("08", "00691")).communeId ?? -1;
    expect(await add(provinceOfficer, tuyenQuang)).toEqual({
      ok: false,
      fieldErrors: { communeId: "Xã, phường, đặc khu này không thuộc tỉnh, thành phố của bạn." },
    });
    expect(await add(otherProvince, hungHoi)).toEqual({
      ok: false,
      fieldErrors: { communeId: "Xã, phường, đặc khu này không thuộc tỉnh, thành phố của bạn." },
    });
    expect(
      await ownerDb().organization.findMany({ where: { name }, select: { communeId: true } }),
    ).toEqual([{ communeId: hungHoi }]);
  });
});

describe("editing", () => {
  it("renames over the version read, refuses a stale save and a rename onto a taken name", async () => {
    const name = `Ấp sửa tên ${uniqueName("t")}`;
    const other = `Ấp đã có ${uniqueName("t")}`;
    const created = await addArea(giaRaiOfficer, name, formerA);
    await addArea(giaRaiOfficer, other, formerA);
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    const update = (values: { version: string; name: string; formerCommuneId?: string }) =>
      giaRaiOfficer.run(() =>
        updatePlaceAction(undefined, {
          type: "area",
          id,
          kind: "AP",
          households: "120",
          formerCommuneId: String(formerA),
          ...values,
        }),
      );
    expect(await update({ version: "1", name: `${name} mới` })).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    expect(await update({ version: "1", name: "Tên cũ" })).toMatchObject({
      ok: false,
      formError: CONFLICT,
      conflict: { version: 2, name: `${name} mới` },
    });
    expect(await update({ version: "2", name: other })).toEqual({
      ok: false,
      fieldErrors: { name: NAME_TAKEN },
    });
    // The same name under the other former commune is fine.
    expect(
      await update({ version: "2", name: other, formerCommuneId: String(formerB) }),
    ).toMatchObject({ ok: true, data: { version: 3 } });
    expect(
      await ownerDb().residentialArea.findFirstOrThrow({
        where: { id },
        select: { name: true, households: true, formerCommuneId: true, version: true },
      }),
    ).toEqual({ name: other, households: 120, formerCommuneId: formerB, version: 3 });
  });

  it("takes a place out of use and back, kept in the database", async () => {
    const name = `Tổ dân phố ${uniqueName("t")}`;
    const created = await addArea(giaRaiOfficer, name, "");
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    expect(
      await giaRaiOfficer.run(() =>
        setPlaceActiveAction(undefined, { type: "area", id, version: "1", active: "false" }),
      ),
    ).toMatchObject({ ok: true, data: { active: false, version: 2 } });
    const ctx = await ctxOf(giaRaiOfficer);
    const key = name.toLowerCase();
    expect((await listPlaces(ctx, "area", { communeId: giaRai, q: key })).total).toBe(0);
    expect((await listPlaces(ctx, "area", { communeId: giaRai, q: key, all: true })).total).toBe(1);
    expect(
      await ownerDb().auditLog.count({
        where: { entity: "ResidentialArea", entityId: id, action: { in: ["CREATE", "UPDATE"] } },
      }),
    ).toBe(2);
  });
});

describe("scope", () => {
  it("another commune's place is not found, and nothing changes", async () => {
    const name = `Ấp của Hưng Hội ${uniqueName("t")}`;
    const created = await addArea(hungHoiOfficer, name, "");
    if (!created.ok) throw new Error(JSON.stringify(created));
    const id = created.data.id;
    await expect(getPlace(await ctxOf(giaRaiOfficer), id)).rejects.toBeInstanceOf(NotFoundError);
    expect(
      await giaRaiOfficer.run(() =>
        setPlaceActiveAction(undefined, { type: "area", id, version: "1", active: "false" }),
      ),
    ).toEqual({ ok: false, fieldErrors: {}, formError: NOT_FOUND });
    expect(
      await otherProvince.run(() =>
        updatePlaceAction(undefined, { type: "area", id, version: "1", name: "X", kind: "AP" }),
      ),
    ).toEqual({ ok: false, fieldErrors: {}, formError: NOT_FOUND });
    expect(
      await ownerDb().residentialArea.findFirstOrThrow({
        where: { id },
        select: { name: true, active: true, version: true },
      }),
    ).toEqual({ name, active: true, version: 1 });
    // The province sees it.
    expect((await getPlace(await ctxOf(provinceOfficer), id)).name).toBe(name);
  });
});
