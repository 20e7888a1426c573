// What the models tests share: the catalog models they read, the officers they sign in as (Cà Mau's
// officer and administrator, Tuyên Quang's officer, the ministry, Phường Giá Rai's officer) with the
// former commune their own models come from, a signed-in user's context, and a province's own model.
import { createModelAction } from "@/app/[locale]/(portal)/models/actions";
import { getCurrentUser, type AuthContext } from "@/lib/auth/current-user";
import { nationalModelId } from "@/prisma/seed/reference/national-models";
import { createUser, uniqueName } from "./factories";
import { ownerDb } from "./owner-db";
import { type Signed, signInAs } from "./sign-in-as";

export const VETERANS = nationalModelId("clb-ccb-pctp");
export const KHMER = nationalModelId("clb-3-tich-cuc-khmer");

export async function modelUsers() {
  const caMau = await signInAs(
    (await createUser({ role: "PROVINCE_OFFICER", provinceCode: "96" })).username,
  );
  const caMauAdmin = await signInAs(
    (await createUser({ role: "PROVINCE_ADMIN", provinceCode: "96" })).username,
  );
  const tuyenQuang = await signInAs(
    (await createUser({ role: "PROVINCE_OFFICER", provinceCode: "08" })).username,
  );
  const ministry = await signInAs((await createUser({ role: "MINISTRY_ADMIN" })).username);
  const giaRai = await signInAs(
    (await createUser({ role: "COMMUNE_OFFICER", provinceCode: "96", communeCode: "31942" }))
      .username,
  );
  const phongThanh = (await ownerDb().formerCommune.findUniqueOrThrow({ where: { code: "31960" } }))
    .id;
  return { caMau, caMauAdmin, tuyenQuang, ministry, giaRai, phongThanh };
}

export const ctxOf = (signed: Signed): Promise<AuthContext> =>
  signed.run(async () => {
    const ctx = await getCurrentUser();
    if (!ctx) throw new Error("no session");
    return ctx;
  });

/** A province's own model, launched 20/04/2016 in the former commune `phongThanh`. */
export async function createOwnModel(
  signed: Signed,
  phongThanh: number,
  name = uniqueName("Tổ tự quản thử nghiệm"),
) {
  const result = await signed.run(() =>
    createModelAction(undefined, {
      name,
      field: "SELF_MANAGEMENT",
      description: "Các hộ dân tự quản.",
      origin: `f:${phongThanh}`,
      launchedOn: "20/04/2016",
    }),
  );
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { id: result.data.id, name };
}
