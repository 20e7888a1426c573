import { z } from "zod";
import { integer, intId, optional } from "@/lib/validation/fields";

// What the download form sends (a GET query string): the province or a former province (the
// ministry; a province's officers only their own), the year and, optionally, a quarter.

export const FIRST_SUMMARY_YEAR = 2020;

export const summaryYear = integer({ min: FIRST_SUMMARY_YEAR, max: 2100, example: 2023 });
export const summaryQuarter = integer({ min: 1, max: 4, example: 1 });

export const summaryQuerySchema = z.object({
  province: optional(intId()),
  former: optional(intId()),
  year: summaryYear,
  quarter: optional(summaryQuarter),
});

export interface SummaryRequest {
  /** A province (the ministry; a province's own). Neither this nor a former: the nation or one's own. */
  provinceId?: number | undefined;
  /** A former province on its own ("Bạc Liêu (cũ)"); takes precedence over `provinceId`. */
  formerProvinceId?: number | undefined;
  year: number;
  quarter?: number | undefined;
}
