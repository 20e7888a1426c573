import { Gender } from "../../../lib/generated/prisma/enums";
import type { Rng } from "./random";

// Plausible full names by naming tradition. Vietnamese names are family + middle + given; Khmer
// names in the Mekong Delta took Vietnamese-style family names (Thạch, Danh, Sơn, Kim, …) with
// Khmer given names; Mông names are clan + middle (Mí, Seo for men) + given.

export type NameStyle =
  "KINH_SOUTH" | "KINH_NORTH" | "KHMER" | "HOA" | "MONG" | "TAY" | "DAO" | "NUNG";

type Weighted = readonly (readonly [string, number])[];

const w = (spec: string): Weighted =>
  spec.split(",").map((part) => {
    const [name, weight] = part.trim().split(":");
    return [(name ?? "").normalize("NFC"), weight ? Number(weight) : 1] as const;
  });
const list = (spec: string): string[] => spec.split(",").map((s) => s.trim().normalize("NFC"));

const KINH_FAMILY_SOUTH = w(
  "Nguyễn:38,Trần:11,Lê:9,Phạm:6,Huỳnh:6,Võ:5,Phan:4,Trương:2,Đặng:2,Bùi:2,Đỗ:1.5,Hồ:1.5,Ngô:1.3,Dương:1,Lý:1,Lâm:1,Đinh:0.8,Mai:0.6,Tô:0.6,Châu:0.6,Cao:0.5,Lưu:0.5,Đoàn:0.5,Thái:0.4,Tạ:0.4,Quách:0.3,La:0.3,Kiều:0.2",
);
const KINH_FAMILY_NORTH = w(
  "Nguyễn:36,Trần:10,Lê:8,Phạm:7,Hoàng:6,Vũ:5,Phan:3,Đặng:3,Bùi:3,Đỗ:3,Ngô:2,Dương:1.5,Lý:1,Đinh:1.5,Đào:1,Lương:1,Hà:1,Mai:0.8,Trịnh:1,Lưu:0.5,Tạ:0.5",
);
const KINH_MIDDLE_MALE = w(
  "Văn:10,Minh:3,Hoàng:1.5,Quốc:2,Thanh:2,Hữu:2,Đức:1.5,Công:1,Ngọc:1,Tấn:1.5,Phước:1,Chí:1,Thành:1,Xuân:1,Trung:0.5",
);
const KINH_MIDDLE_FEMALE = w(
  "Thị:12,Ngọc:3,Thu:1.5,Thanh:1.5,Kim:2,Mỹ:1.5,Bích:1,Hồng:1,Diễm:0.5,Phương:1,Thúy:1,Hoài:0.5,Cẩm:0.5",
);
const KINH_GIVEN_MALE = list(
  "Hùng,Dũng,Tuấn,Minh,Hải,Long,Nam,Phong,Quang,Sơn,Thắng,Tài,Thành,Trung,Việt,Hiếu,Khánh,Lâm,Lộc,Nhân,Phúc,Tâm,Thiện,Toàn,Vinh,Bình,Cường,Đạt,Hòa,Hưng,Kiệt,Lợi,Nghĩa,Phát,Sang,Tú,Út,Tư,Năm,Sáu,Bảy,Tám,Chín,Mười,Hậu,Huy,Khải,Luân,Nhựt,Quí,Tín,Trí,Vũ,Đông,Hiệp,Triều,Thuận,Kha",
);
const KINH_GIVEN_FEMALE = list(
  "Lan,Hoa,Hương,Mai,Linh,Ngọc,Thảo,Trang,Yến,Nhung,Hạnh,Hồng,Loan,Nga,Phượng,Thúy,Tuyết,Vân,Xuân,Diễm,Dung,Hằng,Hiền,Kiều,Liên,My,Nhi,Oanh,Quyên,Tiên,Trinh,Út,Bé,Cúc,Đào,Huệ,Lệ,Ngân,Nguyệt,Thu,Thủy,Tâm,Vy,Anh,Châu,Duyên",
);

