"use client";

import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { CHART_COLORS } from "@/lib/dashboards/chart-colors";
import { formatChange, formatNumber } from "@/lib/i18n/format-number";
import type { AppLocale } from "@/lib/i18n/routing";
import type { BarDatum, ChartLabels, TrendData } from "./interactive-types";

// The interactive charts (recharts 3), loaded on a click from ./interactive-chart.tsx, never in a
// first visit. The same figures as the tables and the server-drawn charts, in the same formats:
// 1.522 on the axes and in the tooltips, "+12,5 %" for a change, "Quý III/2024" for a quarter.
// recharts' accessibility layer makes each chart one stop in the tab order whose arrow keys move
// the tooltip from unit to unit (or quarter to quarter).

interface ChartProps<T> {
  data: T;
  locale: AppLocale;
  label: string;
  labels: ChartLabels;
}

/** A long unit name cut to fit the axis; the tooltip has it whole. */
function short(name: string): string {
  return name.length > 22 ? `${name.slice(0, 21)}…` : name;
}

function TooltipBox({ title, rows }: { title: string; rows: [string, string][] }) {
  return (
    <div className="max-w-64 rounded border border-slate-300 bg-white px-3 py-2 text-xs text-slate-900 shadow-md">
      <p className="mb-1 font-semibold">{title}</p>
      <dl className="grid grid-cols-[auto_auto] gap-x-3 gap-y-0.5">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-700">{term}</dt>
            <dd className="text-right font-medium tabular-nums">{value}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

export function InteractiveBars({ data, locale, label, labels }: ChartProps<BarDatum[]>) {
  const byName = new Map(data.map((d) => [d.name, d]));
  const height = Math.max(260, data.length * 24 + 80);
  const tooltip = ({ active, label: name }: TooltipContentProps) => {
    const row = active && typeof name === "string" ? byName.get(name) : undefined;
    if (!row) return null;
    const rows: [string, string][] = [[labels.total, formatNumber(row.value, locale)]];
    if (row.perTenThousand !== null)
      rows.push([labels.perTenThousand, formatNumber(row.perTenThousand, locale, 2)]);
    if (row.changePrevious !== null)
      rows.push([labels.changePrevious, formatChange(row.changePrevious, locale)]);
    if (row.changeYear !== null)
      rows.push([labels.changeYear, formatChange(row.changeYear, locale)]);
    return <TooltipBox title={row.name} rows={rows} />;
  };
  return (
    <figure className="space-y-1" aria-label={label}>
      <div style={{ height }} className="w-full">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
          <BarChart
            data={data}
            layout="vertical"
            margin={{ left: 0, right: 24, top: 4, bottom: 4 }}
            title={label}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis
              type="number"
              tickFormatter={(v: number) => formatNumber(v, locale)}
              tick={{ fontSize: 11, fill: "#475569" }}
            />
            <YAxis
              type="category"
              dataKey="name"
              width={136}
              interval={0}
              tick={{ fontSize: 11, fill: "#334155" }}
              tickFormatter={short}
            />
            <Tooltip content={tooltip} cursor={{ fill: "#f1f5f9" }} />
            <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 12 }} />
            <Bar
              dataKey="value"
              name={label}
              fill={CHART_COLORS[0]}
              maxBarSize={28}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-xs text-slate-600">{labels.keys}</figcaption>
    </figure>
  );
}

export function InteractiveTrend({ data, locale, label, labels }: ChartProps<TrendData>) {
  const rows = data.quarters.map((quarter, i) => {
    const point: Record<string, string | number | null> = { quarter };
    for (const s of data.series) point[s.key] = s.values[i] ?? null;
    return point;
  });
  // The whole first, then the units in the order the page gives them (recharts sorts by name).
  const order = new Map(data.series.map((s, i) => [s.key, i]));
  const byOrder = (item: { dataKey?: unknown }) => order.get(String(item.dataKey)) ?? order.size;
  return (
    <figure className="space-y-1" aria-label={label}>
      <div className="h-80 w-full">
        <ResponsiveContainer
          width="100%"
          height="100%"
          initialDimension={{ width: 320, height: 320 }}
        >
          <LineChart data={rows} margin={{ left: 0, right: 24, top: 8, bottom: 4 }} title={label}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              dataKey="quarter"
              tick={{ fontSize: 11, fill: "#475569" }}
              interval="preserveStartEnd"
              minTickGap={12}
            />
            <YAxis
              tickFormatter={(v: number) => formatNumber(v, locale)}
              width={64}
              tick={{ fontSize: 11, fill: "#475569" }}
            />
            <Tooltip
              formatter={(value) => (typeof value === "number" ? formatNumber(value, locale) : "–")}
              itemSorter={byOrder}
              separator=": "
              contentStyle={{ fontSize: 12 }}
            />
            <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={byOrder} />
            {data.series.map((s, i) => (
              <Line
                key={s.key}
                type="monotone"
                dataKey={s.key}
                name={s.name}
                stroke={CHART_COLORS[i % CHART_COLORS.length]}
                strokeWidth={i === 0 ? 3 : 1.5}
                dot={{ r: i === 0 ? 3 : 2 }}
                connectNulls
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="text-xs text-slate-600">{labels.keys}</figcaption>
    </figure>
  );
}

/** The chart the button asked for (one export: the button's component names no more). */
export function InteractiveView(
  props: { locale: AppLocale; label: string; labels: ChartLabels } & (
    { kind: "bars"; data: BarDatum[] } | { kind: "trend"; data: TrendData }
  ),
) {
  return props.kind === "bars" ? <InteractiveBars {...props} /> : <InteractiveTrend {...props} />;
}
