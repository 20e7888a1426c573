import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { listCatalog } from "@/lib/catalog/list-catalog";
import { YEAR_MAX, YEAR_MIN } from "@/lib/catalog/schemas";
import { resolveLocale } from "@/lib/i18n/locale";
import { integer, oneOf, readSearchParam } from "@/lib/validation/fields";
import { TextLink } from "@/components/ui/link";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Indicators" });
  return { title: t("title") };
}

const yearParam = integer({ min: YEAR_MIN, max: YEAR_MAX });
const kindParam = oneOf(["POINT", "COMMUNE"] as const);

export default async function IndicatorsPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  // Everyone reads the catalog; the ministry administrator keeps it.
  const ctx = await requireUser(locale, `/${locale}/indicators`);
  const query = await searchParams;
  const year = readSearchParam(query, "year", yearParam).value;
  const reportKind = readSearchParam(query, "kind", kindParam).value;
  const edit = hasPermission(ctx.role, "catalog.edit");
  const [t, catalog] = await Promise.all([
    getTranslations("Indicators"),
    listCatalog(ctx, { ...(year ? { year } : {}), ...(reportKind ? { reportKind } : {}) }),
  ]);
  const en = locale === "en";
  const kinds = (["POINT", "COMMUNE"] as const).filter((k) => !reportKind || k === reportKind);
  const years = (from: number, to: number | null) =>
    to === null ? t("yearsOpen", { from }) : t("years", { from, to });
  const nameOf = (i: { nameVi: string; nameEn: string }) => (en ? i.nameEn : i.nameVi);
  const thisYear = new Date().getFullYear();

  return (
    <div className="mx-auto max-w-7xl space-y-8 px-4 py-8">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
          <p className="mt-2 text-slate-700">{t("intro")}</p>
        </div>
        {edit ? (
          <div className="flex flex-wrap gap-2">
            <TextLink look="primary" href="/indicators/new">
              {t("create")}
            </TextLink>
            <TextLink look="secondary" href="/indicators/rules/new">
              {t("createRule")}
            </TextLink>
          </div>
        ) : null}
      </div>

      <form
        method="get"
        className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-slate-50 p-3"
      >
        <div>
          <label htmlFor="cat-kind" className="block text-sm font-medium text-slate-800">
            {t("filterKind")}
          </label>
          <select
            id="cat-kind"
            name="kind"
            defaultValue={reportKind ?? ""}
            className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2 text-base"
          >
            <option value="">{t("allKinds")}</option>
            <option value="POINT">{t("kinds.POINT")}</option>
            <option value="COMMUNE">{t("kinds.COMMUNE")}</option>
          </select>
        </div>
        <div>
          <label htmlFor="cat-year" className="block text-sm font-medium text-slate-800">
            {t("filterYear")}
          </label>
          <select
            id="cat-year"
            name="year"
            defaultValue={year ?? ""}
            className="mt-1 block rounded border border-slate-400 bg-white px-3 py-2 text-base"
          >
            <option value="">{t("allYears")}</option>
            {Array.from({ length: thisYear + 2 - 2020 }, (_, i) => thisYear + 1 - i).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800"
        >
          {t("apply")}
        </button>
      </form>

      {kinds.map((kind) => {
        const rows = catalog.indicators.filter((i) => i.reportKind === kind);
        const groups: { name: string; rows: typeof rows }[] = [];
        for (const row of rows) {
          const name = (en ? row.groupEn : row.groupVi) ?? t("noGroup");
          const group = groups.find((g) => g.name === name);
          if (group) group.rows.push(row);
          else groups.push({ name, rows: [row] });
        }
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="space-y-3">
            <h2 id={`kind-${kind}`} className="text-xl font-semibold text-slate-900">
              {t(`kinds.${kind}`)}
            </h2>
            {rows.length === 0 ? <p className="text-slate-700">{t("noIndicators")}</p> : null}
            {groups.map((group) => (
              <div key={group.name} className="space-y-1">
                <h3 className="font-semibold text-slate-800">{group.name}</h3>
                <Table caption={t("tableCaption", { kind: t(`kinds.${kind}`) })} layout="stack">
                  <TableHead layout="stack">
                    <HeaderCell className="w-16">{t("colOrder")}</HeaderCell>
                    <HeaderCell>{t("colName")}</HeaderCell>
                    <HeaderCell>{t("colUnit")}</HeaderCell>
                    <HeaderCell>{t("colAggregation")}</HeaderCell>
                    <HeaderCell>{t("colYears")}</HeaderCell>
                    {kind === "POINT" ? <HeaderCell>{t("colModels")}</HeaderCell> : null}
                    {edit ? (
                      <HeaderCell className="w-16">
                        <span className="sr-only">{t("edit")}</span>
                      </HeaderCell>
                    ) : null}
                  </TableHead>
                  <StackBody>
                    {group.rows.map((i) => (
                      <StackRow key={i.id}>
                        <StackCell label={t("colOrder")}>{i.sortOrder}</StackCell>
                        <StackCell label={t("colName")} className="col-span-2">
                          <span className="font-medium text-slate-900">{nameOf(i)}</span>
                          <span className="block text-xs text-slate-600">
                            {en ? i.nameVi : i.nameEn}
                          </span>
                        </StackCell>
                        <StackCell label={t("colUnit")}>{t(`units.${i.unit}`)}</StackCell>
                        <StackCell label={t("colAggregation")}>
                          {t(`aggregations.${i.aggregation}`)}
                        </StackCell>
                        <StackCell label={t("colYears")}>
                          {years(i.validFromYear, i.validToYear)}
                        </StackCell>
                        {kind === "POINT" ? (
                          <StackCell label={t("colModels")}>
                            {i.models.length === 0
                              ? t("allModels")
                              : i.models.map((m) => m.model.name).join("; ")}
                          </StackCell>
                        ) : null}
                        {edit ? (
                          <StackCell label={t("edit")}>
                            <TextLink href={`/indicators/${i.id}`}>
                              {t("edit")}
                              <span className="sr-only">: {nameOf(i)}</span>
                            </TextLink>
                          </StackCell>
                        ) : null}
                      </StackRow>
                    ))}
                  </StackBody>
                </Table>
              </div>
            ))}
          </section>
        );
      })}

      <section aria-labelledby="rules" className="space-y-3">
        <h2 id="rules" className="text-xl font-semibold text-slate-900">
          {t("rulesTitle")}
        </h2>
        <p className="text-slate-700">{t("rulesIntro")}</p>
        {catalog.rules.length === 0 ? (
          <p className="text-slate-700">{t("noRules")}</p>
        ) : (
          <Table caption={t("rulesCaption")} layout="stack">
            <TableHead layout="stack">
              <HeaderCell>{t("colRule")}</HeaderCell>
              <HeaderCell>{t("colSeverity")}</HeaderCell>
              <HeaderCell>{t("colMessage")}</HeaderCell>
              <HeaderCell>{t("colYears")}</HeaderCell>
              {edit ? (
                <HeaderCell className="w-16">
                  <span className="sr-only">{t("edit")}</span>
                </HeaderCell>
              ) : null}
            </TableHead>
            <StackBody>
              {catalog.rules.map((r) => (
                <StackRow key={r.id}>
                  <StackCell label={t("colRule")} className="col-span-2">
                    {t("ruleText", {
                      left: nameOf(r.leftIndicator),
                      operator: t(`operators.${r.operator}`),
                      right: nameOf(r.rightIndicator),
                    })}
                  </StackCell>
                  <StackCell label={t("colSeverity")}>
                    <span
                      className={
                        r.severity === "ERROR" ? "font-medium text-brand-800" : "text-amber-800"
                      }
                    >
                      {t(`severities.${r.severity}`)}
                    </span>
                  </StackCell>
                  <StackCell label={t("colMessage")}>{en ? r.messageEn : r.messageVi}</StackCell>
                  <StackCell label={t("colYears")}>
                    {years(r.validFromYear, r.validToYear)}
                  </StackCell>
                  {edit ? (
                    <StackCell label={t("edit")}>
                      <TextLink href={`/indicators/rules/${r.id}`}>{t("edit")}</TextLink>
                    </StackCell>
                  ) : null}
                </StackRow>
              ))}
            </StackBody>
          </Table>
        )}
      </section>
    </div>
  );
}
