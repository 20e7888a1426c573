// The columns of a roster file, found by their Vietnamese header names whatever the case,
// diacritics (NFC or NFD), spacing or punctuation an office typed them with: "HỌ VÀ TÊN",
// "Ho va ten", "Họ  và tên " and "Họ tên" are the same column. The template (template.ts) writes
// the first name of each list.
import { searchKey } from "@/lib/search/search-key";

export const COLUMN_KEYS = [
  "fullName",
  "birthDate",
  "gender",
  "citizenId",
  "phone",
  "ethnicity",
  "religion",
  "area",
  "team",
  "role",
  "joinedOn",
  "formerCommune",
  "formerDistrict",
  "formerProvince",
] as const;

export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** The header names each column is known by; the first is the template's. */
export const COLUMN_HEADERS: Record<ColumnKey, readonly string[]> = {
  fullName: [
    "Họ và tên",
    "Họ tên",
    "Tên thành viên",
    "Họ và tên thành viên",
    "Họ tên thành viên",
    "Họ và tên tổ viên",
  ],
  birthDate: ["Ngày sinh", "Ngày tháng năm sinh", "Sinh ngày"],
  gender: ["Giới tính", "Nam/Nữ", "Giới tính (Nam/Nữ)"],
  citizenId: [
    "Số CCCD",
    "CCCD",
    "Căn cước công dân",
    "Số căn cước",
    "Số căn cước công dân",
    "Số định danh cá nhân",
    "Số định danh",
    "Mã định danh",
    // Lists made before the chip-based ID replaced the old one name both.
    "Số CMND/CCCD",
    "Số CCCD/CMND",
    "CMND/CCCD",
    "CCCD/CMND",
  ],
  phone: [
    "Số điện thoại",
    "Điện thoại",
    "SĐT",
    "Di động",
    "Số ĐT",
    "ĐT",
    "Số di động",
    "Điện thoại liên hệ",
    "Số điện thoại liên hệ",
    "SĐT liên hệ",
  ],
  ethnicity: ["Dân tộc"],
  religion: ["Tôn giáo"],
  area: [
    "Thôn/Ấp/Tổ dân phố",
    "Khu dân cư",
    "Thôn, ấp, tổ dân phố",
    "Ấp/Khóm",
    "Thôn/Ấp",
    "Nơi ở",
    "Ấp",
    "Khóm",
    "Thôn",
    "Bản",
    "Tổ dân phố",
    "Khu dân cư (ấp/khóm)",
  ],
  team: [
    "Tổ",
    "Tên tổ",
    "Tổ bảo vệ ANTT",
    "Tên tổ bảo vệ ANTT",
    "Tổ bảo vệ ANTT ở cơ sở",
    "Tên tổ bảo vệ ANTT ở cơ sở",
  ],
  role: ["Chức vụ trong tổ", "Chức vụ", "Vai trò", "Chức danh", "Chức danh trong tổ"],
  joinedOn: ["Ngày vào tổ", "Ngày tham gia", "Ngày vào", "Ngày tham gia tổ"],
  formerCommune: [
    "Xã/Phường (cũ)",
    "Xã cũ",
    "Phường cũ",
    "Xã, phường, thị trấn (cũ)",
    "Mã xã (cũ)",
  ],
  formerDistrict: ["Huyện (cũ)", "Huyện cũ", "Quận/Huyện (cũ)", "Huyện, thị xã, thành phố (cũ)"],
  formerProvince: ["Tỉnh (cũ)", "Tỉnh cũ", "Tỉnh/Thành phố (cũ)"],
};

/** Columns a file must have. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ["fullName", "citizenId", "team"];

/** A header as it is compared: no diacritics, lower case, letters and digits only. */
export function headerKey(text: string): string {
  return searchKey(text).replace(/[^a-z0-9]+/gu, "");
}

const BY_KEY = new Map<string, ColumnKey>();
for (const key of COLUMN_KEYS)
  for (const name of COLUMN_HEADERS[key]) BY_KEY.set(headerKey(name), key);

/** The column a header names, if any. */
export function columnOf(text: string): ColumnKey | undefined {
  return BY_KEY.get(headerKey(text.normalize("NFC").replace(/\s+/gu, " ").trim()));
}

export interface HeaderMap {
  /** Column index (0-based) of each column found. */
  index: Partial<Record<ColumnKey, number>>;
  /** Headers no column is known by (ignored, and shown so the officer can see why). */
  unknown: string[];
  missing: ColumnKey[];
  /** Columns named twice: the first one counts. */
  repeated: ColumnKey[];
}

export function mapHeader(header: readonly string[]): HeaderMap {
  const index: Partial<Record<ColumnKey, number>> = {};
  const unknown: string[] = [];
  const repeated: ColumnKey[] = [];
  header.forEach((text, i) => {
    const trimmed = text.normalize("NFC").replace(/\s+/gu, " ").trim();
    if (trimmed === "") return;
    const key = columnOf(trimmed);
    if (!key) unknown.push(trimmed);
    else if (index[key] !== undefined) repeated.push(key);
    else index[key] = i;
  });
  return {
    index,
    unknown,
    repeated,
    missing: REQUIRED_COLUMNS.filter((key) => index[key] === undefined),
  };
}
