import { CHART_COLORS as COLORS } from "@/lib/dashboards/chart-colors";
import { axisTicks } from "@/lib/dashboards/chart-ticks";
import { formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

// The dashboard's two charts, drawn on the server: bars as HTML, the trend as an SVG under HTML
// labels. No chart library travels to the browser (recharts alone was 110 kB gzipped of a first
// visit: slow on a commune officer's phone), they print as they are, and they need no JavaScript.
// Each is one image for a screen reader (role="img" and its label); the tables beside them hold
// the same figures. Vietnamese number formats and quarter labels ("Quý III/2024"). They are the first
// paint; a button beside each (./interactive-chart.tsx) loads a recharts chart of the same figures
// on demand.

export function TotalsBarChart({
  data,
  locale,
  label,
}: {
  data: { name: string; value: number }[];
  locale: AppLocale;
  label: string;
}) {
  const max = Math.max(0, ...data.map((d) => d.value));
  return (
    <div role="img" aria-label={label} className="w-full" data-chart="bars">
      <ol className="space-y-1">
        {data.map((d) => (
          <li
            key={d.name}
            className="grid grid-cols-[7.5rem_1fr_auto] items-center gap-2 text-xs sm:grid-cols-[9rem_1fr_auto]"
          >
            <span className="truncate text-right text-slate-700" title={d.name}>
              {d.name}
            </span>
            <span className="h-4 bg-slate-100">
              <span
                className="block h-full bg-brand-700 print:bg-slate-700"
                style={{ width: `${max > 0 ? (d.value / max) * 100 : 0}%` }}
              />
            </span>
            <span className="min-w-12 text-right font-medium text-slate-900 tabular-nums">
              {formatNumber(d.value, locale)}
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

const WIDTH = 600;
const HEIGHT = 240;

export function TrendChart({
  quarters,
  series,
  locale,
  label,
}: {
  quarters: string[];
  series: { key: string; name: string; values: (number | null)[] }[];
  locale: AppLocale;
  label: string;
}) {
  const values = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const ticks = axisTicks(Math.max(0, ...values));
  const top = ticks[ticks.length - 1] || 1;
  const x = (i: number) => (quarters.length > 1 ? (i / (quarters.length - 1)) * WIDTH : WIDTH / 2);
  const y = (v: number) => HEIGHT - (v / top) * HEIGHT;
  // A line through the quarters that have a figure (a quarter without one is skipped, not zero).
  const path = (vs: (number | null)[]) =>
    vs
      .map((v, i) => (v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`))
      .filter((p): p is string => p !== null)
      .join(" ");
  const xPercent = (i: number) => (x(i) / WIDTH) * 100;
  return (
    <div role="img" aria-label={label} className="w-full" data-chart="trend">
      <div className="flex gap-2">
        <div className="relative h-60 w-16 shrink-0 text-right text-[11px] text-slate-600 tabular-nums">
          {ticks.map((t) => (
            <span
              key={t}
              className="absolute right-0 -translate-y-1/2"
              style={{ top: `${(y(t) / HEIGHT) * 100}%` }}
            >
              {formatNumber(t, locale)}
            </span>
          ))}
        </div>
        <div className="min-w-0 flex-1">
          <svg
            viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
            preserveAspectRatio="none"
            className="h-60 w-full overflow-visible"
            aria-hidden="true"
          >
            {ticks.map((t) => (
              <line
                key={t}
                x1={0}
                x2={WIDTH}
                y1={y(t)}
                y2={y(t)}
                stroke="#cbd5e1"
                strokeDasharray="3 3"
                vectorEffect="non-scaling-stroke"
              />
            ))}
            {series.map((s, i) => (
              <polyline
                key={s.key}
                points={path(s.values)}
                fill="none"
                stroke={COLORS[i % COLORS.length]}
                strokeWidth={i === 0 ? 3 : 1.5}
                strokeLinejoin="round"
                vectorEffect="non-scaling-stroke"
              />
            ))}
          </svg>
          {/* Every second quarter named, ending with the latest (the names are long). */}
          <div className="relative mt-1 h-4 text-[11px] text-slate-600">
            {quarters.map((q, i) => (
              <span
                key={q}
                className={`absolute whitespace-nowrap ${i === 0 ? "" : i === quarters.length - 1 ? "-translate-x-full" : "-translate-x-1/2"} ${(quarters.length - 1 - i) % 2 === 1 ? "hidden" : ""}`}
                style={{ left: `${xPercent(i)}%` }}
              >
                {q}
              </span>
            ))}
          </div>
        </div>
      </div>
      <ul className="mt-3 flex flex-wrap justify-center gap-x-4 gap-y-1 text-xs text-slate-800">
        {series.map((s, i) => (
          <li key={s.key} className="flex items-center gap-1.5">
            <span
              className="inline-block h-0.5 w-4"
              style={{
                backgroundColor: COLORS[i % COLORS.length],
                height: i === 0 ? 3 : 2,
              }}
            />
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
