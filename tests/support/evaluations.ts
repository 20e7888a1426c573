// What the evaluations tests share: Cà Mau's officer, Phường Giá Rai's officer and Tuyên Quang's
// officer signed in, the units they work on (with a former commune of each of two communes), a
// signed-in user's context, a refusal's errors, and the messages of a conflict and of "not found".
import { expect } from "vitest";
import { getCurrentUser } from "@/lib/auth/current-user";
import { unitIds } from "./factories";
import { ownerDb } from "./owner-db";
import { type Signed, signedInAs } from "./sign-in-as";

export const CONFLICT = "Người khác vừa lưu thay đổi. Hãy xem bản mới nhất và nhập lại.";
export const NOT_FOUND = "Không tìm thấy dữ liệu trong phạm vi quản lý của bạn.";

export async function evaluationFixture() {
  const officer = await signedInAs("PROVINCE_OFFICER", { provinceCode: "96" });
  const communeOfficer = await signedInAs("COMMUNE_OFFICER", {
    provinceCode: "96",
    communeCode: "31942",
  });
  const otherProvince = await signedInAs("PROVINCE_OFFICER", { provinceCode: "08" });
  const ids = await unitIds("96", "31942");
  const caMau = ids.provinceId;
  const giaRai = ids.communeId ?? -1;
  const hungHoi = (await unitIds("96", "31906")).communeId ?? -1;
  const mapping = await ownerDb().communeMapping.findFirstOrThrow({ where: { communeId: giaRai } });
  const formerOfGiaRai = mapping.formerCommuneId;
  const formerElsewhere = (
    await ownerDb().communeMapping.findFirstOrThrow({ where: { communeId: hungHoi } })
  ).formerCommuneId;
  return {
    officer,
    communeOfficer,
    otherProvince,
    caMau,
    giaRai,
    hungHoi,
    formerOfGiaRai,
    formerElsewhere,
  };
}

export const ctxOf = (signed: Signed) =>
  signed.run(async () => {
    const ctx = await getCurrentUser();
    if (!ctx) throw new Error("not signed in");
    return ctx;
  });

export function fail(result: { ok: boolean }) {
  expect(result.ok).toBe(false);
  return result as { ok: false; fieldErrors: Record<string, string>; formError?: string };
}
