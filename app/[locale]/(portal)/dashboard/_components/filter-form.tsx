import type { DashboardSetup } from "@/lib/dashboards/context";
import { quarterParam } from "@/lib/dashboards/periods";
import { formatQuarter } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

// The indicator and the period, sent as a GET form: the choice lands in the address, so the view
// can be shared as a link and survives a reload. Where the viewer is (province, commune, former
// province) rides along in hidden fields.

export function FilterForm({
  setup,
  locale,
  action,
  labels,
  formerProvinces,
}: {
  setup: DashboardSetup;
  locale: AppLocale;
  action: string;
  labels: {
    indicator: string;
    from: string;
    to: string;
    show: string;
    former: string;
    formerAll: string;
  };
  formerProvinces?: { id: number; name: string }[];
}) {
  const { filter, indicators, periods, view } = setup;
  const kinds = [
    { kind: "COMMUNE", label: locale === "vi" ? "Báo cáo của xã" : "Commune reports" },
    { kind: "POINT", label: locale === "vi" ? "Báo cáo của điểm nhân rộng" : "Point reports" },
  ] as const;
  const select =
    "mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-2 text-base text-slate-900";
  return (
    <form
      method="get"
      action={action}
      className="grid gap-3 rounded border border-slate-200 bg-slate-50 p-3 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_auto_auto] print:hidden"
    >
      <div>
        <label htmlFor="f-ind" className="block text-sm font-medium text-slate-800">
          {labels.indicator}
        </label>
        <select id="f-ind" name="ind" defaultValue={String(filter.indicatorId)} className={select}>
          {kinds.map((k) => (
            <optgroup key={k.kind} label={k.label}>
              {indicators
                .filter((i) => i.reportKind === k.kind)
                .map((i) => (
                  <option key={i.id} value={i.id}>
                    {locale === "vi" ? i.nameVi : i.nameEn}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      {(["from", "to"] as const).map((name) => (
        <div key={name}>
          <label htmlFor={`f-${name}`} className="block text-sm font-medium text-slate-800">
            {labels[name]}
          </label>
          <select
            id={`f-${name}`}
            name={name}
            defaultValue={quarterParam(filter.range[name])}
            className={select}
          >
            {periods.map((p) => (
              <option key={p.id} value={quarterParam(p)}>
                {formatQuarter(p.year, p.quarter, locale)}
              </option>
            ))}
          </select>
        </div>
      ))}
      {formerProvinces && formerProvinces.length > 0 ? (
        <div>
          <label htmlFor="f-fp" className="block text-sm font-medium text-slate-800">
            {labels.former}
          </label>
          <select
            id="f-fp"
            name="fp"
            defaultValue={String(filter.formerProvinceId ?? "")}
            className={select}
          >
            <option value="">{labels.formerAll}</option>
            {formerProvinces.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        </div>
      ) : filter.formerProvinceId ? (
        <input type="hidden" name="fp" value={filter.formerProvinceId} />
      ) : null}
      {view.level !== "NATION" ? (
        <input type="hidden" name="province" value={view.provinceId} />
      ) : null}
      {view.level === "COMMUNE" ? (
        <input type="hidden" name="commune" value={view.communeId} />
      ) : null}
      {filter.pointIndicatorId ? (
        <input type="hidden" name="pind" value={filter.pointIndicatorId} />
      ) : null}
      <div className="flex items-end">
        <button
          type="submit"
          className="w-full rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {labels.show}
        </button>
      </div>
    </form>
  );
}
