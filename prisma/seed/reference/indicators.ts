import type { PrismaClient } from "../../../lib/generated/prisma/client";
import {
  IndicatorAggregation,
  IndicatorUnit,
  ReportKind,
} from "../../../lib/generated/prisma/enums";
import { VALIDATION_RULES } from "./validation-rules";

// The ministry's default indicator catalog, as seen in real provincial reports (DESIGN.md,
// "Quarterly report"). Codes are stable: the demo data, the dashboards and the tests name them.

export interface IndicatorSeed {
  code: string;
  reportKind: ReportKind;
  nameVi: string;
  nameEn: string;
  unit: IndicatorUnit;
  groupVi: string;
  groupEn: string;
  sortOrder: number;
  /** Summed over quarters (FLOW, the default) or the latest value (STOCK). */
  aggregation: IndicatorAggregation;
}

const { POINT, COMMUNE } = ReportKind;
const { COUNT, PERSON, VND } = IndicatorUnit;

type Row = [
  code: string,
  unit: IndicatorUnit,
  nameVi: string,
  nameEn: string,
  aggregation?: IndicatorAggregation,
];
type Group = [groupVi: string, groupEn: string, rows: Row[]];

const POINT_GROUPS: Group[] = [
  [
    "Tuần tra, canh gác",
    "Patrols",
    [
      ["patrols", COUNT, "Số cuộc tuần tra, canh gác", "Patrols"],
      ["patrol_participants", PERSON, "Lượt người tham gia tuần tra", "Patrol participants"],
    ],
  ],
  [
    "Tuần tra biên giới",
    "Border patrols",
    [
      [
        "border_patrols",
        COUNT,
        "Số cuộc tuần tra đường biên, cột mốc",
        "Border and landmark patrols",
      ],
      [
        "border_patrol_participants",
        PERSON,
        "Lượt người tham gia tuần tra biên giới",
        "Border patrol participants",
      ],
    ],
  ],
  [
    "Tin báo",
    "Tips",
    [["tips", COUNT, "Tin có giá trị cung cấp cho Công an", "Valuable tips given to the police"]],
  ],
  [
    "Hòa giải",
    "Mediation",
    [
      ["mediations", COUNT, "Số vụ việc hòa giải", "Mediations attempted"],
      ["mediations_successful", COUNT, "Số vụ việc hòa giải thành", "Successful mediations"],
    ],
  ],
  [
    "Tuyên truyền",
    "Outreach",
    [
      ["propaganda_sessions", COUNT, "Số buổi tuyên truyền", "Outreach sessions"],
      ["propaganda_attendees", PERSON, "Lượt người dự tuyên truyền", "Outreach attendees"],
    ],
  ],
  [
    "Vận động giao nộp",
    "Handed in",
    [
      [
        "weapons_handed_in",
        COUNT,
        "Vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo vận động giao nộp",
        "Weapons, explosives, support tools and firecrackers handed in",
      ],
    ],
  ],
  [
    "Hỗ trợ lực lượng chức năng",
    "Support to the authorities",
    [
      ["scenes_protected", COUNT, "Số vụ tham gia bảo vệ hiện trường", "Scenes protected"],
      [
        "fire_rescue_callouts",
        COUNT,
        "Số vụ tham gia chữa cháy, cứu nạn, cứu hộ",
        "Fire and rescue call-outs joined",
      ],
    ],
  ],
  [
    "Tái hòa nhập cộng đồng",
    "Reintegration",
    [
      [
        "reintegration_helped",
        PERSON,
        "Người chấp hành xong án phạt tù được giúp đỡ",
        "People helped to reintegrate after prison",
      ],
    ],
  ],
  [
    "Sinh hoạt",
    "Meetings",
    [["meetings_held", COUNT, "Số buổi sinh hoạt định kỳ", "Regular meetings held"]],
  ],
  [
    "An sinh xã hội",
    "Social support",
    [
      ["houses_built", COUNT, "Số nhà tình nghĩa, nhà tình thương xây tặng", "Houses built"],
      ["gifts", COUNT, "Số suất quà tặng", "Gifts given"],
      ["gifts_value", VND, "Trị giá quà tặng", "Value of gifts"],
    ],
  ],
  [
    "Camera an ninh",
    "Security cameras",
    [
      [
        "cameras_in_service",
        COUNT,
        "Số camera giám sát an ninh trật tự đang hoạt động",
        "Security cameras in service",
        IndicatorAggregation.STOCK,
      ],
    ],
  ],
];

