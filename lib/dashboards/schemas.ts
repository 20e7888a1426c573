import { z } from "zod";
import { count, intId, rowVersion, shortText } from "@/lib/validation/fields";

// The ministry administrator's population form: a province's population and where it comes from.

export const POPULATION_SOURCE_MAX = 300;

export const updatePopulationSchema = z.object({
  provinceId: intId(),
  population: count({ max: 50_000_000 }),
  source: shortText({
    max: POPULATION_SOURCE_MAX,
    requiredKey: "required",
    tooLongKey: "textTooLong",
  }),
  version: rowVersion(),
});

export type UpdatePopulationInput = z.output<typeof updatePopulationSchema>;
