// The summary report from the real database: former Bạc Liêu 2023 reproduces the published
// figures in the .docx, for the ministry and from the rollups for Cà Mau's officer; a province's
// officer gets only their own province, a commune officer nothing, a bad query a 400.
import { beforeAll, describe, expect, it } from "vitest";
import { FormError, NotFoundError } from "@/lib/auth/errors";
import { getSummary } from "@/lib/summary/get-summary";
import { ownerDb } from "../support/owner-db";
import { signInAs } from "../support/sign-in-as";
import { ctxOf, documentText, download } from "../support/summary";

let bacLieu: number;
let caMau: number;

beforeAll(async () => {
  const db = ownerDb();
  bacLieu = (await db.formerProvince.findUniqueOrThrow({ where: { name: "Tỉnh Bạc Liêu" } })).id;
  caMau = (await db.province.findFirstOrThrow({ where: { shortName: "Cà Mau" } })).id;
});

describe("former Bạc Liêu 2023", () => {
  it("reproduces the published figures in the document", async () => {
    const analyst = await signInAs("bo.phantich");
    const response = await download(analyst, `former=${bacLieu}&year=2023`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(response.headers.get("content-disposition")).toContain(
      'filename="bao-cao-phong-trao-bac-lieu-cu-2023.docx"',
    );
    expect(response.headers.get("content-disposition")).toContain("filename*=UTF-8''");
    const text = await documentText(response);
    expect(text).toContain(
      "Trong năm 2023, Công an toàn tỉnh phát động phong trào 1.406 cuộc, 131.274 người tham dự, phát 155.853 tờ rơi, tài liệu tuyên truyền",
    );
    expect(text).toContain("cung cấp cho cơ quan Công an 1.994 nguồn tin có giá trị");
    expect(text).toContain("giao nộp 2.278 vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo");
    expect(text).toContain("hòa giải thành công 384 vụ");
    expect(text).not.toContain("trên tổng số 384");
    expect(text).toContain("tuần tra, canh gác 731 cuộc");
    expect(text).toContain(
      "tổ chức 64 buổi “Công an lắng nghe ý kiến Nhân dân” với 3.200 lượt người dự, tiếp nhận 370 ý kiến của Nhân dân",
    );
    expect(text).toContain("CÔNG AN TỈNH CÀ MAU");
    expect(text).toContain("trên địa bàn tỉnh Bạc Liêu (cũ)");
  });

  it("reads the same figures for a province officer of Cà Mau, from the rollups", async () => {
    const officer = await signInAs("camau.canbo");
    const data = await getSummary(await ctxOf(officer), { formerProvinceId: bacLieu, year: 2023 });
    const value = (code: string) => data.figures.find((f) => f.code === code)?.current;
    expect(
      Object.fromEntries(
        [
          "launch_campaigns",
          "launch_attendees",
          "leaflets",
          "tips",
          "weapons_handed_in",
          "mediations",
          "mediations_successful",
          "patrols",
        ].map((code) => [code, value(code)]),
      ),
    ).toEqual({
      launch_campaigns: 1_406,
      launch_attendees: 131_274,
      leaflets: 155_853,
      tips: 1_994,
      weapons_handed_in: 2_278,
      mediations: 384,
      mediations_successful: 384,
      patrols: 731,
    });
    // The demo has no 2022: the comparison has nothing before.
    expect(data.figures.every((f) => f.previous === 0)).toBe(true);
    expect(data.unit).toMatchObject({ level: "FORMER", shortName: "Bạc Liêu" });
  });

  it("counts Bạc Liêu's history under Cà Mau for the whole province", async () => {
    const officer = await signInAs("camau.canbo");
    const ctx = await ctxOf(officer);
    const whole = await getSummary(ctx, { year: 2023 });
    const former = await getSummary(ctx, { formerProvinceId: bacLieu, year: 2023 });
    const tips = (d: typeof whole) => d.figures.find((f) => f.code === "tips")?.current ?? 0;
    expect(whole.unit).toMatchObject({ level: "PROVINCE", province: { id: caMau } });
    expect(tips(whole)).toBeGreaterThanOrEqual(tips(former));
    expect(tips(former)).toBe(1_994);
  });
});

describe("who may download which", () => {
  it("gives a province officer only their own province", async () => {
    const officer = await signInAs("camau.canbo");
    const other = await ownerDb().province.findFirstOrThrow({
      where: { id: { not: caMau } },
      select: { id: true },
    });
    const hagiang = await ownerDb().formerProvince.findUniqueOrThrow({
      where: { name: "Tỉnh Hà Giang" },
    });
    expect((await download(officer, `province=${other.id}&year=2023`)).status).toBe(404);
    expect((await download(officer, `former=${hagiang.id}&year=2023`)).status).toBe(404);
    const own = await download(officer, "year=2023");
    expect(own.status).toBe(200);
    expect(own.headers.get("content-disposition")).toContain(
      'filename="bao-cao-phong-trao-ca-mau-2023.docx"',
    );
    const ctx = await ctxOf(officer);
    await expect(getSummary(ctx, { provinceId: other.id, year: 2023 })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("refuses a commune officer, at the route and in the domain function", async () => {
    const commune = await signInAs("giarai.canbo");
    expect((await download(commune, "year=2023")).status).toBe(403);
    await expect(getSummary(await ctxOf(commune), { year: 2023 })).rejects.toBeInstanceOf(
      FormError,
    );
  });

  it("answers a bad query with 400, and the nation for the ministry by default", async () => {
    const admin = await signInAs("bo.quantri");
    expect((await download(admin, "year=1e3")).status).toBe(400);
    expect((await download(admin, "year=2023&quarter=5")).status).toBe(400);
    const nation = await download(admin, "year=2024&quarter=2");
    expect(nation.status).toBe(200);
    expect(nation.headers.get("content-disposition")).toContain(
      'filename="bao-cao-phong-trao-toan-quoc-2024-quy-2.docx"',
    );
    expect(await documentText(nation)).toContain("BỘ CÔNG AN");
  });
});
