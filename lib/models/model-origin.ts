import type { Prisma } from "@/lib/generated/prisma/client";
import type { ModelOrigin } from "./place-text";
import { provinceRef } from "./list-models";

// Where a model began, as the model page and the models export both read it: today's province and
// commune, and the pre-2025 commune where the model is older than the 2025 reorganisation.

const provinceSelect = { select: { id: true, shortName: true, kind: true } } as const;

export const originSelect = {
  originProvince: provinceSelect,
  originCommune: { select: { id: true, name: true, kind: true, province: provinceSelect } },
  originFormerCommune: {
    select: {
      id: true,
      name: true,
      districtName: true,
      formerProvince: { select: { name: true } },
    },
  },
} as const satisfies Prisma.ModelSelect;

type OriginRow = Prisma.ModelGetPayload<{ select: typeof originSelect }>;

export function toOrigin(row: OriginRow): ModelOrigin {
  const commune = row.originCommune;
  const former = row.originFormerCommune;
  return {
    originProvince: provinceRef(row.originProvince),
    originCommune: commune
      ? {
          id: commune.id,
          name: commune.name,
          kind: commune.kind,
          province: {
            id: commune.province.id,
            name: commune.province.shortName,
            kind: commune.province.kind,
          },
        }
      : null,
    originFormer: former
      ? {
          id: former.id,
          name: former.name,
          districtName: former.districtName,
          provinceName: former.formerProvince.name,
        }
      : null,
  };
}
