import type { DashboardSetup } from "@/lib/dashboards/context";
import { dashboardParams } from "@/lib/dashboards/filter";
import type { AppLocale } from "@/lib/i18n/routing";

// A commune's points report the point report's indicators, not the commune report's: when the
// dashboard's indicator is a commune report's, the points table shows one of the point report's,
// chosen here (a GET form: `pind` lands in the address with the rest of the view).

export function PointIndicatorForm({
  setup,
  locale,
  action,
  labels,
}: {
  setup: DashboardSetup;
  locale: AppLocale;
  action: string;
  labels: { note: string; pointIndicator: string; show: string };
}) {
  const { filter, indicators, pointIndicator } = setup;
  const keep = Object.entries(dashboardParams({ ...filter, pointIndicatorId: undefined }));
  return (
    <div className="space-y-2">
      <p className="max-w-4xl text-sm text-slate-700" data-testid="points-indicator-note">
        {labels.note}
      </p>
      <form
        method="get"
        action={action}
        className="flex flex-wrap items-end gap-3 print:hidden"
        data-testid="points-indicator-form"
      >
        {keep.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="min-w-0 flex-1 sm:max-w-md">
          <label htmlFor="f-pind" className="block text-sm font-medium text-slate-800">
            {labels.pointIndicator}
          </label>
          <select
            id="f-pind"
            name="pind"
            defaultValue={String(pointIndicator.id)}
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-2 py-2 text-base text-slate-900"
          >
            {indicators
              .filter((i) => i.reportKind === "POINT")
              .map((i) => (
                <option key={i.id} value={i.id}>
                  {locale === "vi" ? i.nameVi : i.nameEn}
                </option>
              ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded border border-brand-700 bg-white px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"
        >
          {labels.show}
        </button>
      </form>
    </div>
  );
}
