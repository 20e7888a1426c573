import { round2, round4 } from "@/lib/dashboards/table-model";
import type { ComparisonRow } from "@/lib/dashboards/types";
import type { AppLocale } from "@/lib/i18n/routing";
import { TotalsBarChart, TrendChart } from "./charts";
import { InteractiveChart } from "./interactive-chart";
import type { ChartLabels } from "./interactive-types";

// The dashboard's two chart sections: drawn on the server (the first paint and the print), with
// recharts behind "Xem biểu đồ tương tác" (decision 014). Both get the figures the tables show.

export function TrendSection({
  heading,
  quarters,
  series,
  locale,
  label,
  labels,
}: {
  heading: string;
  quarters: string[];
  series: { key: string; name: string; values: (number | null)[] }[];
  locale: AppLocale;
  label: string;
  labels: ChartLabels;
}) {
  return (
    <section aria-labelledby="h-trend" className="space-y-2 break-inside-avoid-page">
      <h2 id="h-trend" className="text-lg font-bold text-slate-900">
        {heading}
      </h2>
      <InteractiveChart
        kind="trend"
        data={{ quarters, series }}
        locale={locale}
        label={label}
        labels={labels}
      >
        <TrendChart quarters={quarters} series={series} locale={locale} label={label} />
      </InteractiveChart>
    </section>
  );
}

/** The 40 largest totals of the table's rows (former units left out), rounded as the table shows them. */
export function BarsSection({
  heading,
  rows,
  locale,
  label,
  labels,
}: {
  heading: string;
  rows: ComparisonRow[];
  locale: AppLocale;
  label: string;
  labels: ChartLabels;
}) {
  const data = rows
    .filter((r): r is ComparisonRow & { total: number } => !r.former && r.total !== null)
    .sort((a, b) => b.total - a.total)
    .slice(0, 40)
    .map((r) => ({
      name: r.name,
      value: r.total,
      perTenThousand: round2(r.perTenThousand),
      changePrevious: round4(r.changePrevious),
      changeYear: round4(r.changeYear),
    }));
  return (
    <section aria-labelledby="h-bars" className="space-y-2 break-inside-avoid-page">
      <h2 id="h-bars" className="text-lg font-bold text-slate-900">
        {heading}
      </h2>
      <InteractiveChart kind="bars" data={data} locale={locale} label={label} labels={labels}>
        <TotalsBarChart
          data={data.map((d) => ({ name: d.name, value: d.value }))}
          locale={locale}
          label={label}
        />
      </InteractiveChart>
    </section>
  );
}
