import { z } from "zod";
import { integer, intId, oneOf, readSearchParam, type SearchParams } from "@/lib/validation/fields";
import { WORK_STATES } from "./list-worklist";

// The worklist's filters read from the address (decision 007): a bad value is left out and said.

export function parseWorklistQuery(query: SearchParams) {
  const read = {
    province: readSearchParam(query, "province", intId()),
    commune: readSearchParam(query, "commune", intId()),
    year: readSearchParam(query, "year", integer({ min: 2000, max: 2100 })),
    quarter: readSearchParam(query, "quarter", integer({ min: 1, max: 4 })),
    state: readSearchParam(query, "state", oneOf(WORK_STATES)),
    kind: readSearchParam(query, "kind", oneOf(["POINT", "COMMUNE"] as const)),
    // The keyset cursor: lib/lists/keyset.ts reads it, and an unreadable one means the first page.
    after: readSearchParam(query, "after", z.string().max(1000)),
  };
  return {
    province: read.province.value,
    commune: read.commune.value,
    year: read.year.value,
    quarter: read.quarter.value,
    state: read.state.value,
    kind: read.kind.value,
    after: read.after.value,
    invalid: Object.values(read).some((r) => r.invalid),
  };
}

export type WorklistQuery = ReturnType<typeof parseWorklistQuery>;
