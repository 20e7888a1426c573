import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Field } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import { requirePermission } from "@/lib/auth/page-guard";
import { resolveLocale } from "@/lib/i18n/locale";
import {
  type SearchHit,
  SEARCH_LIMIT,
  SEARCH_MIN_LENGTH,
  searchRegistry,
} from "@/lib/search/search-registry";
import { readSearchParam, type SearchParams, searchQuery } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  return { title: t("title") };
}

type Part = "models" | "points" | "teams" | "people";
const HREF: Record<Part, (id: string) => string> = {
  models: (id) => `/models/${id}`,
  points: (id) => `/points/${id}`,
  teams: (id) => `/teams/${id}`,
  people: (id) => `/people/${id}`,
};

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requirePermission(locale, `/${locale}/search`, "rosters.view");
  const q = readSearchParam(await searchParams, "q", searchQuery(100));
  const [t, result] = await Promise.all([
    getTranslations("Search"),
    q.value ? searchRegistry(ctx, q.value) : Promise.resolve(null),
  ]);
  const parts: { part: Part; hits: (SearchHit & { birthYear?: number | null })[] }[] = result
    ? [
        { part: "models", hits: result.models },
        { part: "points", hits: result.points },
        { part: "teams", hits: result.teams },
        { part: "people", hits: result.people },
      ]
    : [];
  const found = parts.reduce((sum, p) => sum + p.hits.length, 0);

  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 text-slate-700">{t("intro")}</p>
      </div>
      <form method="get" role="search" className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <div className="flex-1">
          <Field
            label={t("query")}
            name="q"
            type="search"
            defaultValue={q.value ?? ""}
            hint={t("queryHint")}
            maxLength={100}
            autoComplete="off"
          />
        </div>
        <Button className="sm:mb-6">{t("submit")}</Button>
      </form>
      {q.invalid ? <Notice tone="info">{t("invalid")}</Notice> : null}
      {result && result.query.length < SEARCH_MIN_LENGTH ? (
        <Notice tone="info">{t("tooShort", { min: SEARCH_MIN_LENGTH })}</Notice>
      ) : null}
      {result && result.query.length >= SEARCH_MIN_LENGTH && found === 0 ? (
        <p className="text-slate-700">{t("none", { query: q.value ?? "" })}</p>
      ) : null}
      {result?.truncated ? (
        <Notice tone="info">{t("truncated", { limit: SEARCH_LIMIT })}</Notice>
      ) : null}
      {parts
        .filter((p) => p.hits.length > 0)
        .map(({ part, hits }) => (
          <section key={part} aria-labelledby={`search-${part}`}>
            <h2 id={`search-${part}`} className="text-lg font-semibold text-slate-900">
              {t(`parts.${part}`)} <span className="text-slate-600">({hits.length})</span>
            </h2>
            <ul className="mt-2 divide-y divide-slate-200 rounded border border-slate-200">
              {hits.map((hit) => (
                <li key={hit.id} className="flex flex-wrap items-baseline gap-x-3 px-3 py-2">
                  <TextLink href={HREF[part](hit.id)}>{hit.name}</TextLink>
                  {hit.birthYear ? (
                    <span className="text-sm text-slate-600">
                      {t("born", { year: String(hit.birthYear) })}
                    </span>
                  ) : null}
                  <span className="text-sm text-slate-600">
                    {hit.place ?? (part === "models" ? t("catalog") : "")}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
