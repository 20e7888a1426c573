import { getTranslations } from "next-intl/server";
import type { Scope } from "@/lib/auth/scope";
import type { AppLocale } from "@/lib/i18n/routing";
import { today } from "@/lib/points/rules";
import { WORK_STATES } from "@/lib/reports/list-worklist";
import type { WorklistQuery } from "@/lib/reports/worklist-query";
import { buttonClasses } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";

interface Props {
  locale: AppLocale;
  level: Scope["level"];
  query: WorklistQuery;
  /** The province whose communes can be chosen (the officer's, or the ministry's choice). */
  provinceId: number | null;
  provinces: { id: number; name: string }[];
  communes: { id: number; name: string }[];
}

/** The worklist's filters, a plain GET form: the chosen filters are the page's address. */
export async function WorklistFilters({
  locale,
  level,
  query,
  provinceId,
  provinces,
  communes,
}: Props) {
  const t = await getTranslations("Reports");
  // The years of the list's quarters, and the one before (a late report of last year).
  const thisYear = today().getUTCFullYear();
  const years = [thisYear, thisYear - 1];
  return (
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
            defaultValue={query.province ?? ""}
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t("worklist.noProvince")}</option>
            {provinces.map((p) => (
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
            defaultValue={query.commune ?? ""}
            className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2"
          >
            <option value="">{t("worklist.allCommunes")}</option>
            {communes.map((c) => (
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
            defaultValue={query.year ?? ""}
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
            defaultValue={query.quarter ?? ""}
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
          defaultValue={query.state ?? ""}
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
          defaultValue={query.kind ?? ""}
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
  );
}
