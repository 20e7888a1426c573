import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/page-guard";
import { formatPercent, formatQuarter } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { type Counts, getCompleteness, rateOf } from "@/lib/reports/completeness";
import { integer, intId, readSearchParam } from "@/lib/validation/fields";
import { HeaderCell, Table, TableHead } from "@/components/ui/table";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Completeness" });
  return { title: t("title") };
}

const yearParam = integer({ min: 2000, max: 2100 });
const FIRST_YEAR = 2023;

export default async function CompletenessPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requireUser(locale, `/${locale}/completeness`);
  const query = await searchParams;
  const thisYear = new Date().getFullYear();
  const year = readSearchParam(query, "year", yearParam).value ?? thisYear;
  const formerProvinceId = readSearchParam(query, "former", intId()).value;
  const nation = ctx.scope.level === "NATION";
  const [t, data] = await Promise.all([
    getTranslations("Completeness"),
    getCompleteness(ctx, { year, ...(formerProvinceId && !nation ? { formerProvinceId } : {}) }),
  ]);
  const percent = (part: number, expected: number) => {
    const rate = rateOf(part, expected);
    return rate === null ? "—" : formatPercent(rate, locale);
  };
  const formerName = (name: string) => t("formerName", { name });
  const chosenFormer = data.formerProvinces.find((f) => f.id === formerProvinceId);

  const cell = (c: Counts | undefined) =>
    !c || c.expected === 0 ? (
      <span className="text-slate-500">{t("none")}</span>
    ) : (
      <div>
        <span className="text-base font-semibold text-slate-900">
          {percent(c.submitted, c.expected)}
        </span>
        <span className="block text-xs text-slate-700">
          {t("submitted", { count: c.submitted, expected: c.expected })}
        </span>
        <span className="block text-xs text-slate-700">
          {t("onTime", {
            count: c.onTime,
            expected: c.expected,
            rate: percent(c.onTime, c.expected),
          })}
        </span>
        <span className="block text-xs text-slate-700">
          {t("approved", {
            count: c.approved,
            expected: c.expected,
            rate: percent(c.approved, c.expected),
          })}
        </span>
        {c.returned > 0 ? (
          <span className="block text-xs font-medium text-amber-800">
            {t("returned", { count: c.returned })}
          </span>
        ) : null}
      </div>
    );

  const grid = (
    caption: string,
    unitLabel: string,
    rows: { id: number; name: string; note?: string | undefined; cells: Record<number, Counts> }[],
    totals?: Record<number, Counts>,
  ) => (
    <Table caption={caption}>
      <TableHead>
        <HeaderCell className="sticky left-0 bg-white">{unitLabel}</HeaderCell>
        {data.periods.map((p) => (
          <HeaderCell key={p.id} className="min-w-40">
            {formatQuarter(p.year, p.quarter, locale)}
          </HeaderCell>
        ))}
      </TableHead>
      <tbody>
        {totals ? (
          <tr className="border-b-2 border-slate-300 bg-slate-50">
            <th scope="row" className="sticky left-0 bg-slate-50 px-3 py-2 text-left font-semibold">
              {t("total")}
            </th>
            {data.periods.map((p) => (
              <td key={p.id} className="px-3 py-2 align-top">
                {cell(totals[p.id])}
              </td>
            ))}
          </tr>
        ) : null}
        {rows.map((row) => (
          <tr key={row.id} className="border-b border-slate-200">
            <th
              scope="row"
              className="sticky left-0 bg-white px-3 py-2 text-left font-medium text-slate-900"
            >
              {row.name}
              {row.note ? (
                <span className="block text-xs font-normal text-slate-600">{row.note}</span>
              ) : null}
            </th>
            {data.periods.map((p) => (
              <td key={p.id} className="px-3 py-2 align-top">
                {cell(row.cells[p.id])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );

  const pre2025 = data.periods.some((p) => p.beforeReorganisation);
  return (
    <div className="mx-auto max-w-7xl space-y-6 px-4 py-8">
      <div className="max-w-3xl">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
      </div>
      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-slate-50 p-3"
      >
        <div>
          <label htmlFor="cmp-year" className="block text-sm font-medium text-slate-800">
            {t("filterYear")}
          </label>
          <select
            id="cmp-year"
            name="year"
            defaultValue={year}
            className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2 text-base"
          >
            {Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        {!nation && data.formerProvinces.length > 0 ? (
          <div>
            <label htmlFor="cmp-former" className="block text-sm font-medium text-slate-800">
              {t("filterFormer")}
            </label>
            <select
              id="cmp-former"
              name="former"
              defaultValue={formerProvinceId ?? ""}
              className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2 text-base"
            >
              <option value="">{t("allFormer")}</option>
              {data.formerProvinces.map((f) => (
                <option key={f.id} value={f.id}>
                  {t("formerOption", { name: f.shortName })}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("apply")}
        </button>
      </form>
      <p className="max-w-3xl text-sm text-slate-600">{t("legend")}</p>
      {chosenFormer ? (
        <p className="font-medium text-slate-800">
          {t("formerFilterNote", { name: chosenFormer.shortName })}
        </p>
      ) : null}
      {data.rows.length === 0 ? (
        <p className="text-slate-700">{t("noRows")}</p>
      ) : (
        grid(
          t("caption"),
          nation ? t("colUnitProvince") : t("colUnitCommune"),
          data.rows.map((r) => ({
            id: r.id,
            name: r.name,
            note: pre2025 && r.former ? formerName(r.former.shortName) : undefined,
            cells: r.cells,
          })),
          data.totals,
        )
      )}
      {pre2025 && data.formerTotals.length > 0 ? (
        <section aria-labelledby="former" className="space-y-3">
          <h2 id="former" className="text-xl font-semibold text-slate-900">
            {t("formerTitle")}
          </h2>
          <p className="max-w-3xl text-slate-700">{t("formerIntro")}</p>
          {grid(
            t("formerTitle"),
            t("colUnitProvince"),
            data.formerTotals.map((f) => ({ id: f.id, name: formerName(f.name), cells: f.cells })),
          )}
        </section>
      ) : null}
    </div>
  );
}
