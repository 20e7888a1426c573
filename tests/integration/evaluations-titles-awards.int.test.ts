// The yearly evaluations beside "An toàn về ANTT": commune titles with versions, team ratings under
// the 20 % rule (its boundary), awards with keyset paging, filters and the .xlsx export.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import {
  createAwardAction,
  deleteAwardAction,
  updateAwardAction,
} from "@/app/[locale]/(portal)/awards/actions";
import { setTeamRatingAction } from "@/app/[locale]/(portal)/ratings/actions";
import { setCommuneTitleAction } from "@/app/[locale]/(portal)/safety/actions";
import { exportAwards } from "@/lib/awards/export-awards";
import { listAwards } from "@/lib/awards/list-awards";
import { getRatingSummary } from "@/lib/ratings/get-rating-summary";
import { getCommuneSafety } from "@/lib/safety/get-commune-safety";
import { uniqueName } from "../support/factories";
import { ownerDb } from "../support/owner-db";
import { type Signed } from "../support/sign-in-as";
import { CONFLICT, ctxOf, evaluationFixture, fail, NOT_FOUND } from "../support/evaluations";

let officer: Signed;
let communeOfficer: Signed;
let otherProvince: Signed;
let caMau: number;
let giaRai: number;
let hungHoi: number;
let formerOfGiaRai: number;

beforeAll(async () => {
  ({ officer, communeOfficer, otherProvince, caMau, giaRai, hungHoi, formerOfGiaRai } =
    await evaluationFixture());
});

describe("commune titles", () => {
  it("are kept per former commune before 2025, with versions", async () => {
    const send = (version?: number) =>
      officer.run(() =>
        setCommuneTitleAction(undefined, {
          communeId: String(giaRai),
          formerCommuneId: String(formerOfGiaRai),
          year: "2022",
          exemplary: "true",
          ...(version ? { version: String(version) } : {}),
        }),
      );
    expect(await send()).toMatchObject({ ok: true, data: { version: 1 } });
    expect(fail(await send()).formError).toBe(CONFLICT);
    expect(await send(1)).toMatchObject({ ok: true, data: { version: 2 } });
    const data = await getCommuneSafety(await ctxOf(officer), giaRai, 2022);
    expect(data.titles.find((t) => t.formerCommuneId === formerOfGiaRai)).toMatchObject({
      exemplary: true,
      ruralSecurityMet: false,
      version: 2,
    });
    expect(
      fail(
        await communeOfficer.run(() =>
          setCommuneTitleAction(undefined, {
            communeId: String(giaRai),
            year: "2026",
            exemplary: "true",
          }),
        ),
      ).formError,
    ).toBe("Bạn không có quyền thực hiện thao tác này.");
  });
});

