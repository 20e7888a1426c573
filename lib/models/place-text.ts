import type { ModelDetail, ProvinceRef } from "./types";

// How a place reads inside a sentence: "xã Phong Thạnh (cũ), thị xã Giá Rai, tỉnh Bạc Liêu — nay
// thuộc phường Giá Rai, tỉnh Cà Mau". The registers write unit kinds capitalised ("Xã …").

const KIND_PREFIX = /^(Xã|Phường|Thị trấn|Thị xã|Huyện|Quận|Thành phố|Tỉnh|Đặc khu)(?= )/u;

export function inSentence(name: string): string {
  return name.replace(KIND_PREFIX, (kind) => kind.toLowerCase());
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

export function provinceText(t: Translate, province: ProvinceRef, sentence = true): string {
  const city = province.kind === "CITY";
  const key = sentence
    ? city
      ? "citySentence"
      : "provinceSentence"
    : city
      ? "cityName"
      : "provinceName";
  return t(key, { name: province.name });
}

export type ModelOrigin = Pick<ModelDetail, "originFormer" | "originCommune" | "originProvince">;

/** Where a model began, as one line; null when nobody recorded it. */
export function originText(t: Translate, model: ModelOrigin): string | null {
  const { originFormer: former, originCommune: commune, originProvince: province } = model;
  const today = commune
    ? `${inSentence(commune.name)}, ${provinceText(t, commune.province)}`
    : province
      ? provinceText(t, province)
      : null;
  if (former) {
    const then = t("originFormerText", {
      commune: inSentence(former.name),
      district: inSentence(former.districtName),
      province: inSentence(former.provinceName),
    });
    if (!commune) return then;
    const now = t("originTodayText", {
      commune: inSentence(commune.name),
      province: provinceText(t, commune.province),
    });
    return `${then} — ${now}`;
  }
  return today;
}
