import { LeadOrganization, ModelField, Religion } from "../../lib/generated/prisma/enums";
import { type ModelUse, nat, own } from "./demo-models";

// Models of the other demo provinces. Point counts are exact (the tests add them up).

const F = ModelField;
const L = LeadOrganization;

/** Hà Giang's districts on the border with China. */
export const HA_GIANG_BORDER = [
  "Đồng Văn",
  "Mèo Vạc",
  "Yên Minh",
  "Quản Bạ",
  "Vị Xuyên",
  "Hoàng Su Phì",
  "Xín Mần",
];
const HIGHLAND = ["Đồng Văn", "Mèo Vạc", "Yên Minh", "Quản Bạ"];
const TOURISM = [
  "Đồng Văn",
  "Mèo Vạc",
  "Yên Minh",
  "Quản Bạ",
  "Hoàng Su Phì",
  "Thành phố Hà Giang",
];

/** Hà Giang (now Tuyên Quang): 24 models at 1,067 points. Ngọc Hà's cameras are the first camera point. */
export const HA_GIANG_MODELS: readonly ModelUse[] = [
  nat("tu-quan-duong-bien-moc", 150, 2012, "GENERAL", { districts: HA_GIANG_BORDER, border: true }),
  nat("to-lien-gia-tu-quan", 182, 2012, "GENERAL", { atArea: true }),
  nat("camera-an-ninh", 60, 2019, "GENERAL", {
    origin: { formerCode: "00692", on: [2021, 5, 15] },
    atArea: true,
  }),
  nat("tieng-loa-an-ninh", 40, 2018, "GENERAL"),
  nat("lien-gia-an-toan-pccc", 50, 2016, "GENERAL", { atArea: true }),
  nat("tuyen-duong-tu-quan", 40, 2016, "GENERAL"),
  nat("khu-dan-cu-khong-ma-tuy", 60, 2014, "GENERAL", { atArea: true }),
  nat("nguoi-co-uy-tin", 80, 2013, "ELDERLY"),
  nat("cong-truong-an-toan", 25, 2018, "YOUTH"),
  nat("doanh-nghiep-an-toan", 8, 2019, "WORKER", {
    districts: ["Thành phố Hà Giang", "Bắc Quang", "Vị Xuyên"],
  }),
  own("Tổ tuần tra biên giới nhân dân", F.BORDER_SEA, L.VILLAGE, 60, 2014, "GENERAL", {
    districts: HA_GIANG_BORDER,
    border: true,
  }),
  own(
    "Thôn, bản không có người xuất cảnh trái phép",
    F.BORDER_SEA,
    L.VILLAGE,
    40,
    2016,
    "GENERAL",
    { districts: HA_GIANG_BORDER, atArea: true },
  ),
  own("Dòng họ tự quản về an ninh trật tự", F.SELF_MANAGEMENT, L.ELDERLY, 45, 2013, "ELDERLY"),
  own("Tổ hòa giải thôn, bản", F.OTHER, L.VILLAGE, 35, 2012, "ELDERLY", { atArea: true }),
  own(
    "Chợ phiên vùng cao an toàn về an ninh trật tự",
    F.SELF_MANAGEMENT,
    L.ENTERPRISE,
    12,
    2017,
    "GENERAL",
    { districts: HIGHLAND },
  ),
  own("Homestay an toàn về an ninh trật tự", F.WORKPLACE, L.ENTERPRISE, 18, 2019, "GENERAL", {
    districts: TOURISM,
  }),
  own("Tuyến du lịch an toàn về an ninh trật tự", F.TRAFFIC, L.OTHER, 10, 2019, "GENERAL", {
    districts: TOURISM,
  }),
  own(
    "Câu lạc bộ phụ nữ phòng, chống mua bán người",
    F.CRIME_PREVENTION,
    L.WOMEN,
    30,
    2015,
    "WOMEN",
    { districts: HA_GIANG_BORDER },
  ),
  own("Tổ bảo vệ rừng cộng đồng", F.OTHER, L.VILLAGE, 25, 2014, "GENERAL", { urban: false }),
  own(
    "Tổ xung kích phòng, chống thiên tai, cứu hộ, cứu nạn",
    F.FIRE_RESCUE,
    L.YOUTH,
    20,
    2018,
    "YOUTH",
  ),
  own("Thôn, bản không có ma túy", F.SOCIAL_EVILS, L.FATHERLAND_FRONT, 30, 2015, "GENERAL", {
    atArea: true,
  }),
  own(
    "Câu lạc bộ thanh niên tình nguyện giữ gìn an ninh trật tự",
    F.CRIME_PREVENTION,
    L.YOUTH,
    20,
    2017,
    "YOUTH",
  ),
  own("Điểm trường an toàn về an ninh trật tự", F.WORKPLACE, L.YOUTH, 15, 2018, "YOUTH", {
    urban: false,
  }),
  own(
    "Tín đồ Tin lành tự quản về an ninh trật tự",
    F.RELIGION,
    L.RELIGIOUS,
    12,
    2018,
    "RELIGIOUS",
    { districts: HIGHLAND, religion: Religion.PROTESTANTISM },
  ),
];