describe("team ratings and the 20 % rule", () => {
  it("allows 1 excellent beside 4 good and refuses a second until there are 8", async () => {
    const teams: { id: string }[] = [];
    for (let i = 0; i < 10; i++)
      teams.push(
        await ownerDb().team.create({
          data: {
            provinceId: caMau,
            communeId: hungHoi,
            kind: "GRASSROOTS_SECURITY",
            name: `Tổ quy tắc ${uniqueName("t")}`,
            establishedOn: new Date("2024-07-01T00:00:00Z"),
          },
        }),
      );
    await ownerDb().teamRating.deleteMany({ where: { communeId: hungHoi, year: 2025 } });
    const rate = (i: number, grade: string) =>
      officer.run(() =>
        setTeamRatingAction(undefined, { teamId: teams[i]?.id ?? "", year: "2025", grade }),
      );
    for (let i = 0; i < 3; i++) expect((await rate(i, "GOOD")).ok).toBe(true);
    // 1 excellent beside 3 good: 1 of 4 is 25 %.
    const early = fail(await rate(3, "EXCELLENT"));
    expect(early.fieldErrors.grade).toBe(
      "Số tổ “Hoàn thành xuất sắc nhiệm vụ” không được vượt quá 20 % số tổ được xếp loại “Hoàn thành tốt nhiệm vụ” trở lên của xã: với 3 tổ hoàn thành tốt, xã được xếp tối đa 0 tổ xuất sắc.",
    );
    expect((await rate(3, "GOOD")).ok).toBe(true);
    expect((await rate(4, "EXCELLENT")).ok).toBe(true); // 1 of 5: exactly 20 %
    expect(fail(await rate(5, "EXCELLENT")).fieldErrors.grade).toContain("tối đa 1 tổ xuất sắc");
    for (let i = 5; i < 9; i++) expect((await rate(i, "GOOD")).ok).toBe(true); // 8 good
    expect((await rate(9, "EXCELLENT")).ok).toBe(true); // 2 of 10
    // Lowering a good team to "hoàn thành" would leave 2 excellent beside 7 good: refused.
    expect(fail(await rate(0, "COMPLETED")).fieldErrors.grade).toContain("tối đa 1 tổ xuất sắc");
    const summary = await getRatingSummary(await ctxOf(officer), { year: 2025 });
    const row = summary.communes.find((c) => c.communeId === hungHoi);
    expect(row).toMatchObject({ teams: 10, grades: { EXCELLENT: 2, GOOD: 8 }, withinQuota: true });
    // Model teams are not rated here; another province's officer does not find the team.
    expect(
      fail(
        await otherProvince.run(() =>
          setTeamRatingAction(undefined, {
            teamId: teams[0]?.id ?? "",
            year: "2025",
            grade: "GOOD",
          }),
        ),
      ).formError,
    ).toBe(NOT_FOUND);
  });
});

