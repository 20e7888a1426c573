import { describe, expect, it } from "vitest";
import { ETHNICITIES } from "@/prisma/seed/reference/ethnicities";
import { INDICATORS } from "@/prisma/seed/reference/indicators";
import { checkRules } from "@/lib/reports/check-rules";
import { seedPeriodDates } from "@/prisma/seed/reference/periods";
import { VALIDATION_RULES } from "@/prisma/seed/reference/validation-rules";

describe("ethnic groups", () => {
  it("are the 54 groups with GSO codes 1–54", () => {
    expect(ETHNICITIES.map((e) => e.id)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    expect(new Set(ETHNICITIES.map((e) => e.name)).size).toBe(54);
    const byId = new Map(ETHNICITIES.map((e) => [e.id, e.name]));
    expect([1, 4, 5, 8, 23, 54].map((id) => byId.get(id))).toEqual([
      "Kinh",
      "Hoa",
      "Khơ-me",
      "Mông",
      "Bru-Vân Kiều",
      "Rơ-măm",
    ]);
    for (const e of ETHNICITIES) {
      expect(e.name).toBe(e.name.normalize("NFC"));
      expect(e.nameEn).toMatch(/^[A-Za-z][A-Za-z ()-]*$/);
    }
  });
});

describe("indicator catalog", () => {
  const codes = INDICATORS.map((i) => i.code);

  it("has the default point and commune indicators with unique codes", () => {
    expect(new Set(codes).size).toBe(codes.length);
    const point = INDICATORS.filter((i) => i.reportKind === "POINT").map((i) => i.code);
    const commune = INDICATORS.filter((i) => i.reportKind === "COMMUNE").map((i) => i.code);
    expect(point).toEqual(
      expect.arrayContaining([
        "patrols",
        "patrol_participants",
        "tips",
        "mediations",
        "mediations_successful",
        "propaganda_sessions",
        "propaganda_attendees",
        "weapons_handed_in",
        "scenes_protected",
        "fire_rescue_callouts",
        "reintegration_helped",
        "meetings_held",
        "houses_built",
        "gifts",
        "gifts_value",
        "border_patrols",
        "border_patrol_participants",
      ]),
    );
    expect(commune).toEqual(
      expect.arrayContaining([
        "launch_campaigns",
        "launch_attendees",
        "leaflets",
        "media_rounds",
        "forums",
        "forum_attendees",
        "forum_opinions",
        "training_classes",
        "trainees",
        "joint_patrols",
        "commune_weapons_handed_in",
      ]),
    );
    expect(INDICATORS.find((i) => i.code === "gifts_value")?.unit).toBe("VND");
  });

  it("sorts each form's indicators in a strict order", () => {
    for (const kind of ["POINT", "COMMUNE"] as const) {
      const orders = INDICATORS.filter((i) => i.reportKind === kind).map((i) => i.sortOrder);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
      expect(new Set(orders).size).toBe(orders.length);
    }
  });

  it("has rules between indicators of the same report kind", () => {
    const kind = new Map(INDICATORS.map((i) => [i.code, i.reportKind]));
    for (const r of VALIDATION_RULES) {
      expect(kind.get(r.left), r.code).toBeDefined();
      expect(kind.get(r.left)).toBe(kind.get(r.right));
      expect(r.messageVi.length).toBeGreaterThan(10);
      expect(r.messageEn.length).toBeGreaterThan(10);
    }
    expect(new Set(VALIDATION_RULES.map((r) => r.code)).size).toBe(VALIDATION_RULES.length);
  });

  it("are checked by lib/reports: a report breaking two rules names both", () => {
    const bad = new Map([
      ["mediations", 2],
      ["mediations_successful", 3],
      ["patrols", 3],
      ["patrol_participants", 2],
    ]);
    expect(checkRules(bad, VALIDATION_RULES).sort()).toEqual([
      "mediations_successful_lte_mediations",
      "patrol_participants_gte_patrols",
    ]);
  });
});

describe("reporting periods of a new install", () => {
  it("cover every quarter from 2023 Q1 to 2026 Q4 with the default deadlines", () => {
    const periods = seedPeriodDates();
    expect(periods).toHaveLength(16);
    expect(periods[0]).toMatchObject({ year: 2023, quarter: 1 });
    expect(periods[15]).toMatchObject({ year: 2026, quarter: 4 });
    expect(periods[0]?.deadline.toISOString()).toBe("2023-04-15T00:00:00.000Z");
  });
});
