import type { PrismaClient } from "../../../lib/generated/prisma/client";
import { LeadOrganization, ModelField } from "../../../lib/generated/prisma/enums";
import { uuidFor } from "../generators/ids";
import { day } from "../../../lib/periods/period-dates";

// The ministry's national catalog of models (Model.provinceId null). The nine Bạc Liêu models the
// ministry recognised for nationwide replication belong here too, with their origin in Bạc Liêu
// (now Cà Mau); their recognition rows are part of the Bạc Liêu demo data.

export interface CatalogModel {
  code: string;
  name: string;
  field: ModelField;
  lead: LeadOrganization;
  description: string;
  goals?: string;
  origin?: { provinceCode: string; formerCommuneCode?: string; launchedOn?: Date };
}

const F = ModelField;
const L = LeadOrganization;
const CA_MAU = "96";

export const NATIONAL_MODELS: readonly CatalogModel[] = [
  {
    code: "to-lien-gia-tu-quan",
    name: "Tổ liên gia tự quản về an ninh trật tự",
    field: F.SELF_MANAGEMENT,
    lead: L.VILLAGE,
    description:
      "Các hộ liền kề tự quản, giúp nhau giữ gìn an ninh trật tự, phát hiện, báo tin cho Công an.",
  },
  {
    code: "camera-an-ninh",
    name: "Camera giám sát ANTT",
    field: F.TECHNOLOGY,
    lead: L.POLICE,
    description:
      "Nhân dân tự nguyện lắp đặt camera, kết nối, chia sẻ hình ảnh với Công an xã để phòng ngừa, phát hiện vi phạm.",
  },
  {
    code: "tieng-loa-an-ninh",
    name: "Tiếng loa an ninh",
    field: F.TECHNOLOGY,
    lead: L.POLICE,
    description:
      "Chuyên mục phát thanh định kỳ trên hệ thống loa truyền thanh cơ sở về phương thức, thủ đoạn của tội phạm và cách phòng ngừa.",
  },
  {
    code: "lien-gia-an-toan-pccc",
    name: "Tổ liên gia an toàn phòng cháy, chữa cháy",
    field: F.FIRE_RESCUE,
    lead: L.VILLAGE,
    description: "Các hộ liền kề trang bị phương tiện, hỗ trợ nhau chữa cháy tại chỗ.",
  },
  {
    code: "tuyen-duong-tu-quan",
    name: "Tuyến đường tự quản về an ninh trật tự, an toàn giao thông",
    field: F.TRAFFIC,
    lead: L.VILLAGE,
    description:
      "Hộ dân hai bên tuyến đường tự quản về trật tự, an toàn giao thông, vệ sinh môi trường.",
  },
  {
    code: "khu-dan-cu-khong-ma-tuy",
    name: "Khu dân cư không có tội phạm và tệ nạn ma túy",
    field: F.SOCIAL_EVILS,
    lead: L.FATHERLAND_FRONT,
    description: "Khu dân cư cam kết không để phát sinh tội phạm, tệ nạn ma túy.",
  },
  {
    code: "tu-quan-duong-bien-moc",
    name: "Tổ tự quản đường biên, mốc quốc giới",
    field: F.BORDER_SEA,
    lead: L.VILLAGE,
    description:
      "Hộ gia đình, thôn bản nhận tự quản đoạn đường biên, cột mốc, phối hợp với Bộ đội Biên phòng tuần tra.",
  },
  {
    code: "cong-truong-an-toan",
    name: "Cổng trường an toàn giao thông",
    field: F.TRAFFIC,
    lead: L.YOUTH,
    description:
      "Phụ huynh, giáo viên, đoàn viên giữ trật tự giao thông trước cổng trường giờ tan học.",
  },
  {
    code: "doanh-nghiep-an-toan",
    name: "Doanh nghiệp an toàn về an ninh trật tự",
    field: F.WORKPLACE,
    lead: L.ENTERPRISE,
    description:
      "Doanh nghiệp tự bảo vệ tài sản, phòng chống cháy nổ, giữ gìn trật tự trong khu vực sản xuất.",
  },
  {
    code: "nguoi-co-uy-tin",
    name: "Câu lạc bộ người có uy tín trong đồng bào dân tộc thiểu số",
    field: F.ETHNIC,
    lead: L.ELDERLY,
    description:
      "Già làng, trưởng bản, người có uy tín tuyên truyền, vận động đồng bào chấp hành pháp luật.",
  },
  // Bạc Liêu's nine models recognised by the Ministry of Public Security for nationwide replication.
  {
    code: "clb-nguoi-hoan-luong",
    name: "Câu lạc bộ người hoàn lương",
    field: F.REINTEGRATION,
    lead: L.POLICE,
    description:
      "Người đã chấp hành xong án phạt tù sinh hoạt cùng nhau, được giúp vốn, việc làm để tái hòa nhập cộng đồng.",
    origin: { provinceCode: CA_MAU },
  },
  {
    code: "to-tu-quan-dong-toc",
    name: "Tổ tự quản dòng tộc về an ninh trật tự",
    field: F.SELF_MANAGEMENT,
    lead: L.ELDERLY,
    description:
      "Trưởng tộc, người cao tuổi trong dòng họ giáo dục con cháu chấp hành pháp luật, hòa giải mâu thuẫn trong dòng tộc.",
    origin: { provinceCode: CA_MAU },
  },
  {
    code: "to-giao-dan-tu-quan",
    name: "Tổ giáo dân tự quản, tự phòng về an ninh trật tự",
    field: F.RELIGION,
    lead: L.RELIGIOUS,
    description:
      "Giáo dân trong giáo xứ tự quản, tự phòng, tự bảo vệ an ninh trật tự ở khu dân cư.",
    origin: { provinceCode: CA_MAU },
  },
  {
    code: "tuyen-kenh-an-toan",
    name: "Tuyến kênh an toàn về an ninh trật tự",
    field: F.SELF_MANAGEMENT,
    lead: L.VILLAGE,
    description:
      "Hộ dân dọc tuyến kênh tự quản, tuần tra, bảo vệ tài sản, vuông tôm và trật tự giao thông đường thủy.",
    origin: { provinceCode: CA_MAU },
  },
  {
    code: "ngu-dan-tu-quan-tren-bien",
    name: "Tổ ngư dân tự quản về an ninh trật tự trên biển",
    field: F.BORDER_SEA,
    lead: L.OTHER,
    description:
      "Chủ tàu, thuyền viên đánh bắt cùng ngư trường hỗ trợ nhau, báo tin về hoạt động vi phạm trên biển.",
    origin: { provinceCode: CA_MAU },
  },
  {
    code: "cong-nhan-dich-vu-do-thi",
    name: "Tổ công nhân dịch vụ đô thị tự quản về an ninh trật tự",
    field: F.WORKPLACE,
    lead: L.ENTERPRISE,
    description:
      "Công nhân vệ sinh, chiếu sáng, cây xanh làm việc ban đêm phát hiện, báo tin về hành vi vi phạm.",
    origin: { provinceCode: CA_MAU },
  },
  {
    code: "clb-3-tich-cuc-khmer",
    name: "Câu lạc bộ 3 tích cực trong đồng bào dân tộc Khmer",
    field: F.ETHNIC,
    lead: L.VILLAGE,
    description:
      "Tích cực tuyên truyền, vận động; tích cực phát hiện, tố giác tội phạm; tích cực tham gia giải quyết mâu thuẫn trong đồng bào Khmer.",
    goals:
      "Giữ vững an ninh vùng đồng bào dân tộc Khmer, không để kẻ xấu lợi dụng vấn đề dân tộc, tôn giáo.",
    origin: { provinceCode: CA_MAU, formerCommuneCode: "31909", launchedOn: day(2014, 10, 10) },
  },
  {
    code: "clb-nu-pctp",
    name: "Câu lạc bộ nữ phòng chống tội phạm",
    field: F.CRIME_PREVENTION,
    lead: L.WOMEN,
    description:
      "Hội viên phụ nữ tuyên truyền phòng chống tội phạm, bạo lực gia đình, mua bán người.",
    origin: { provinceCode: CA_MAU },
  },
  {
    code: "clb-ccb-pctp",
    name: "Câu lạc bộ Hội Cựu chiến binh phòng chống tội phạm",
    field: F.CRIME_PREVENTION,
    lead: L.VETERANS,
    description:
      "Hội viên cựu chiến binh tuần tra, nắm tình hình, phát hiện, tố giác tội phạm và cảm hóa người lầm lỗi.",
    goals: "Mỗi hội viên là một tai mắt của Công an ở khu dân cư.",
    origin: { provinceCode: CA_MAU, formerCommuneCode: "31960", launchedOn: day(2016, 4, 20) },
  },
].map((m) => ({
  ...m,
  name: m.name.normalize("NFC"),
  description: m.description.normalize("NFC"),
  goals: m.goals?.normalize("NFC"),
}));

