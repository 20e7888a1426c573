import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/page-guard";
import { resolveLocale } from "@/lib/i18n/locale";
import { listSummaryOptions } from "@/lib/summary/list-summary-options";
import { summaryQuarter, summaryYear } from "@/lib/summary/schemas";
import { intId, readSearchParam } from "@/lib/validation/fields";
import { buttonClasses } from "@/components/ui/button";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Summary" });
  return { title: t("title") };
}

const ROMAN = ["I", "II", "III", "IV"] as const;
const FIELD =
  "mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base sm:w-auto sm:min-w-56";
const LABEL = "block text-sm font-medium text-slate-800";

// The download form of the summary report: a plain GET form to the route handler, so it works
// without JavaScript and on a phone; the query may preselect the choices (a shared link).
export default async function SummaryPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requirePermission(locale, `/${locale}/summary`, "dashboards.province");
  const query = await searchParams;
  const [t, options] = await Promise.all([getTranslations("Summary"), listSummaryOptions(ctx)]);
  const nation = ctx.scope.level === "NATION";
  const thisYear = new Date().getFullYear();
  const years = options.years.filter((y) => y <= thisYear);
  const asked = readSearchParam(query, "year", summaryYear).value;
  const year = asked !== undefined && years.includes(asked) ? asked : (years[0] ?? thisYear);
  const quarter = readSearchParam(query, "quarter", summaryQuarter).value;
  // Only what the form offers is preselected: another province's id is left out, not shown.
  const askedProvince = readSearchParam(query, "province", intId()).value;
  const province = options.provinces.find((p) => p.id === askedProvince);
  const askedFormer = readSearchParam(query, "former", intId()).value;
  const former = options.formerProvinces.find((f) => f.id === askedFormer);
  const own = nation ? undefined : options.provinces[0];
  const successors = [...new Set(options.formerProvinces.map((f) => f.successorName))];

  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
        <p className="mt-2 text-slate-700">{t("contents")}</p>
      </div>
      <form
        method="get"
        action="/api/summary"
        className="space-y-4 rounded border border-slate-200 bg-slate-50 p-4"
      >
        {nation ? (
          <div>
            <label htmlFor="sum-province" className={LABEL}>
              {t("province")}
            </label>
            <select
              id="sum-province"
              name="province"
              defaultValue={province?.id ?? ""}
              className={FIELD}
            >
              <option value="">{t("nation")}</option>
              {options.provinces.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <p>
            <span className={LABEL}>{t("ownProvince")}</span>
            <span className="mt-1 block text-base font-semibold text-slate-900">{own?.name}</span>
          </p>
        )}
        {options.formerProvinces.length > 0 ? (
          <div>
            <label htmlFor="sum-former" className={LABEL}>
              {t("former")}
            </label>
            <select
              id="sum-former"
              name="former"
              defaultValue={former?.id ?? ""}
              aria-describedby="sum-former-hint"
              className={FIELD}
            >
              <option value="">{t("formerNone")}</option>
              {nation
                ? successors.map((successor) => (
                    <optgroup key={successor} label={successor}>
                      {options.formerProvinces
                        .filter((f) => f.successorName === successor)
                        .map((f) => (
                          <option key={f.id} value={f.id}>
                            {t("formerOption", { name: f.shortName })}
                          </option>
                        ))}
                    </optgroup>
                  ))
                : options.formerProvinces.map((f) => (
                    <option key={f.id} value={f.id}>
                      {t("formerOption", { name: f.shortName })}
                    </option>
                  ))}
            </select>
            <p id="sum-former-hint" className="mt-1 text-sm text-slate-600">
              {nation ? t("formerHintNation") : t("formerHintProvince")}
            </p>
          </div>
        ) : null}
        <div className="flex flex-wrap gap-4">
          <div className="min-w-32 flex-1 sm:flex-none">
            <label htmlFor="sum-year" className={LABEL}>
              {t("year")}
            </label>
            <select id="sum-year" name="year" defaultValue={year} className={FIELD}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div className="min-w-32 flex-1 sm:flex-none">
            <label htmlFor="sum-quarter" className={LABEL}>
              {t("quarter")}
            </label>
            <select id="sum-quarter" name="quarter" defaultValue={quarter ?? ""} className={FIELD}>
              <option value="">{t("wholeYear")}</option>
              {ROMAN.map((roman, i) => (
                <option key={roman} value={i + 1}>
                  {t("quarterOption", { number: locale === "vi" ? roman : String(i + 1) })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className={buttonClasses("primary", "w-full sm:w-auto")}>
          {t("download")}
        </button>
      </form>
      <p className="text-sm text-slate-600">{t("note")}</p>
    </div>
  );
}
