"use client";

import { useTranslations } from "next-intl";
import type { ImportPreview } from "@/lib/rosters/import/preview-import";

const TONE = {
  error: "text-brand-800",
  warning: "text-amber-800",
  question: "text-sky-800",
} as const;

/** Every row with a problem (and a sample of clean rows): a card per row on a phone, a table above. */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("Imports");
  return (
    <section aria-labelledby="preview-rows-title" className="space-y-2">
      <h3 id="preview-rows-title" className="text-lg font-semibold text-brand-900">
        {t("rowsTitle")}
      </h3>
      <p className="text-sm text-slate-600">{t("rowsNote", { sample: 20 })}</p>
      <table role="table" className="block w-full text-sm md:table md:border-collapse">
        <caption className="sr-only">{t("rowsTitle")}</caption>
        <thead className="hidden md:table-header-group">
          <tr className="border-b border-slate-300 text-left">
            <th className="p-2">{t("colRow")}</th>
            <th className="p-2">{t("colName")}</th>
            <th className="p-2">{t("colCitizenId")}</th>
            <th className="p-2">{t("colTeam")}</th>
            <th className="p-2">{t("colRole")}</th>
            <th className="p-2">{t("colProblems")}</th>
          </tr>
        </thead>
        <tbody className="block space-y-2 md:table-row-group md:space-y-0">
          {preview.rows.map((row) => (
            <tr
              key={row.rowNumber}
              data-row={row.rowNumber}
              className="block rounded border border-slate-200 bg-white p-2 md:table-row md:rounded-none md:border-0 md:border-b"
            >
              <td className="block md:table-cell md:p-2">
                <span className="md:hidden">{t("colRow")} </span>
                {row.rowNumber}
              </td>
              <td className="block font-semibold md:table-cell md:p-2">{row.fullName}</td>
              <td className="block md:table-cell md:p-2">
                {row.citizenId}
                {row.existingPerson ? (
                  <span className="ml-1 text-xs text-slate-600">({t("existingPerson")})</span>
                ) : null}
              </td>
              <td className="block md:table-cell md:p-2">{row.teamName}</td>
              <td className="block md:table-cell md:p-2">{t(`role.${row.role}`)}</td>
              <td className="block md:table-cell md:p-2">
                {row.problems.length === 0 ? (
                  <span className="text-emerald-800">{t("rowOk")}</span>
                ) : (
                  <ul className="space-y-1">
                    {row.problems.map((p, i) => (
                      <li key={i} className={TONE[p.severity]}>
                        <strong>{t(`severity.${p.severity}`)}</strong>
                        {p.column ? ` · ${t(`columns.${p.column}`)}` : ""}:{" "}
                        {t(`problems.${p.code}`, p.values ?? {})}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
