import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDate, formatNumber, formatQuarter } from "@/lib/i18n/format";
import { getPathname } from "@/lib/i18n/navigation";
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
import { TextLink } from "@/components/ui/link";
import { BulkApprove } from "./_components/bulk-approve";
import { CommuneCounts } from "./_components/commune-counts";
import { WorklistFilters } from "./_components/worklist-filters";

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

      <WorklistFilters
        locale={locale}
        level={level}
        query={q}
        provinceId={provinceId}
        provinces={units.provinces}
        communes={units.communes}
      />

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
        <CommuneCounts
          locale={locale}
          communes={communeRows}
          province={level === "NATION" ? provinceId : null}
        />
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
                <ul className="work-list divide-y divide-slate-200 rounded border border-slate-300">
                  {group.items.map((item) => (
                    <li key={item.key}>
                      <div className="min-w-0">
                        <a href={getPathname({ href: formHref(item), locale })}>
                          {subjectName(item)}
                        </a>
                        <p>
                          {quarterLabel(item)} · {t("form.due")} {formatDate(item.dueAt, locale)}
                          {days(item) ? ` · ${days(item)}` : ""}
                        </p>
                      </div>
                      <span className={`state ${STATE_TONE[item.state] ?? ""}`}>
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