/** Bến Tre (now Vĩnh Long): "Tiếng loa an ninh" in 149 former communes, and six other models. */
export const BEN_TRE_MODELS: readonly ModelUse[] = [
  nat("tieng-loa-an-ninh", 149, 2017, "GENERAL", { spread: true }),
  nat("camera-an-ninh", 40, 2019, "GENERAL", { atArea: true }),
  nat("to-lien-gia-tu-quan", 30, 2014, "GENERAL", { atArea: true }),
  nat("khu-dan-cu-khong-ma-tuy", 15, 2016, "GENERAL", { atArea: true }),
  nat("cong-truong-an-toan", 10, 2018, "YOUTH"),
  own("Tổ tự quản về an ninh trật tự trên sông", F.TRAFFIC, L.VILLAGE, 8, 2017, "FISHER"),
  own(
    "Câu lạc bộ phòng, chống tội phạm ở khu dân cư",
    F.CRIME_PREVENTION,
    L.FATHERLAND_FRONT,
    12,
    2016,
    "GENERAL",
  ),
];

const ST_KHMER = [
  "Vĩnh Châu",
  "Trần Đề",
  "Mỹ Xuyên",
  "Châu Thành",
  "Mỹ Tú",
  "Thạnh Trị",
  "Long Phú",
  "Thành phố Sóc Trăng",
];
const ST_RIVER = ["Cù Lao Dung", "Kế Sách", "Long Phú", "Trần Đề"];

