"use client";

import { useMemo, useState } from "react";
import { formatChange, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import type { DataTable as Data, TableCell, TableColumn } from "@/lib/dashboards/tables";

// A dashboard table that sorts by any column (click its header; again for the other way), with
// Vietnamese number formats. The total row stays last. Former units stay under their successor
// while the table keeps its first order.

function show(cell: TableCell, column: TableColumn, locale: AppLocale): string {
  if (cell.value === null || cell.value === "") return column.kind === "text" ? "" : "–";
  if (typeof cell.value === "string") return cell.value;
  if (column.kind === "percent") return formatChange(cell.value, locale);
  if (column.kind === "rate") return formatPercent(cell.value, locale);
  if (column.kind === "decimal") return formatNumber(cell.value, locale, 2);
  return formatNumber(cell.value, locale);
}

export function DataTable({
  table,
  locale,
  sortLabel,
  emptyLabel,
  linkLabel,
}: {
  table: Data;
  locale: AppLocale;
  sortLabel: string;
  emptyLabel: string;
  linkLabel: string;
}) {
  const [sort, setSort] = useState<{ index: number; desc: boolean } | null>(null);
  const rows = useMemo(() => {
    const body = table.rows.filter((r) => !r.total);
    const totals = table.rows.filter((r) => r.total);
    if (!sort) return [...body, ...totals];
    const column = table.columns[sort.index];
    const sorted = [...body].sort((a, b) => {
      const x = a.cells[sort.index]?.value ?? null;
      const y = b.cells[sort.index]?.value ?? null;
      if (x === y) return 0;
      if (x === null || x === "") return 1;
      if (y === null || y === "") return -1;
      const order =
        column?.kind === "text"
          ? String(x).localeCompare(String(y), locale)
          : Number(x) - Number(y);
      return sort.desc ? -order : order;
    });
    return [...sorted, ...totals];
  }, [table, sort, locale]);
  if (table.rows.length === 0) return <p className="text-sm text-slate-600">{emptyLabel}</p>;
  return (
    <div className="overflow-x-auto rounded border border-slate-200 print:overflow-visible">
      <table
        className="w-full border-collapse text-left text-sm print:text-[7pt] print:leading-tight"
        data-table={table.id}
      >
        <caption className="sr-only">{table.title}</caption>
        <thead className="bg-slate-100 text-slate-800">
          <tr>
            {table.columns.map((column, index) => {
              const active = sort?.index === index;
              return (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={active ? (sort.desc ? "descending" : "ascending") : "none"}
                  className={`px-2 py-2 align-bottom font-semibold print:px-0.5 print:py-0.5 ${column.kind === "text" ? "" : "text-right"} ${index === 0 ? "sticky left-0 z-10 bg-slate-100 print:static" : "min-w-24 print:min-w-0"}`}
                >
                  <button
                    type="button"
                    className="inline-flex items-center gap-1 text-left underline-offset-2 hover:underline print:no-underline"
                    title={sortLabel.replace("{column}", column.header)}
                    onClick={() =>
                      setSort((s) =>
                        s?.index === index
                          ? { index, desc: !s.desc }
                          : { index, desc: column.kind !== "text" },
                      )
                    }
                  >
                    {column.header}
                    <span aria-hidden="true" className="text-xs text-slate-500 print:hidden">
                      {active ? (sort.desc ? "▼" : "▲") : "↕"}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={row.key}
              data-row={row.key}
              className={`border-t border-slate-200 ${row.total ? "bg-slate-50 font-bold" : ""} ${row.former ? "text-slate-600" : ""}`}
            >
              {row.cells.map((cell, index) => {
                const column = table.columns[index];
                if (!column) return null;
                const text = show(cell, column, locale);
                const Tag = index === 0 ? "th" : "td";
                return (
                  <Tag
                    key={column.key}
                    {...(index === 0 ? { scope: "row" } : {})}
                    data-col={column.key}
                    className={`px-2 py-1.5 print:px-0.5 print:py-0 ${column.kind === "text" ? "" : "text-right tabular-nums whitespace-nowrap"} ${index === 0 ? `sticky left-0 z-10 min-w-32 font-medium print:static print:min-w-0 ${row.total ? "bg-slate-50" : "bg-white"} ${row.former ? "pl-6" : ""}` : ""}`}
                  >
                    {cell.href && text !== "–" ? (
                      <a
                        href={cell.href}
                        className="text-brand-700 underline underline-offset-2 hover:text-brand-900 print:text-inherit print:no-underline"
                        {...(index === 0 ? {} : { title: linkLabel.replace("{value}", text) })}
                      >
                        {text}
                      </a>
                    ) : (
                      text
                    )}
                  </Tag>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