const COMMUNE_GROUPS: Group[] = [
  [
    "Phát động phong trào",
    "Movement campaigns",
    [
      ["launch_campaigns", COUNT, "Số đợt phát động phong trào", "Launch campaigns"],
      ["launch_attendees", PERSON, "Lượt người dự phát động", "Launch campaign attendees"],
    ],
  ],
  [
    "Tuyên truyền",
    "Outreach",
    [
      ["leaflets", COUNT, "Tờ rơi, tài liệu tuyên truyền phát hành", "Leaflets distributed"],
      [
        "media_rounds",
        COUNT,
        "Lượt tuyên truyền trên loa, phương tiện thông tin",
        "Loudspeaker and media rounds",
      ],
    ],
  ],
  [
    "Công an lắng nghe ý kiến Nhân dân",
    "Police listen to the people",
    [
      [
        "forums",
        COUNT,
        "Số buổi “Công an lắng nghe ý kiến Nhân dân”",
        "“Police listen to the people” forums",
      ],
      ["forum_attendees", PERSON, "Lượt người dự", "Forum attendees"],
      ["forum_opinions", COUNT, "Số ý kiến của Nhân dân", "Opinions raised"],
    ],
  ],
  [
    "Tập huấn",
    "Training",
    [
      ["training_classes", COUNT, "Số lớp tập huấn, bồi dưỡng nghiệp vụ", "Training classes"],
      ["trainees", PERSON, "Lượt người được tập huấn", "Trainees"],
    ],
  ],
  [
    "Tuần tra, canh gác",
    "Patrols",
    [["joint_patrols", COUNT, "Số cuộc tuần tra phối hợp", "Joint patrols"]],
  ],
  [
    "Vận động giao nộp",
    "Handed in",
    [
      [
        "commune_weapons_handed_in",
        COUNT,
        "Vũ khí, vật liệu nổ, pháo thu hồi qua phát động",
        "Weapons, explosives and firecrackers recovered through campaigns",
      ],
    ],
  ],
];

function flatten(kind: ReportKind, groups: Group[]): IndicatorSeed[] {
  let sortOrder = 0;
  return groups.flatMap(([groupVi, groupEn, rows]) =>
    rows.map(([code, unit, nameVi, nameEn, aggregation]) => ({
      code,
      reportKind: kind,
      nameVi: nameVi.normalize("NFC"),
      nameEn,
      unit,
      groupVi: groupVi.normalize("NFC"),
      groupEn,
      sortOrder: (sortOrder += 10),
      aggregation: aggregation ?? IndicatorAggregation.FLOW,
    })),
  );
}

export const INDICATORS: readonly IndicatorSeed[] = [
  ...flatten(POINT, POINT_GROUPS),
  ...flatten(COMMUNE, COMMUNE_GROUPS),
];

export async function seedIndicators(db: PrismaClient): Promise<Map<string, number>> {
  await db.indicator.createMany({ data: [...INDICATORS], skipDuplicates: true });
  const rows = await db.indicator.findMany({ select: { id: true, code: true } });
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  const id = (code: string): number => {
    const found = ids.get(code);
    if (found === undefined) throw new Error(`Indicator ${code} is missing`);
    return found;
  };
  await db.validationRule.createMany({
    data: VALIDATION_RULES.map((r) => ({
      code: r.code,
      leftIndicatorId: id(r.left),
      operator: r.operator,
      rightIndicatorId: id(r.right),
      messageVi: r.messageVi,
      messageEn: r.messageEn,
      severity: r.severity,
    })),
    skipDuplicates: true,
  });
  return ids;
}
