import { CommuneKind, ResidentialAreaKind } from "../../../lib/generated/prisma/enums";
import type { Rng } from "./random";

// Names of residential areas (ấp, khóm, sóc, thôn, bản, tổ dân phố) and of agencies, in the style
// of each region. Generated names are unique within a new commune, which merged several old ones.

export type AreaStyle = "MEKONG" | "MEKONG_KHMER" | "BEN_TRE" | "HIGHLAND";

export interface AreaName {
  name: string;
  kind: ResidentialAreaKind;
}

const list = (spec: string): string[] => spec.split(",").map((s) => s.trim().normalize("NFC"));

const MEKONG_AP = list(
  "Nhàn Dân,Cây Gừa,Xóm Lớn,Bà Chăng,Kinh Tư,Vĩnh An,Tân Lợi,Long Hòa,Phước Thạnh,Bình Điền,Cây Dương,Thạnh Trị,Mỹ Phú,Tân Hiệp,Hòa Thạnh,Giồng Bướm,Rạch Rắn,Cái Cùng,Vàm Xáng,Kênh Xáng,Chợ Cũ,Bờ Cảng,Đầu Lộ,Láng Dài,Mười Chín,Hai Mươi,Tân Thành,Tân Phú,Phú Tân,An Khoa,Bửu Đông,Công Điền,Xẻo Lá,Lung Lá,Cỏ Thum,Ninh Điền,Phước Hòa,Thông Lưu,Bình Định,Ba Mến,Vĩnh Mẫu,Cái Giá,Kinh Xáng,Lộ Xe,Hòa Phú,Phú Thạnh,Long Thạnh,Thạnh Hưng,Bình Thạnh,Thị Tường,Cái Keo,Rạch Gốc,Vàm Lẻo,Gò Cát,Kinh Mới,Hiệp Thành,Phong Thuận,Tân Trung,An Trạch,Cây Me",
);
const KHMER_AP = list(
  "Sóc Đồn,Tà Ky,Trà Kha,Ca Lạc,Prey Chóp,Bưng Tróp,Tà Lọt,Sóc Vồ,Kiết Lập,Phnô Pôl,Trà Teo,Tắc Gồng,Sa Keo,Xa Mau,Bưng Cốc,Đại Ân,Tà Điếp,Som Rông,Kos Thum,Sóc Ruộng,Pênh Tụ,Tham Đôn,Cà Săng,Nô Puốl",
);
const BEN_TRE_AP = list(
  "Phú Lợi,Phú Hòa,An Thạnh,An Bình,Mỹ Hòa,Thới Lai,Tân Thông,Phước Hậu,Giồng Trôm,Cái Mít,Hưng Nhơn,Thạnh Phú Đông,An Nhơn,Bình Thới,Tân Xuân,Cẩm Sơn,Hòa Lợi,Phú Long,Vĩnh Bình,Long Thới,Quới An,Định Thủy,Tân Hội,Lương Phú,Châu Bình,An Hiệp,Thành Triệu,Phú An Hòa,Hữu Định,Long Mỹ,Mỹ Thạnh,Sơn Phú,Bảo Thuận,Tân Mỹ,An Hòa Tây,Vàm Hồ,Giồng Nổi,Cồn Dơi",
);
const HIGHLAND_FIRST = list(
  "Nà,Lũng,Khuổi,Pác,Tả,Séo,Má,Sủng,Lao,Xín,Nậm,Cốc,Bó,Thèn,Phìn,Chúng,Tát,Ngán,Pải,Mã,Sà,Thài,Lùng,Chải",
);
const HIGHLAND_SECOND = list(
  "Luông,Chang,Thác,Pài,Cái,Tủng,Lủng,Tám,Ngặt,Dầu,Sả,Phìn,Mò,Chải,Ván,Khá,Hồ,Pỏ,Tìa,Cáo,Sán,Chư,Giàng,Phủng,Vài,Lầu,Đán,Mèo",
);

const KIND_LABEL: Record<ResidentialAreaKind, string> = {
  HAMLET: "Thôn",
  AP: "Ấp",
  BAN: "Bản",
  KHOM: "Khóm",
  SOC: "Sóc",
  BUON: "Buôn",
  PLEI: "Plei",
  RESIDENTIAL_GROUP: "Tổ dân phố",
  QUARTER: "Khu phố",
  OTHER: "Khu",
};

export const areaLabel = (kind: ResidentialAreaKind): string => KIND_LABEL[kind];

