// The template an office fills in: a sheet with the header row and one example row, and a sheet
// that explains each column in Vietnamese. Column names are the first of COLUMN_HEADERS, so the
// template always reads back.
import ExcelJS from "exceljs";
import type { AuthContext } from "@/lib/auth/current-user";
import { inScope } from "@/lib/db/scoped";
import { COLUMN_HEADERS, COLUMN_KEYS, type ColumnKey, REQUIRED_COLUMNS } from "./columns";
import { findImportCommune } from "./import-scope";

const HELP: Record<ColumnKey, string> = {
  fullName: "Họ và tên đầy đủ, có dấu. Bắt buộc.",
  birthDate: "Ngày sinh, dạng ngày/tháng/năm (20/04/1965) hoặc ô ngày của Excel.",
  gender: "Nam hoặc Nữ. Để trống thì lấy theo chữ số thứ tư của số CCCD.",
  citizenId:
    "Số căn cước công dân, 12 chữ số (có thể có dấu cách hoặc dấu chấm). Bắt buộc. Cùng số CCCD là cùng một người trong tỉnh.",
  phone: "Số di động, ví dụ 0912 345 678 hoặc +84 912 345 678.",
  ethnicity: "Tên dân tộc (Kinh, Khơ-me, Hoa, …). Để trống là Kinh.",
  religion: "Không, Phật giáo, Công giáo, Tin lành, Cao Đài, Phật giáo Hòa Hảo, Hồi giáo, …",
  area: "Tên thôn, ấp, khóm, tổ dân phố đã có trong danh mục khu dân cư của xã.",
  team: "Tên tổ đã có của xã, phường (tạo tổ trước ở trang Tổ). Bắt buộc.",
  role: "Tổ trưởng, Tổ phó hoặc Tổ viên. Để trống là Tổ viên. Mỗi tổ chỉ có một tổ trưởng.",
  joinedOn: "Ngày vào tổ, dạng ngày/tháng/năm. Để trống là ngày nhập.",
  formerCommune:
    "Tên hoặc mã xã, phường, thị trấn trước ngày 01/7/2025 (nếu danh sách cũ ghi theo đơn vị cũ).",
  formerDistrict: "Huyện, thị xã, thành phố trước ngày 01/7/2025 (giúp phân biệt xã trùng tên).",
  formerProvince: "Tỉnh trước ngày 01/7/2025, ví dụ Bạc Liêu.",
};

const TEXT_COLUMNS: readonly ColumnKey[] = ["citizenId", "phone"];

export async function templateExample(
  ctx: AuthContext,
  communeId: number | undefined,
): Promise<{ commune: string; team: string; area: string }> {
  return inScope(ctx, async (tx) => {
    // A province's officers import for any commune of their province: without a commune named,
    // the template names the province and gives a generic example.
    if (communeId === undefined && ctx.scope.level === "PROVINCE") {
      const province = await tx.province.findUniqueOrThrow({
        where: { id: ctx.scope.provinceId },
        select: { name: true },
      });
      return { commune: province.name, team: "Tổ số 1", area: "Ấp 1" };
    }
    const commune = await findImportCommune(tx, ctx, communeId);
    const where = { provinceId: commune.provinceId, communeId: commune.id };
    const [team, area] = await Promise.all([
      tx.team.findFirst({
        where: { ...where, status: "ACTIVE" },
        orderBy: { name: "asc" },
        select: { name: true },
      }),
      tx.residentialArea.findFirst({
        where: { ...where, active: true },
        orderBy: { name: "asc" },
        select: { name: true },
      }),
    ]);
    return { commune: commune.name, team: team?.name ?? "Tổ số 1", area: area?.name ?? "Ấp 1" };
  });
}

export async function buildTemplate(example: {
  commune: string;
  team: string;
  area: string;
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Cổng thông tin phong trào Toàn dân bảo vệ an ninh Tổ quốc";
  const sheet = workbook.addWorksheet("Danh sách thành viên");
  const header = sheet.addRow(COLUMN_KEYS.map((key) => COLUMN_HEADERS[key][0] ?? key));
  header.font = { bold: true };
  const values: Record<ColumnKey, ExcelJS.CellValue> = {
    fullName: "Nguyễn Văn Ví Dụ",
    birthDate: new Date(Date.UTC(1965, 3, 20)),
    gender: "Nam",
    citizenId: "095065000001",
    phone: "0912 345 678",
    ethnicity: "Kinh",
    religion: "Không",
    area: example.area,
    team: example.team,
    role: "Tổ viên",
    joinedOn: new Date(Date.UTC(2024, 0, 15)),
    formerCommune: "",
    formerDistrict: "",
    formerProvince: "",
  };
  const row = sheet.addRow(COLUMN_KEYS.map((key) => values[key]));
  row.font = { italic: true, color: { argb: "FF666666" } };
  COLUMN_KEYS.forEach((key, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(14, (COLUMN_HEADERS[key][0] ?? "").length + 4);
    if (key === "birthDate" || key === "joinedOn") column.numFmt = "dd/mm/yyyy";
    if (TEXT_COLUMNS.includes(key)) column.numFmt = "@";
  });
  sheet.views = [{ state: "frozen", ySplit: 1 }];

  const help = workbook.addWorksheet("Hướng dẫn");
  help.addRow([`Mẫu danh sách thành viên tổ — ${example.commune}`]).font = { bold: true, size: 13 };
  help.addRow([
    "Mỗi dòng là một thành viên của một tổ. Xoá dòng ví dụ (chữ nghiêng) trước khi nhập. Tệp có lỗi ở bất kỳ dòng nào thì không dòng nào được nhập: sửa tệp theo danh sách lỗi rồi tải lên lại.",
  ]);
  help.addRow([]);
  help.addRow(["Cột", "Bắt buộc", "Cách ghi"]).font = { bold: true };
  for (const key of COLUMN_KEYS)
    help.addRow([
      COLUMN_HEADERS[key][0] ?? key,
      REQUIRED_COLUMNS.includes(key) ? "Có" : "",
      HELP[key],
    ]);
  help.getColumn(1).width = 24;
  help.getColumn(2).width = 10;
  help.getColumn(3).width = 100;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
