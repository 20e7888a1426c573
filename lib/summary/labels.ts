import type {
  AwardIssuer,
  AwardKind,
  Rating,
  RecognitionLevel,
  SafetyUnitType,
  TeamGrade,
} from "@/lib/generated/prisma/enums";

// The document's words for the enumerations: the report is Vietnamese whatever the reader's
// language (the download form has its own messages).

export const RECOGNITION_LEVEL_VI: Record<RecognitionLevel, string> = {
  PROVINCE_EXPERIENCE: "thông báo kinh nghiệm cấp tỉnh",
  MINISTRY_NATIONWIDE: "công nhận nhân rộng toàn quốc",
  ADVANCED_EXEMPLAR: "công nhận điển hình tiên tiến",
};

export const SAFETY_UNIT_VI: Record<SafetyUnitType, string> = {
  RESIDENTIAL_AREA: "Khu dân cư",
  COMMUNE: "Xã, phường, đặc khu",
  AGENCY: "Cơ quan",
  ENTERPRISE: "Doanh nghiệp",
  SCHOOL: "Cơ sở giáo dục",
};

export const SAFETY_UNIT_ORDER: readonly SafetyUnitType[] = [
  "RESIDENTIAL_AREA",
  "COMMUNE",
  "AGENCY",
  "ENTERPRISE",
  "SCHOOL",
];

export const RATING_VI: Record<Rating, string> = {
  GOOD: "tốt",
  FAIR: "khá",
  AVERAGE: "trung bình",
  WEAK: "yếu",
};

export const RATING_ORDER: readonly Rating[] = ["GOOD", "FAIR", "AVERAGE", "WEAK"];

export const TEAM_GRADE_VI: Record<TeamGrade, string> = {
  EXCELLENT: "hoàn thành xuất sắc nhiệm vụ",
  GOOD: "hoàn thành tốt nhiệm vụ",
  COMPLETED: "hoàn thành nhiệm vụ",
  NOT_COMPLETED: "không hoàn thành nhiệm vụ",
};

export const AWARD_ISSUER_VI: Record<AwardIssuer, string> = {
  MINISTRY: "Bộ Công an",
  PROVINCE_COMMITTEE: "Ủy ban nhân dân tỉnh",
  FATHERLAND_FRONT: "Ủy ban Mặt trận Tổ quốc Việt Nam",
  POLICE_DIRECTOR: "Giám đốc Công an tỉnh",
};

export const AWARD_ISSUER_ORDER: readonly AwardIssuer[] = [
  "MINISTRY",
  "PROVINCE_COMMITTEE",
  "FATHERLAND_FRONT",
  "POLICE_DIRECTOR",
];

export const AWARD_KIND_VI: Record<AwardKind, string> = {
  EMULATION_FLAG: "Cờ thi đua",
  MERIT_CERTIFICATE: "Bằng khen",
  COMMENDATION: "Giấy khen",
  MEDAL: "Kỷ niệm chương “Bảo vệ an ninh Tổ quốc”",
};

export const AWARD_KIND_ORDER: readonly AwardKind[] = [
  "EMULATION_FLAG",
  "MERIT_CERTIFICATE",
  "COMMENDATION",
  "MEDAL",
];
