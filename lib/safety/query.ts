import { integer, intId, readSearchParam, type SearchParams } from "@/lib/validation/fields";
import { today } from "@/lib/points/rules";

// The evaluation pages' choices, read from the address with the building blocks (a bad one is left out).

const yearBlock = integer({ min: 2015, max: 2100 });

export interface YearQuery {
  year: number;
  provinceId: number | undefined;
  formerProvinceId: number | undefined;
  communeId: number | undefined;
}

/** ?year=2023&province=86&former=12&commune=3: the year defaults to last year (the last evaluated). */
export function readYearQuery(params: SearchParams): YearQuery {
  const thisYear = today().getUTCFullYear();
  const year = readSearchParam(params, "year", yearBlock).value;
  return {
    year: year !== undefined && year <= thisYear + 1 ? year : thisYear - 1,
    provinceId: readSearchParam(params, "province", intId()).value,
    formerProvinceId: readSearchParam(params, "former", intId()).value,
    communeId: readSearchParam(params, "commune", intId()).value,
  };
}

/** The years a page offers, newest first. */
export function evaluationYears(): number[] {
  const years: number[] = [];
  for (let y = today().getUTCFullYear() + 1; y >= 2015; y--) years.push(y);
  return years;
}