const KHMER_FAMILY = w(
  "Thạch:10,Danh:8,Sơn:7,Lâm:4,Kim:4,Châu:3,Lý:3,Triệu:2,Huỳnh:1.5,Trần:1.5,Dương:1,Kiên:1,Tăng:1,Mã:0.5",
);
const KHMER_GIVEN_MALE = list(
  "Sóc Khà,Sa Rết,Sà Phol,Sươl,Khen,Sà Rây,Sóc Phép,Chanh Thu,Sa Ly,Pho,Rươl,Sang Sết,Nhem,Sà Mol,Ươn,Thươl,Đa Ra,Sóc Hên,Sà Rinh,Kha Ny,Sa Vương,Chanh,Phol,Thon,Sóc Rây,Ngọc Sang,Sơn Hải,Sà Rươn,Pôl,Khương,Sóc Đa,Chây,Sà Em,Mươl,Bô Na",
);
const KHMER_GIVEN_FEMALE = list(
  "Thị Sa Rươne,Thị Sa Phi,Thị Sà Quây,Thị Sóc Kha,Thị Sô Phia,Thị Na,Thị Phol,Thị Sà Rết,Thị Cà Ni,Thị Sa Vi,Thị Sà Rum,Thị Nhung,Thị Sa Rây,Thị Mỹ Linh,Thị Sóc Na,Thị Chanh Đa,Thị Sa Mây,Thị Kim Sương,Thị Sà Ly,Thị Ngọc Hân,Thị Sô Phi,Thị Pha Ly,Thị Sa Rin",
);

const HOA_FAMILY = w(
  "Lâm:5,Quách:4,Tăng:4,Lý:4,Trương:4,Hứa:3,Mã:2,Diệp:2,Lưu:2,Tạ:2,Thái:2,Vương:2,Triệu:2,Quan:1,Huỳnh:2,Trần:2,Tiêu:1,La:1",
);
const HOA_MIDDLE_MALE = w("Văn:4,Chí:3,Gia:2,Quốc:2,Tú:1,Kiến:1,Vĩnh:1");
const HOA_MIDDLE_FEMALE = w("Thị:4,Mỹ:3,Ngọc:2,Huệ:1,Tiểu:1,Bội:1,Kim:2");
const HOA_GIVEN_MALE = list(
  "Cường,Phát,Minh,Hào,Kiệt,Vinh,Tài,Lợi,Hưng,Thành,Hoa,Khang,Lạc,Quyền,Sáng,Tường,Huy,Bình",
);
const HOA_GIVEN_FEMALE = list(
  "Muội,Hoa,Lan,Phụng,Mỹ,Linh,Xuân,Cúc,Ngọc,Huệ,Trân,Kiều,Dung,Quyên,Tuyết",
);

const MONG_FAMILY = w(
  "Giàng:6,Vàng:6,Sùng:5,Thào:5,Lý:4,Hầu:3,Ly:3,Mua:2,Lù:2,Vừ:2,Hạng:1,Lầu:2,Cứ:1,Chá:1",
);
const MONG_MIDDLE_MALE = w("Mí:5,Seo:5,A:2,Chứ:1,Văn:1");
const MONG_GIVEN_MALE = list(
  "Phử,Say,Chá,Hờ,Dình,Pó,Lử,Dế,Tủa,Vư,Chính,Pà,Sính,Súa,Chứ,Lềnh,Páo,Thề,Của,Già,Nhà,Sử,Chơ,Mua,Vảng,Dũng,Lình,Thành",
);
const MONG_GIVEN_FEMALE = list(
  "Mỷ,Dung,Mai,Sinh,Dở,Say,Chía,Ly,Pà,Súa,Dợ,Chá,Mẩy,Sùng,Xúa,Pá,Máy,Lan,Ninh",
);