describe("awards", () => {
  it("are created, listed with filters and keyset pages, edited, exported and deleted", async () => {
    const tag = uniqueName("KT");
    for (let i = 0; i < 55; i++) {
      const created = await officer.run(() =>
        createAwardAction(undefined, {
          kind: i % 2 ? "COMMENDATION" : "MERIT_CERTIFICATE",
          issuer: i % 2 ? "POLICE_DIRECTOR" : "MINISTRY",
          recipientKind: i % 3 ? "COLLECTIVE" : "PERSON",
          recipientName: `Tập thể ${tag} số ${i}`,
          decisionNumber: `${100 + i}/QĐ-BCA`,
          awardedOn: `0${1 + (i % 9)}/03/2024`,
          communeId: String(giaRai),
          formerProvinceId: "",
        }),
      );
      expect(created.ok).toBe(true);
    }
    const ctx = await ctxOf(officer);
    const first = await listAwards(ctx, { q: tag });
    expect(first.totals.total).toBe(55);
    expect(first.rows).toHaveLength(50);
    const second = await listAwards(ctx, { q: tag, after: first.next ?? undefined });
    expect(second.rows).toHaveLength(5);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(55);
    const dates = [...first.rows, ...second.rows].map((r) => r.awardedOn.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const ministry = await listAwards(ctx, { q: tag, issuer: "MINISTRY", recipientKind: "PERSON" });
    expect(ministry.totals.byIssuer).toEqual([
      { issuer: "MINISTRY", kind: "MERIT_CERTIFICATE", collectives: 0, persons: 10 },
    ]);
    // A commune officer reads their commune's awards; another province's officer none of them.
    expect((await listAwards(await ctxOf(communeOfficer), { q: tag })).totals.total).toBe(55);
    expect((await listAwards(await ctxOf(otherProvince), { q: tag })).totals.total).toBe(0);

    const target = first.rows[0];
    if (!target) throw new Error("no award");
    const record = await ownerDb().award.findFirstOrThrow({ where: { id: target.id } });
    const bad = fail(
      await officer.run(() =>
        updateAwardAction(undefined, {
          id: record.id,
          version: String(record.version),
          kind: record.kind,
          issuer: record.issuer,
          recipientKind: "PERSON",
          recipientName: "",
          decisionNumber: "QĐ",
          awardedOn: "30/02/2024",
          formerProvinceId: "",
        }),
      ),
    );
    expect(bad.fieldErrors).toMatchObject({
      recipientName: "Nhập tên tập thể hoặc cá nhân được khen thưởng.",
      decisionNumber: "Số quyết định chưa đúng dạng, ví dụ 123/QĐ-UBND hoặc 12/2023/QĐ-UBND.",
    });
    expect(bad.fieldErrors.awardedOn).toBe(
      "Vui lòng nhập một ngày có thật, dạng ngày/tháng/năm (ví dụ 24/11/2026).",
    );
    const updated = await officer.run(() =>
      updateAwardAction(undefined, {
        id: record.id,
        version: String(record.version),
        kind: "EMULATION_FLAG",
        issuer: "MINISTRY",
        recipientKind: "COLLECTIVE",
        recipientName: `Tập thể ${tag} đã sửa`,
        decisionNumber: "9/QĐ-BCA",
        awardedOn: "10/03/2024",
        communeId: String(giaRai),
      }),
    );
    expect(updated).toEqual({ ok: true, data: { id: record.id, version: 2 } });

    const workbook = new ExcelJS.Workbook();
    const { buffer, rows } = await exportAwards(ctx, { q: tag }, "vi", "Cà Mau");
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(rows).toBe(55);
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      "Ngày quyết định",
      "Số quyết định",
      "Hình thức",
      "Cấp khen thưởng",
      "Đối tượng",
      "Tập thể, cá nhân",
      "Xã, phường",
      "Tỉnh cũ",
      "Tổ, điểm nhân rộng",
    ]);

    expect(
      fail(await officer.run(() => deleteAwardAction(undefined, { id: record.id, version: "1" })))
        .formError,
    ).toBe(CONFLICT);
    expect(
      await officer.run(() => deleteAwardAction(undefined, { id: record.id, version: "2" })),
    ).toEqual({
      ok: true,
      data: { id: record.id },
    });
    expect(await ownerDb().award.count({ where: { id: record.id } })).toBe(0);
    expect(
      await ownerDb().auditLog.findMany({
        where: { entity: "Award", entityId: record.id },
        select: { action: true },
        orderBy: { at: "asc" },
      }),
    ).toEqual([{ action: "CREATE" }, { action: "UPDATE" }, { action: "DELETE" }]);
  });

  it("refuses a former province after the merger and a person linked to a team", async () => {
    const former = await ownerDb().formerProvince.findFirstOrThrow({
      where: { name: "Tỉnh Bạc Liêu" },
    });
    const base = {
      kind: "MERIT_CERTIFICATE",
      issuer: "PROVINCE_COMMITTEE",
      recipientKind: "COLLECTIVE",
      recipientName: "Ban Chỉ đạo xã Phong Thạnh",
      decisionNumber: "5/QĐ-UBND",
    };
    const late = fail(
      await officer.run(() =>
        createAwardAction(undefined, {
          ...base,
          awardedOn: "02/09/2025",
          formerProvinceId: String(former.id),
        }),
      ),
    );
    expect(late.fieldErrors.formerProvinceId).toBe(
      "Từ năm 2025 chỉ ghi theo xã, phường, đặc khu hiện nay.",
    );
    const ok = await officer.run(() =>
      createAwardAction(undefined, {
        ...base,
        awardedOn: "02/09/2023",
        formerProvinceId: String(former.id),
      }),
    );
    expect(ok.ok).toBe(true);
    const team = await ownerDb().team.create({
      data: {
        provinceId: caMau,
        communeId: giaRai,
        kind: "GRASSROOTS_SECURITY",
        name: `Tổ ${uniqueName("x")}`,
      },
    });
    const person = fail(
      await officer.run(() =>
        createAwardAction(undefined, {
          ...base,
          recipientKind: "PERSON",
          recipientName: "Nguyễn Văn An",
          awardedOn: "02/09/2023",
          teamId: team.id,
        }),
      ),
    );
    expect(person.fieldErrors.teamId).toBe(
      "Khen thưởng cá nhân không gắn với tổ hay điểm; hãy chọn “tập thể” hoặc bỏ liên kết.",
    );
  });
});
