import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { searchKey } from "@/lib/search/search-key";
import type { ModelFormOptions, OriginOption } from "./types";

/**
 * What the model form offers: the places a model may begin — today's communes of the province
 * and the pre-2025 communes of its former provinces ("Xã Phong Thạnh (cũ), Thị xã Giá Rai, Tỉnh
 * Bạc Liêu"), searched in the browser without diacritics. A province gets its own; the ministry
 * picks the province first (`originProvinceId`).
 */
export async function listModelFormOptions(
  ctx: AuthContext,
  originProvinceId: number | null,
  formerSuffix: { former: string; nowIn: string },
): Promise<ModelFormOptions> {
  const provinceId = ctx.scope.level === "NATION" ? originProvinceId : ctx.scope.provinceId;
  return inScope(ctx, async (tx) => {
    const provinces =
      ctx.scope.level === "NATION"
        ? await tx.province.findMany({
            select: { id: true, shortName: true, kind: true },
            orderBy: { shortName: "asc" },
          })
        : [];
    if (provinceId === null)
      return {
        provinces: provinces.map((p) => ({ id: p.id, name: p.shortName, kind: p.kind })),
        originProvinceId: null,
        origins: [],
      };
    const [communes, formers] = await Promise.all([
      tx.commune.findMany({
        where: { provinceId },
        select: { id: true, name: true },
        orderBy: { name: "asc" },
      }),
      tx.formerCommune.findMany({
        where: { formerProvince: { successorId: provinceId } },
        select: {
          id: true,
          name: true,
          districtName: true,
          formerProvince: { select: { name: true } },
          mappings: { select: { commune: { select: { name: true } } } },
        },
        orderBy: [{ name: "asc" }, { districtName: "asc" }],
      }),
    ]);
    const origins: OriginOption[] = [
      ...communes.map((c) => ({
        value: `c:${c.id}`,
        label: c.name,
        key: searchKey(c.name),
        former: false,
      })),
      ...formers.map((f) => {
        const today = [...new Set(f.mappings.map((m) => m.commune.name))].join(", ");
        const label = `${f.name} (${formerSuffix.former}), ${f.districtName}, ${f.formerProvince.name}${
          today ? ` — ${formerSuffix.nowIn} ${today}` : ""
        }`;
        return { value: `f:${f.id}`, label, key: searchKey(label), former: true };
      }),
    ];
    return {
      provinces: provinces.map((p) => ({ id: p.id, name: p.shortName, kind: p.kind })),
      originProvinceId: provinceId,
      origins,
    };
  });
}