const TAY_FAMILY = w(
  "Hoàng:6,Nông:5,Ma:4,Hà:3,Lương:2,Triệu:2,Vi:2,Đàm:1,Ninh:1,Bế:2,Nguyễn:3,Lộc:1,Mạc:1,Hứa:1",
);
const NUNG_FAMILY = w("Hoàng:6,Nông:5,Vương:3,Lục:3,Lù:2,Sầm:1,Lò:2,Hứa:1,Vi:1,Lương:1,Tô:1");
const DAO_FAMILY = w("Triệu:6,Bàn:5,Lý:4,Đặng:4,Phùng:3,Chảo:3,Tẩn:2,Lò:1,Sần:1");
const DAO_MIDDLE_MALE = w("Văn:5,Tả:2,Kim:2,Phù:2,Chàn:1,Quý:1");
const DAO_MIDDLE_FEMALE = w("Thị:6,Mùi:2,Kim:1");
const DAO_GIVEN_MALE = list(
  "Chài,Phin,Quẩy,Chòi,Tòn,Sếnh,Lở,Chạn,Vạn,Kiềm,Sành,Phú,Tiến,Lưu,Quang,Phay,Vương,Kiều",
);
const DAO_GIVEN_FEMALE = list("Mẩy,Nái,Xuân,Chiêu,Liên,Nhất,Mùi,Phây,Chiều,Thêm,Dung,Pham");

function compose(family: string, middle: string | null, given: string): string {
  return [family, middle, given]
    .filter((p): p is string => Boolean(p))
    .join(" ")
    .normalize("NFC");
}

export function generateName(style: NameStyle, gender: Gender, rng: Rng): string {
  const male = gender === Gender.MALE;
  switch (style) {
    case "KINH_SOUTH":
    case "KINH_NORTH": {
      const family = rng.weighted(style === "KINH_SOUTH" ? KINH_FAMILY_SOUTH : KINH_FAMILY_NORTH);
      const middle = rng.weighted(male ? KINH_MIDDLE_MALE : KINH_MIDDLE_FEMALE);
      // Some people carry two middle names ("Nguyễn Thị Ngọc Hân").
      const second = rng.chance(0.08)
        ? rng.weighted(male ? KINH_MIDDLE_MALE : KINH_MIDDLE_FEMALE)
        : null;
      const given = rng.pick(male ? KINH_GIVEN_MALE : KINH_GIVEN_FEMALE);
      return compose(
        family,
        second && second !== middle && second !== given ? `${middle} ${second}` : middle,
        given,
      );
    }
    case "KHMER":
      return compose(
        rng.weighted(KHMER_FAMILY),
        null,
        rng.pick(male ? KHMER_GIVEN_MALE : KHMER_GIVEN_FEMALE),
      );
    case "HOA":
      return compose(
        rng.weighted(HOA_FAMILY),
        rng.weighted(male ? HOA_MIDDLE_MALE : HOA_MIDDLE_FEMALE),
        rng.pick(male ? HOA_GIVEN_MALE : HOA_GIVEN_FEMALE),
      );
    case "MONG":
      return compose(
        rng.weighted(MONG_FAMILY),
        male ? rng.weighted(MONG_MIDDLE_MALE) : "Thị",
        rng.pick(male ? MONG_GIVEN_MALE : MONG_GIVEN_FEMALE),
      );
    case "TAY":
    case "NUNG":
      return compose(
        rng.weighted(style === "TAY" ? TAY_FAMILY : NUNG_FAMILY),
        rng.weighted(male ? KINH_MIDDLE_MALE : KINH_MIDDLE_FEMALE),
        rng.pick(male ? KINH_GIVEN_MALE : KINH_GIVEN_FEMALE),
      );
    case "DAO":
      return compose(
        rng.weighted(DAO_FAMILY),
        rng.weighted(male ? DAO_MIDDLE_MALE : DAO_MIDDLE_FEMALE),
        rng.pick(male ? DAO_GIVEN_MALE : DAO_GIVEN_FEMALE),
      );
  }
}

/** The naming tradition of an ethnic group (GSO code). */
export function nameStyleFor(ethnicityId: number, north: boolean): NameStyle {
  switch (ethnicityId) {
    case 2: // Tày
    case 25: // Giáy
    case 49: // Bố Y
      return "TAY";
    case 4:
      return "HOA";
    case 5:
      return "KHMER";
    case 7: // Nùng
    case 38: // La Chí
    case 47: // Cơ Lao
    case 51: // Pu Péo
      return "NUNG";
    case 8: // Mông
    case 43: // Lô Lô
      return "MONG";
    case 9: // Dao
    case 46: // Pà Thẻn
      return "DAO";
    default:
      return north ? "KINH_NORTH" : "KINH_SOUTH";
  }
}
