import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDate, formatNumber, formatQuarter } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { listWorklistUnits } from "@/lib/reports/list-provinces";
import { parseWorklistQuery } from "@/lib/reports/worklist-query";
import {
  listWorklist,
  PROVINCE_DEFAULT_STATES,
  WORK_STATES,
  type WorkItem,
  type WorkState,
} from "@/lib/reports/list-worklist";
import { Pager } from "@/components/ui/pager";
import { ListLink, TextLink } from "@/components/ui/link";
import { buttonClasses } from "@/components/ui/button";
import { BulkApprove } from "./_components/bulk-approve";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Reports" });
  return { title: t("title") };
}

const STATE_TONE: Record<string, string> = {
  due: "bg-blue-50 text-blue-900 border-blue-300",
  overdue: "bg-red-50 text-red-900 border-red-300",
  returned: "bg-amber-50 text-amber-900 border-amber-300",
  waiting: "bg-slate-100 text-slate-800 border-slate-300",
};

function formHref(item: Pick<WorkItem, "pointId" | "communeId" | "year" | "quarter">): string {
  const subject = item.pointId ? `point=${item.pointId}` : `commune=${item.communeId}`;
  return `/reports/form?${subject}&year=${item.year}&quarter=${item.quarter}`;
}

export default async function ReportsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requirePermission(locale, `/${locale}/reports`, "reports.view");
  const query = await searchParams;
  const q = parseWorklistQuery(query);
  const invalid = q.invalid;
  const level = ctx.scope.level;
  const t = await getTranslations("Reports");
  const provinceId = level === "NATION" ? (q.province ?? null) : ctx.scope.provinceId;
  const [list, units] = await Promise.all([
    listWorklist(ctx, {
      provinceId: q.province,
      communeId: q.commune,
      year: q.year,
      quarter: q.quarter,
      state: q.state,
      // A province's list shows what waits for it, was returned or is overdue; "due" on its filter.
      states: level === "COMMUNE" ? undefined : PROVINCE_DEFAULT_STATES,
      kind: q.kind,
      after: q.after,
    }),
    listWorklistUnits(ctx, provinceId),
  ]);
  const items = list.items;
  // The years of the list's quarters, and the one before (a late report of last year).
  const thisYear = Number(
    new Intl.DateTimeFormat("en", { year: "numeric", timeZone: "Asia/Ho_Chi_Minh" }).format(
      new Date(),
    ),
  );
  const years = [thisYear, thisYear - 1];
  // The list's filters, kept in the page links and the counts' links.
  const filterQuery: Record<string, string> = {};
  if (level === "NATION" && provinceId) filterQuery.province = String(provinceId);
  if (q.commune && level !== "COMMUNE") filterQuery.commune = String(q.commune);
  if (q.year) filterQuery.year = String(q.year);
  if (q.quarter) filterQuery.quarter = String(q.quarter);
  if (q.state) filterQuery.state = q.state;
  if (q.kind) filterQuery.kind = q.kind;
  // The states the list shows, and the communes with any of them (with the chosen one, if chosen).
  const shownStates: readonly WorkState[] =
    level === "COMMUNE" ? WORK_STATES : q.state === "due" ? WORK_STATES : PROVINCE_DEFAULT_STATES;
  const communeRows = list.communes.filter((c) =>
    q.state ? c.counts[q.state] > 0 : c.counts.waiting + c.counts.returned + c.counts.overdue > 0,
  );
  const countHref = (commune: number, state: WorkState) =>
    `/reports?${new URLSearchParams({
      ...(level === "NATION" && provinceId ? { province: String(provinceId) } : {}),
      commune: String(commune),
      state,
    }).toString()}`;
  // The page's rows under their commune's name (the list is ordered by commune).
  const groups: { communeId: number; communeName: string; items: WorkItem[] }[] = [];
  for (const item of items) {
    const group = groups.at(-1);
    if (group && group.communeId === item.communeId) group.items.push(item);
    else groups.push({ communeId: item.communeId, communeName: item.communeName, items: [item] });
  }
  const approve = hasPermission(ctx.role, "reports.approve");
  const waiting = items.filter((i) => i.state === "waiting" && i.reportId && i.version);
  const intro =
    level === "NATION"
      ? t("worklist.introNation")
      : level === "COMMUNE"
        ? t("worklist.introCommune")
        : t("worklist.introProvince");
  const quarterLabel = (i: { year: number; quarter: number }) =>
    formatQuarter(i.year, i.quarter, locale);
  const days = (item: WorkItem) =>
    item.state === "waiting"
      ? ""
      : !item.open
        ? t("days.closed")
        : item.daysLeft === 0
          ? t("days.today")
          : item.daysLeft > 0
            ? t("days.left", { count: item.daysLeft })
            : t("days.late", { count: -item.daysLeft });
  const subjectName = (item: WorkItem) =>
    item.kind === "COMMUNE" ? `${t("worklist.communeReport")} · ${item.name}` : item.name;

  return (
    <div className="mx-auto max-w-7xl space-y-6 px-4 py-8">
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("worklist.heading")}</h1>
        <p className="text-slate-700">{intro}</p>
        {invalid ? <p className="text-sm text-amber-800">{t("worklist.badFilter")}</p> : null}
      </div>

      <form
        method="get"
        className="grid gap-3 rounded border border-slate-300 p-4 sm:grid-cols-2 lg:grid-cols-4"
        aria-label={t("worklist.filters")}
      >
        {level === "NATION" ? (
          <label className="text-sm font-medium text-slate-800">
            {t("worklist.chooseProvince")}
            <select
              name="province"
              defaultValue={q.province ?? ""}
              className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
            >
              <option value="">{t("worklist.noProvince")}</option>
              {units.provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {level !== "COMMUNE" && provinceId !== null ? (
          <label className="text-sm font-medium text-slate-800">
            {t("worklist.commune")}
            <select
              name="commune"
              defaultValue={q.commune ?? ""}
              className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
            >
              <option value="">{t("worklist.allCommunes")}</option>
              {units.communes.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="grid grid-cols-2 gap-2">
          <label className="text-sm font-medium text-slate-800">
            {t("worklist.year")}
            <select
              name="year"
              defaultValue={q.year ?? ""}
              className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
            >
              <option value="">{t("worklist.allYears")}</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          <label className="text-sm font-medium text-slate-800">
            {t("worklist.quarter")}
            <select
              name="quarter"
              defaultValue={q.quarter ?? ""}
              className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
            >
              <option value="">{t("worklist.allQuarters")}</option>
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  {t("worklist.quarterN", {
                    // As formatQuarter writes it: "Quý IV" in Vietnamese, "Q4" in English.
                    quarter: locale === "vi" ? (["I", "II", "III", "IV"][n - 1] ?? "") : String(n),
                  })}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="text-sm font-medium text-slate-800">
          {t("worklist.state")}
          <select
            name="state"
            defaultValue={q.state ?? ""}
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t("worklist.allStates")}</option>
            {WORK_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`state.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium text-slate-800">
          {t("worklist.kind")}
          <select
            name="kind"
            defaultValue={q.kind ?? ""}
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t("worklist.allKinds")}</option>
            <option value="COMMUNE">{t("kind.COMMUNE")}</option>
            <option value="POINT">{t("kind.POINT")}</option>
          </select>
        </label>
        <div className="flex items-end gap-2">
          <button type="submit" className={buttonClasses("primary")}>
            {t("worklist.apply")}
          </button>
          <TextLink href="/reports" className="text-sm">
            {t("worklist.clear")}
          </TextLink>
        </div>
      </form>

      {provinceId !== null ? (
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="state-totals">
          {shownStates.map((s) => (
            <span key={s}>
              {t(`state.${s}`)}:{" "}
              {list.counts[s] > 0 && q.state !== s ? (
                <TextLink
                  href={`/reports?${new URLSearchParams({ ...filterQuery, state: s }).toString()}`}
                >
                  {formatNumber(list.counts[s], locale)}
                </TextLink>
              ) : (
                <strong>{formatNumber(list.counts[s], locale)}</strong>
              )}
            </span>
          ))}
        </p>
      ) : null}

      {level !== "COMMUNE" && list.communes.length > 0 && !q.commune ? (
        <details className="rounded border border-slate-300 p-3">
          <summary className="cursor-pointer font-semibold text-slate-900">
            {t("worklist.byCommune", { count: communeRows.length })}
          </summary>
          <div className="mt-2 overflow-x-auto">
            <table className="w-full text-sm">
              <thead>
                <tr className="border-b border-slate-300 text-left">
                  <th className="py-2 pr-2">{t("worklist.communeCol")}</th>
                  {(["waiting", "returned", "overdue"] as const).map((s) => (
                    <th key={s} className="py-2 pr-2 text-right">
                      {t(`state.${s}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {communeRows.map((c) => (
                  <tr key={c.id} className="border-b border-slate-100">
                    <td className="py-1.5 pr-2">
                      <ListLink
                        locale={locale}
                        href={`/reports?${new URLSearchParams({ ...(level === "NATION" && provinceId ? { province: String(provinceId) } : {}), commune: String(c.id) }).toString()}`}
                      >
                        {c.name}
                      </ListLink>
                    </td>
                    {(["waiting", "returned", "overdue"] as const).map((s) => (
                      <td key={s} className="py-1.5 pr-2 text-right tabular-nums">
                        {c.counts[s] > 0 ? (
                          <ListLink
                            locale={locale}
                            href={countHref(c.id, s)}
                            aria-label={`${c.name}: ${t(`state.${s}`)} ${formatNumber(c.counts[s], locale)}`}
                          >
                            {formatNumber(c.counts[s], locale)}
                          </ListLink>
                        ) : (
                          "0"
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      ) : null}

      {approve && waiting.length > 0 ? (
        <BulkApprove
          items={waiting.map((i) => ({
            key: `${i.reportId}@${i.version}`,
            label:
              i.kind === "COMMUNE"
                ? `${subjectName(i)} — ${quarterLabel(i)}`
                : `${subjectName(i)} — ${i.communeName} — ${quarterLabel(i)}`,
          }))}
        />
      ) : null}

      {provinceId === null ? (
        <p className="text-slate-700">{t("worklist.pickProvince")}</p>
      ) : (
        <section aria-labelledby="items" className="space-y-3">
          <h2 id="items" className="text-lg font-semibold text-slate-900">
            {t("worklist.count", { count: list.total })}
          </h2>
          {items.length === 0 ? (
            <p className="text-slate-700">{t("worklist.empty")}</p>
          ) : (
            groups.map((group) => (
              <div key={group.communeId} className="space-y-1">
                {level !== "COMMUNE" ? (
                  <h3 className="text-base font-semibold text-slate-800">{group.communeName}</h3>
                ) : null}
                <ul className="divide-y divide-slate-200 rounded border border-slate-300">
                  {group.items.map((item) => (
                    <li
                      key={item.key}
                      className="flex flex-wrap items-center justify-between gap-2 px-3 py-2"
                    >
                      <div className="min-w-0">
                        <ListLink locale={locale} href={formHref(item)}>
                          {subjectName(item)}
                        </ListLink>
                        <p className="text-sm text-slate-600">
                          {quarterLabel(item)} · {t("form.due")} {formatDate(item.dueAt, locale)}
                          {days(item) ? ` · ${days(item)}` : ""}
                        </p>
                      </div>
                      <span
                        className={`rounded border px-2 py-0.5 text-sm font-medium ${STATE_TONE[item.state] ?? ""}`}
                      >
                        {t(`state.${item.state}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            ))
          )}
          <Pager
            label={t("worklist.pagination")}
            first={
              q.after
                ? {
                    href: { pathname: "/reports", query: filterQuery },
                    label: t("worklist.pageFirst"),
                  }
                : null
            }
            next={
              list.next
                ? {
                    href: { pathname: "/reports", query: { ...filterQuery, after: list.next } },
                    label: t("worklist.pageNext"),
                  }
                : null
            }
          />
        </section>
      )}
    </div>
  );
}
