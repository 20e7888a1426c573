import { SelectField } from "@/components/forms/field";
import { Button } from "@/components/ui/button";

interface Option {
  id: number;
  name: string;
}

/**
 * The year (and, for the ministry, the province; for years before 2025 the former province) of an
 * evaluation page: a plain GET form, so that every view is an address.
 */
export function YearFilters({
  labels,
  year,
  years,
  provinces,
  provinceId,
  formerProvinces,
  formerProvinceId,
  extra,
}: {
  labels: {
    heading: string;
    year: string;
    province: string;
    allProvinces: string;
    former: string;
    allFormer: string;
    formerOption: (name: string) => string;
    formerHint?: string;
    show: string;
  };
  year: number;
  years: number[];
  provinces: Option[];
  provinceId: number | undefined;
  formerProvinces: Option[];
  formerProvinceId: number | undefined;
  extra?: { name: string; value: string }[];
}) {
  return (
    <form
      method="get"
      aria-label={labels.heading}
      className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-slate-50 p-4"
    >
      {extra?.map((e) => (
        <input key={e.name} type="hidden" name={e.name} value={e.value} />
      ))}
      <div className="w-32">
        <SelectField id="filter-year" name="year" label={labels.year} defaultValue={year}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      {provinces.length > 0 ? (
        <div className="w-full sm:w-64">
          <SelectField
            id="filter-province"
            name="province"
            label={labels.province}
            defaultValue={provinceId ?? ""}
          >
            <option value="">{labels.allProvinces}</option>
            {provinces.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      {formerProvinces.length > 0 ? (
        <div className="w-full sm:w-72">
          <SelectField
            id="filter-former"
            name="former"
            label={labels.former}
            hint={labels.formerHint}
            defaultValue={formerProvinceId ?? ""}
          >
            <option value="">{labels.allFormer}</option>
            {formerProvinces.map((f) => (
              <option key={f.id} value={f.id}>
                {labels.formerOption(f.name)}
              </option>
            ))}
          </SelectField>
        </div>
      ) : null}
      <div className={formerProvinces.length > 0 && labels.formerHint ? "sm:pb-5" : ""}>
        <Button>{labels.show}</Button>
      </div>
    </form>
  );
}