/** Sóc Trăng (now Cần Thơ): 40 model types at 603 points. */
export const SOC_TRANG_MODELS: readonly ModelUse[] = [
  nat("clb-3-tich-cuc-khmer", 60, 2015, "KHMER", { districts: ST_KHMER }),
  nat("to-lien-gia-tu-quan", 90, 2013, "GENERAL", { atArea: true }),
  nat("camera-an-ninh", 45, 2019, "GENERAL", { atArea: true }),
  nat("tieng-loa-an-ninh", 30, 2018, "GENERAL"),
  nat("lien-gia-an-toan-pccc", 25, 2017, "GENERAL", { atArea: true }),
  nat("tuyen-duong-tu-quan", 20, 2016, "GENERAL"),
  nat("khu-dan-cu-khong-ma-tuy", 30, 2015, "GENERAL", { atArea: true }),
  nat("clb-ccb-pctp", 40, 2017, "VETERAN"),
  nat("clb-nu-pctp", 25, 2017, "WOMEN"),
  nat("clb-nguoi-hoan-luong", 12, 2016, "REINTEGRATED"),
  own("Chùa Khmer tự quản về an ninh trật tự", F.RELIGION, L.RELIGIOUS, 20, 2016, "KHMER", {
    districts: ST_KHMER,
  }),
  own("Tổ tự quản về an ninh trật tự trong đồng bào Hoa", F.ETHNIC, L.VILLAGE, 8, 2017, "HOA", {
    districts: ["Thành phố Sóc Trăng", "Vĩnh Châu", "Mỹ Xuyên"],
  }),
  own("Câu lạc bộ Achar với an ninh trật tự", F.RELIGION, L.RELIGIOUS, 8, 2018, "KHMER", {
    districts: ST_KHMER,
  }),
  own("Tổ tự quản vùng nuôi tôm", F.SELF_MANAGEMENT, L.FARMERS, 12, 2016, "GENERAL", {
    districts: ["Vĩnh Châu", "Trần Đề", "Mỹ Xuyên"],
  }),
  own("Tổ bảo vệ ruộng hành tím", F.CRIME_PREVENTION, L.FARMERS, 6, 2018, "KHMER", {
    districts: ["Vĩnh Châu"],
  }),
  own("Tổ tự quản về an ninh trật tự trên sông Hậu", F.TRAFFIC, L.VILLAGE, 8, 2017, "FISHER", {
    districts: ST_RIVER,
  }),
  own("Câu lạc bộ ghe ngo với an ninh trật tự", F.ETHNIC, L.YOUTH, 5, 2019, "KHMER", {
    districts: ST_KHMER,
  }),
  own(
    "Câu lạc bộ thanh niên phòng, chống tội phạm",
    F.CRIME_PREVENTION,
    L.YOUTH,
    10,
    2016,
    "YOUTH",
  ),
  own("Tổ tuần tra nhân dân", F.CRIME_PREVENTION, L.POLICE, 12, 2014, "GENERAL"),
  own("Tổ hòa giải ở cơ sở", F.OTHER, L.FATHERLAND_FRONT, 10, 2014, "ELDERLY"),
  own("Câu lạc bộ phòng, chống ma túy", F.SOCIAL_EVILS, L.YOUTH, 8, 2017, "YOUTH"),
  own(
    "Tổ tự quản cơ sở kinh doanh có điều kiện về an ninh trật tự",
    F.WORKPLACE,
    L.ENTERPRISE,
    5,
    2019,
    "WORKER",
    { urban: true },
  ),
  own("Tổ phòng cháy, chữa cháy tự quản khu chợ", F.FIRE_RESCUE, L.ENTERPRISE, 6, 2018, "GENERAL", {
    urban: true,
  }),
  own(
    "Doanh nghiệp tự quản về an ninh trật tự khu công nghiệp",
    F.WORKPLACE,
    L.ENTERPRISE,
    2,
    2019,
    "WORKER",
    { districts: ["Châu Thành", "Thành phố Sóc Trăng"] },
  ),
  own("Trường học an toàn về an ninh trật tự", F.WORKPLACE, L.YOUTH, 8, 2017, "YOUTH"),
  own("Tổ ngư dân tự quản trên biển", F.BORDER_SEA, L.OTHER, 6, 2016, "FISHER", {
    districts: ["Trần Đề", "Vĩnh Châu", "Cù Lao Dung"],
  }),
  own("Câu lạc bộ nông dân với pháp luật", F.OTHER, L.FARMERS, 8, 2015, "GENERAL", {
    urban: false,
  }),
  own("Nhóm Zalo an ninh trật tự ấp, khóm", F.TECHNOLOGY, L.POLICE, 8, 2020, "GENERAL", {
    atArea: true,
  }),
  own(
    "Tổ tín đồ Phật giáo Hòa Hảo tự quản về an ninh trật tự",
    F.RELIGION,
    L.RELIGIOUS,
    3,
    2018,
    "RELIGIOUS",
    { districts: ["Kế Sách", "Ngã Năm", "Thạnh Trị"], religion: Religion.HOA_HAO },
  ),
  own(
    "Tổ tín đồ Cao Đài tự quản về an ninh trật tự",
    F.RELIGION,
    L.RELIGIOUS,
    4,
    2018,
    "RELIGIOUS",
    { religion: Religion.CAO_DAI },
  ),
  own("Câu lạc bộ phòng, chống bạo lực gia đình", F.SOCIAL_EVILS, L.WOMEN, 6, 2016, "WOMEN"),
  own("Câu lạc bộ người cao tuổi với an ninh trật tự", F.OTHER, L.ELDERLY, 6, 2016, "ELDERLY"),
  own(
    "Ấp, khóm văn hóa an toàn về an ninh trật tự",
    F.SELF_MANAGEMENT,
    L.FATHERLAND_FRONT,
    10,
    2015,
    "GENERAL",
    { atArea: true },
  ),
  own("Tổ tự quản bến đò, bến phà an toàn", F.TRAFFIC, L.VILLAGE, 6, 2017, "GENERAL", {
    districts: ST_RIVER,
  }),
  own(
    "Tổ giám sát người được hưởng án treo tại cộng đồng",
    F.REINTEGRATION,
    L.POLICE,
    5,
    2018,
    "GENERAL",
  ),
  own("Camera an ninh tuyến Quốc lộ Nam Sông Hậu", F.TECHNOLOGY, L.POLICE, 3, 2020, "GENERAL", {
    districts: ["Long Phú", "Trần Đề", "Vĩnh Châu"],
  }),
  own("Đội thanh niên xung kích an ninh ấp", F.CRIME_PREVENTION, L.YOUTH, 8, 2016, "YOUTH", {
    urban: false,
  }),
  own(
    "Tổ tự quản khu nhà trọ về an ninh trật tự",
    F.SELF_MANAGEMENT,
    L.VILLAGE,
    4,
    2018,
    "WORKER",
    { urban: true },
  ),
  own(
    "Câu lạc bộ phụ nữ Khmer phòng, chống mua bán người",
    F.CRIME_PREVENTION,
    L.WOMEN,
    8,
    2017,
    "WOMEN",
    { districts: ST_KHMER },
  ),
  own("Tổ tự quản đê biển về an ninh trật tự", F.BORDER_SEA, L.VILLAGE, 13, 2016, "GENERAL", {
    districts: ["Vĩnh Châu", "Trần Đề", "Cù Lao Dung"],
  }),
];
