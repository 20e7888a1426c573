"use client";

import { type ReactNode, useState } from "react";
import type { AppLocale } from "@/lib/i18n/routing";
import type { BarDatum, ChartLabels, TrendData } from "./interactive-types";

// The button beside a chart that swaps the server-drawn chart (the first paint: no chart library in
// a first visit, decision 014) for a recharts chart of the same figures, loaded only on the click
// (`import()`: recharts and d3 are their own chunk, fetched once, then cached). The static chart
// stays in the page, hidden on screen while the interactive one shows, and is the one printed.

type Charts = typeof import("./recharts-charts");

type Props = {
  locale: AppLocale;
  label: string;
  labels: ChartLabels;
  /** The server-drawn chart. */
  children: ReactNode;
} & ({ kind: "bars"; data: BarDatum[] } | { kind: "trend"; data: TrendData });

let loaded: Promise<Charts> | null = null;

export function InteractiveChart({ children, ...props }: Props) {
  const { labels } = props;
  const [charts, setCharts] = useState<Charts | null>(null);
  const [state, setState] = useState<"static" | "loading" | "interactive" | "failed">("static");
  const open = () => {
    setState("loading");
    loaded ??= import("./recharts-charts");
    loaded.then(
      (module) => {
        setCharts(module);
        setState("interactive");
      },
      () => {
        loaded = null;
        setState("failed");
      },
    );
  };
  const interactive = state === "interactive" && charts !== null;
  return (
    <div className="space-y-2" data-chart-switch={props.kind}>
      <div className="flex flex-wrap items-center gap-3 print:hidden">
        <button
          type="button"
          // Not disabled while loading: a disabled button would drop the keyboard's focus.
          onClick={interactive ? () => setState("static") : state === "loading" ? undefined : open}
          aria-busy={state === "loading"}
          className="rounded border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 aria-busy:cursor-wait aria-busy:opacity-70"
        >
          {state === "loading" ? labels.loading : interactive ? labels.back : labels.open}
        </button>
        {state === "failed" ? (
          <p role="alert" className="text-sm text-red-800">
            {labels.failed}
          </p>
        ) : null}
      </div>
      {/* The static chart is the one printed: paper has no tooltips. */}
      <div className={interactive ? "hidden print:block" : undefined}>{children}</div>
      {interactive ? (
        <div className="print:hidden" data-chart-interactive={props.kind}>
          <charts.InteractiveView {...props} />
        </div>
      ) : null}
    </div>
  );
}
