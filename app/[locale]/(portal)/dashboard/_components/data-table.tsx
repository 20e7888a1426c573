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
  // Runs of columns under one heading ("Khu dân cư": đăng ký, đạt, tỷ lệ đạt); none in most tables.
  const groups = useMemo(() => {
    if (!table.columns.some((c) => c.group !== undefined)) return [];
    const runs: { label: string | undefined; start: number; span: number }[] = [];
    table.columns.forEach((column, index) => {
      const last = runs.at(-1);
      if (last && column.group !== undefined && last.label === column.group) last.span += 1;
      else runs.push({ label: column.group, start: index, span: 1 });
    });
    return runs;
  }, [table.columns]);
  const groupStarts = new Set(groups.filter((g) => g.label !== undefined).map((g) => g.start));
  if (table.rows.length === 0) return <p className="text-sm text-slate-600">{emptyLabel}</p>;

  const headerCell = (index: number, rowSpan: number) => {
    const column = table.columns[index];
    if (!column) return null;
    const active = sort?.index === index;
    const label = column.group !== undefined && column.short ? column.short : column.header;
    return (
      <th
        key={column.key}
        scope="col"
        rowSpan={rowSpan > 1 ? rowSpan : undefined}
        aria-sort={active ? (sort.desc ? "descending" : "ascending") : "none"}
        className={`px-2 py-2 align-bottom font-semibold print:px-0.5 print:py-0.5 ${column.kind === "text" ? "" : "text-right"} ${index === 0 ? "sticky left-0 z-10 bg-slate-100 print:static" : column.group !== undefined ? "min-w-16 print:min-w-0" : "min-w-24 print:min-w-0"} ${groupStarts.has(index) ? "border-l border-slate-300" : ""}`}
      >
        <button
          type="button"
          className={`inline-flex items-center gap-1 underline-offset-2 hover:underline print:no-underline ${column.kind === "text" ? "text-left" : "text-right"}`}
          title={sortLabel.replace("{column}", column.header)}
          {...(label !== column.header ? { "aria-label": column.header } : {})}
          onClick={() =>
            setSort((s) =>
              s?.index === index
                ? { index, desc: !s.desc }
                : { index, desc: column.kind !== "text" },
            )
          }
        >
          {label}
          <span aria-hidden="true" className="text-xs text-slate-500 print:hidden">
            {active ? (sort.desc ? "▼" : "▲") : "↕"}
          </span>
        </button>
      </th>
    );
  };
  return (
    <div className="overflow-x-auto rounded border border-slate-200 print:overflow-visible">
      <table
        className="w-full border-collapse text-left text-sm print:text-[7pt] print:leading-tight"
        data-table={table.id}
      >
        <caption className="sr-only">{table.title}</caption>
        <thead className="bg-slate-100 text-slate-800">
          {groups.length > 0 ? (
            <tr>
              {groups.map((g) =>
                g.label === undefined ? (
                  headerCell(g.start, 2)
                ) : (
                  <th
                    key={`g:${g.start}`}
                    scope="colgroup"
                    colSpan={g.span}
                    className="border-l border-slate-300 px-2 pt-2 pb-1 text-center font-semibold print:px-0.5 print:py-0.5"
                  >
                    {g.label}
                  </th>
                ),
              )}
            </tr>
          ) : null}
          <tr className={groups.length > 0 ? "border-t border-slate-200" : ""}>
            {table.columns.map((column, index) =>
              groups.length > 0 && column.group === undefined ? null : headerCell(index, 1),
            )}
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
                    className={[
                      "dt-cell",
                      groupStarts.has(index) ? "border-l border-slate-300" : "",
                      column.kind === "text" ? "" : "dt-num",
                      index === 0 ? `dt-unit ${row.total ? "bg-slate-50" : "bg-white"}` : "",
                      index === 0 && row.former ? "pl-6" : "",
                    ]
                      .filter(Boolean)
                      .join(" ")}
                  >
                    {cell.href && text !== "–" ? (
                      <a
                        href={cell.href}
                        className="dt-link"
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
