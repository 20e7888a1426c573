// What the registry-gaps tests share: the officers they sign in as (Cà Mau's, the officers of
// Phường Giá Rai and Hưng Hội, Tuyên Quang's and one of its communes, the ministry's administrator
// and analyst), the communes they work in, and a signed-in user's context.
import { getCurrentUser, type AuthContext } from "@/lib/auth/current-user";
import { createUser, unitIds } from "./factories";
import { type Signed, signInAs } from "./sign-in-as";

export const ctxOf = (signed: Signed): Promise<AuthContext> =>
  signed.run(async () => {
    const ctx = await getCurrentUser();
    if (!ctx) throw new Error("no session");
    return ctx;
  });

const units = async (province: string, commune: string) => {
  const ids = await unitIds(province, commune);
  return { provinceId: ids.provinceId, communeId: ids.communeId ?? -1 };
};

export async function registryGapsFixture() {
  const as = async (options: Parameters<typeof createUser>[0]) =>
    signInAs((await createUser(options)).username);
  const caMau = await as({ role: "PROVINCE_OFFICER", provinceCode: "96" });
  const giaRaiOfficer = await as({
    role: "COMMUNE_OFFICER",
    provinceCode: "96",
    communeCode: "31942",
  });
  const hungHoiOfficer = await as({
    role: "COMMUNE_OFFICER",
    provinceCode: "96",
    communeCode: "31906",
  });
  const tuyenQuang = await as({ role: "PROVINCE_OFFICER", provinceCode: "08" });
  const tuyenQuangCommune = await as({
    role: "COMMUNE_OFFICER",
    provinceCode: "08",
    communeCode: "00691",
  });
  const ministry = await as({ role: "MINISTRY_ADMIN" });
  const analyst = await as({ role: "MINISTRY_ANALYST" });
  const giaRai = await units("96", "31942");
  const hungHoi = await units("96", "31906");
  const haGiang2 = await units("08", "00691");
  return {
    caMau,
    giaRaiOfficer,
    hungHoiOfficer,
    tuyenQuang,
    tuyenQuangCommune,
    ministry,
    analyst,
    giaRai,
    hungHoi,
    haGiang2,
  };
}
