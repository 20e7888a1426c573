import type { PrismaClient } from "../../../lib/generated/prisma/client";

// The populations of the 34 provinces as the 2025 reorganisation stated them (the scale of
// population in the Government's scheme approved by the National Assembly's Resolution
// 202/2025/QH15 of 12 June 2025), for the dashboards' "per 10,000 people". The ministry
// administrator corrects a figure and its source on /dashboard/populations; the seed sets a
// province's figure only while it has none, so a correction is never overwritten.

export const POPULATION_SOURCE_2025 =
  "Quy mô dân số theo Đề án sắp xếp đơn vị hành chính cấp tỉnh năm 2025 (Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội)";

/** Province code → population. */
export const POPULATIONS_2025: Readonly<Record<string, number>> = {
  "01": 8_807_523, // Hà Nội
  "04": 573_119, // Cao Bằng
  "08": 1_865_270, // Tuyên Quang
  "11": 673_091, // Điện Biên
  "12": 512_601, // Lai Châu
  "14": 1_404_587, // Sơn La
  "15": 1_778_785, // Lào Cai
  "19": 1_799_489, // Thái Nguyên
  "20": 881_384, // Lạng Sơn
  "22": 1_497_447, // Quảng Ninh
  "24": 3_619_433, // Bắc Ninh
  "25": 4_022_638, // Phú Thọ
  "31": 4_664_124, // Hải Phòng
  "33": 3_567_943, // Hưng Yên
  "37": 4_412_264, // Ninh Bình
  "38": 4_324_783, // Thanh Hóa
  "40": 3_831_694, // Nghệ An
  "42": 1_622_901, // Hà Tĩnh
  "44": 1_870_845, // Quảng Trị
  "46": 1_432_986, // Huế
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

/** Sets the 2025 population of every province that has none yet. */
export async function seedPopulations(db: PrismaClient): Promise<void> {
  for (const [code, population] of Object.entries(POPULATIONS_2025)) {
    await db.province.updateMany({
      where: { code, population: null },
      data: { population, populationSource: POPULATION_SOURCE_2025 },
    });
  }
}
