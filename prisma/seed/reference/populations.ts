import { ESTIMATE_PREFIX } from "../../../lib/dashboards/population-source";
import type { PrismaClient } from "../../../lib/generated/prisma/client";

// The populations of the 34 provinces for the dashboards' "per 10,000 people". The ministry
// administrator corrects a figure and its source on /dashboard/populations; the seed sets a
// province's figure only while it has none, so a correction is never overwritten.
//
// Checked against the text of Resolution 202/2025/QH15 of 12 June 2025 (Article 1 gives, for each
// of the 23 provinces formed by the merger, its natural area and population: e.g. Tuyên Quang
// 13,795.50 km² and 1,865,270 people; Cà Mau 7,942.39 km² and 2,606,672 people): the 23 figures
// below are the Resolution's. The Resolution gives no figure for the 11 provinces that were not
// merged (Hà Nội, Huế, Cao Bằng, Điện Biên, Hà Tĩnh, Lai Châu, Lạng Sơn, Nghệ An, Quảng Ninh,
// Sơn La, Thanh Hóa); no official source for theirs was found, so they are ESTIMATES, and say so
// in their source until the ministry administrator enters the official figure.

export const POPULATION_SOURCE_2025 =
  "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về việc sắp xếp đơn vị hành chính cấp tỉnh, Điều 1 (quy mô dân số của tỉnh, thành phố sau sắp xếp)";

export const POPULATION_ESTIMATE_SOURCE = `${ESTIMATE_PREFIX}, chưa có nguồn chính thức: Nghị quyết số 202/2025/QH15 không nêu dân số của tỉnh, thành phố không sắp xếp; cần thay bằng số liệu của cơ quan thống kê`;

/** The source the seed used before the figures were checked (replaced where still untouched). */
const UNCHECKED_SOURCE =
  "Quy mô dân số theo Đề án sắp xếp đơn vị hành chính cấp tỉnh năm 2025 (Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội)";

/** The 11 provinces and cities the 2025 reorganisation left as they were: no figure in the Resolution. */
export const NOT_MERGED = new Set([
  "01",
  "04",
  "11",
  "12",
  "14",
  "20",
  "22",
  "38",
  "40",
  "42",
  "46",
]);

export const sourceOf = (code: string): string =>
  NOT_MERGED.has(code) ? POPULATION_ESTIMATE_SOURCE : POPULATION_SOURCE_2025;

/** Province code → population. */
export const POPULATIONS_2025: Readonly<Record<string, number>> = {
  "01": 8_807_523, // Hà Nội — estimate
  "04": 573_119, // Cao Bằng — estimate
  "08": 1_865_270, // Tuyên Quang
  "11": 673_091, // Điện Biên — estimate
  "12": 512_601, // Lai Châu — estimate
  "14": 1_404_587, // Sơn La — estimate
  "15": 1_778_785, // Lào Cai
  "19": 1_799_489, // Thái Nguyên
  "20": 881_384, // Lạng Sơn — estimate
  "22": 1_497_447, // Quảng Ninh — estimate
  "24": 3_619_433, // Bắc Ninh
  "25": 4_022_638, // Phú Thọ
  "31": 4_664_124, // Hải Phòng
  "33": 3_567_943, // Hưng Yên
  "37": 4_412_264, // Ninh Bình
  "38": 4_324_783, // Thanh Hóa — estimate
  "40": 3_831_694, // Nghệ An — estimate
  "42": 1_622_901, // Hà Tĩnh — estimate
  "44": 1_870_845, // Quảng Trị
  "46": 1_432_986, // Huế — estimate
  "48": 3_065_628, // Đà Nẵng
  "51": 2_161_755, // Quảng Ngãi
  "52": 3_583_693, // Gia Lai
  "56": 2_243_554, // Khánh Hòa
  "66": 3_346_853, // Đắk Lắk
  "68": 3_872_999, // Lâm Đồng
  "75": 4_491_408, // Đồng Nai
  "79": 14_002_598, // Hồ Chí Minh
  "80": 3_254_170, // Tây Ninh
  "82": 4_370_046, // Đồng Tháp
  "86": 4_257_581, // Vĩnh Long
  "91": 4_952_238, // An Giang
  "92": 4_199_824, // Cần Thơ
  "96": 2_606_672, // Cà Mau
};

/**
 * Sets the 2025 population of every province that has none yet, and names the checked source of a
 * figure the seed wrote before (same figure, the old source text: no one has edited it).
 */
export async function seedPopulations(db: PrismaClient): Promise<void> {
  for (const [code, population] of Object.entries(POPULATIONS_2025)) {
    await db.province.updateMany({
      where: { code, population: null },
      data: { population, populationSource: sourceOf(code) },
    });
    await db.province.updateMany({
      where: { code, population, populationSource: UNCHECKED_SOURCE },
      data: { populationSource: sourceOf(code) },
    });
  }
}