/** Lower-cases the kind word for running text: "Ấp Cây Gừa" → "ấp Cây Gừa". */
export function inText(name: string): string {
  return `${name.charAt(0).toLocaleLowerCase("vi")}${name.slice(1)}`.normalize("NFC");
}

/**
 * `count` area names for one former commune. Urban units (old wards, towns) get numbered khóm /
 * khu phố / tổ dân phố; rural ones named ấp / thôn / bản. `taken` holds the names already used in
 * the same new commune and is updated.
 */
export function areaNames(
  style: AreaStyle,
  urban: boolean,
  count: number,
  rng: Rng,
  taken: Set<string>,
): AreaName[] {
  const names: AreaName[] = [];
  const add = (kind: ResidentialAreaKind, base: string): boolean => {
    const name = `${KIND_LABEL[kind]} ${base}`.normalize("NFC");
    if (taken.has(name)) return false;
    taken.add(name);
    names.push({ name, kind });
    return true;
  };
  let attempts = 0;
  let numbered = 1;
  while (names.length < count) {
    if (++attempts > count * 200) throw new Error(`Cannot find ${count} free area names`);
    if (urban) {
      const kind =
        style === "HIGHLAND"
          ? ResidentialAreaKind.RESIDENTIAL_GROUP
          : style === "BEN_TRE"
            ? ResidentialAreaKind.QUARTER
            : ResidentialAreaKind.KHOM;
      if (!add(kind, String(numbered))) add(kind, `${numbered}${rng.pick(["A", "B", "C"])}`);
      numbered++;
      continue;
    }
    switch (style) {
      case "HIGHLAND":
        add(
          rng.chance(0.7) ? ResidentialAreaKind.HAMLET : ResidentialAreaKind.BAN,
          `${rng.pick(HIGHLAND_FIRST)} ${rng.pick(HIGHLAND_SECOND)}`,
        );
        break;
      case "MEKONG_KHMER":
        if (rng.chance(0.45)) {
          const base = rng.pick(KHMER_AP);
          // Khmer hamlets are sometimes registered as "sóc".
          if (base.startsWith("Sóc ")) add(ResidentialAreaKind.AP, base);
          else add(rng.chance(0.2) ? ResidentialAreaKind.SOC : ResidentialAreaKind.AP, base);
          break;
        }
        addMekong(rng, add);
        break;
      case "MEKONG":
        addMekong(rng, add);
        break;
      case "BEN_TRE":
        if (rng.chance(0.25)) add(ResidentialAreaKind.AP, String(rng.int(1, 12)));
        else
          add(
            ResidentialAreaKind.AP,
            `${rng.pick(BEN_TRE_AP)}${rng.chance(0.3) ? ` ${rng.pick(["A", "B", "1", "2"])}` : ""}`,
          );
        break;
    }
  }
  return names;
}

function addMekong(rng: Rng, add: (kind: ResidentialAreaKind, base: string) => boolean): void {
  if (rng.chance(0.2)) add(ResidentialAreaKind.AP, String(rng.int(1, 20)));
  else
    add(
      ResidentialAreaKind.AP,
      `${rng.pick(MEKONG_AP)}${rng.chance(0.25) ? ` ${rng.pick(["A", "B"])}` : ""}`,
    );
}

/** Whether a former commune was urban (phường, thị trấn). */
export const isUrban = (formerName: string): boolean =>
  formerName.startsWith("Phường") || formerName.startsWith("Thị trấn");

/** Whether a new commune is a ward. */
export const isWard = (kind: CommuneKind): boolean => kind === CommuneKind.WARD;

const AGENCY_TEMPLATES = list(
  "Ủy ban nhân dân {x},Đảng ủy {x},Ủy ban Mặt trận Tổ quốc {x},Trạm Y tế {x},Bưu điện văn hóa {x},Hội Nông dân {x},Hội Liên hiệp Phụ nữ {x},Đoàn Thanh niên {x},Hội Cựu chiến binh {x},Quỹ tín dụng nhân dân {x},Ban Chỉ huy Quân sự {x},Hợp tác xã nông nghiệp {x},Nhà văn hóa {x},Ban quản lý chợ {x}",
);

/** Agency names of one former commune ("Trạm Y tế xã Phong Thạnh"), at most the template count. */
export function agencyNames(formerName: string, count: number): string[] {
  const x = inText(formerName);
  return AGENCY_TEMPLATES.slice(0, count).map((t) => t.replace("{x}", x).normalize("NFC"));
}

export const AGENCY_TEMPLATE_COUNT = AGENCY_TEMPLATES.length;
