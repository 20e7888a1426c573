import type { Prisma } from "../../../lib/generated/prisma/client";
import { RecognitionLevel } from "../../../lib/generated/prisma/enums";
import { day } from "../../../lib/periods/period-dates";
import { NATIONAL_MODELS } from "../reference/national-models";
import type { IdOf } from "./ids";
import type { PlacedModels } from "./points";
import type { Rng } from "./random";

// Recognitions of a province's models: the ministry's (nationwide replication) and those drawn
// from the province's models (experience notices, "điển hình tiên tiến").

type Range = readonly [number, number];

export interface RecognitionDraw {
  level: RecognitionLevel;
  count: number;
  issuer: string;
  /** Drawn among the province's own models, or among every model it has points of. */
  of: "own-models" | "all-models";
  /** Decision dates: a year and a month in these ranges (a one-year range draws no year). */
  years: Range;
  months: Range;
}

export interface RecognitionOptions {
  provinceId: number;
  provinceCode: string;
  nationalModelIds: ReadonlyMap<string, string>;
  /** The national catalog's models that originate in the province, recognised by the ministry. */
  ministry: boolean;
  draws: readonly RecognitionDraw[];
}

export function planRecognitions(
  placed: PlacedModels,
  options: RecognitionOptions,
  rng: Rng,
  id: IdOf,
): Prisma.ModelRecognitionCreateManyInput[] {
  const rows: Prisma.ModelRecognitionCreateManyInput[] = [];
  const origin = options.ministry
    ? NATIONAL_MODELS.filter((m) => m.origin?.provinceCode === options.provinceCode)
    : [];
  for (const m of origin) {
    const modelId = options.nationalModelIds.get(m.code);
    if (!modelId) throw new Error(`National model ${m.code} missing`);
    rows.push({
      id: id("recognition", m.code),
      provinceId: options.provinceId,
      modelId,
      level: RecognitionLevel.MINISTRY_NATIONWIDE,
      issuer: "Bộ Công an",
    });
  }
  for (const draw of options.draws) {
    // Own models are keyed by code, others by their (stable) catalog id.
    const pool =
      draw.of === "own-models"
        ? placed.models.map((m) => ({ modelId: m.id ?? "", key: m.code }))
        : [...new Set(placed.modelIds)].map((modelId) => ({ modelId, key: modelId }));
    for (const { modelId, key } of rng.sample(pool, draw.count)) {
      const [fromYear, toYear] = draw.years;
      const year = fromYear === toYear ? fromYear : rng.int(fromYear, toYear);
      rows.push({
        id: id("recognition", key),
        provinceId: options.provinceId,
        modelId,
        level: draw.level,
        issuer: draw.issuer.normalize("NFC"),
        decidedOn: day(year, rng.int(draw.months[0], draw.months[1]), rng.int(1, 28)),
      });
    }
  }
  return rows;
}
