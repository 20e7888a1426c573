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
  XAxis,
  YAxis,
} from "recharts";
import { formatNumber } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";

// recharts charts with Vietnamese number formats and quarter labels ("Quý III/2024").

const COLORS = ["#b91c1c", "#1d4ed8", "#047857", "#b45309", "#7c3aed", "#0e7490"];

export function TotalsBarChart({
  data,
  locale,
  label,
}: {
  data: { name: string; value: number }[];
  locale: AppLocale;
  label: string;
}) {
  const height = Math.max(240, data.length * 22 + 40);
  return (
    <div style={{ height }} className="w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" tickFormatter={(v: number) => formatNumber(v, locale)} />
          <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(v) => formatNumber(Number(v), locale)} />
          <Bar dataKey="value" name={label} fill={COLORS[0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

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
  const data = quarters.map((q, i) => {
    const point: Record<string, string | number | null> = { quarter: q };
    for (const s of series) point[s.key] = s.values[i] ?? null;
    return point;
  });
  return (
    <div className="h-72 w-full" role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ left: 8, right: 16, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="quarter" tick={{ fontSize: 11 }} />
          <YAxis tickFormatter={(v: number) => formatNumber(v, locale)} width={70} />
          <Tooltip formatter={(v) => formatNumber(Number(v), locale)} />
          <Legend />
          {series.map((s, i) => (
            <Line
              key={s.key}
              type="monotone"
              dataKey={s.key}
              name={s.name}
              stroke={COLORS[i % COLORS.length]}
              strokeWidth={i === 0 ? 3 : 1.5}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