export const nationalModelId = (code: string): string => uuidFor(`model:national:${code}`);

export interface CatalogResolver {
  province: (code: string) => number;
  formerCommuneByCode: (code: string) => number;
  /** The new commune a former commune became. */
  communeOfFormer: (code: string) => number;
}

/** Creates the missing catalog models; returns every national model's id by code. */
export async function seedNationalModels(
  db: PrismaClient,
  resolve: CatalogResolver,
): Promise<Map<string, string>> {
  await db.model.createMany({
    data: NATIONAL_MODELS.map((m) => ({
      id: nationalModelId(m.code),
      provinceId: null,
      code: m.code,
      name: m.name,
      field: m.field,
      description: m.description,
      goals: m.goals ?? null,
      originProvinceId: m.origin ? resolve.province(m.origin.provinceCode) : null,
      originFormerCommuneId: m.origin?.formerCommuneCode
        ? resolve.formerCommuneByCode(m.origin.formerCommuneCode)
        : null,
      originCommuneId: m.origin?.formerCommuneCode
        ? resolve.communeOfFormer(m.origin.formerCommuneCode)
        : null,
      launchedOn: m.origin?.launchedOn ?? null,
    })),
    skipDuplicates: true,
  });
  const rows = await db.model.findMany({
    where: { provinceId: null },
    select: { id: true, code: true },
  });
  return new Map(rows.map((r) => [r.code, r.id]));
}
