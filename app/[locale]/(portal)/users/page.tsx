import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import {
  listProvinceOptions,
  listUserFormOptions,
  scopeProvinceName,
} from "@/lib/users/list-form-options";
import { listUsers, parseUsersQuery } from "@/lib/users/list-users";
import type { SearchParams } from "@/lib/validation/fields";
import { CreateUserForm } from "./_components/create-user-form";
import { SelectField } from "@/components/forms/field";
import { UsersTable } from "./_components/users-table";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { Pager } from "@/components/ui/pager";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<SearchParams>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Users" });
  return { title: t("title") };
}

export default async function UsersPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requirePermission(locale, `/${locale}/users`, "users.view");
  const query = parseUsersQuery(await searchParams);
  const { provinceId, q } = query;
  const manage = hasPermission(ctx.role, "users.manage");
  const nation = ctx.scope.level === "NATION";

  const [t, errors, list, provinces, options, provinceName] = await Promise.all([
    getTranslations("Users"),
    getTranslations("Errors"),
    listUsers(ctx, query),
    listProvinceOptions(ctx),
    manage ? listUserFormOptions(ctx) : Promise.resolve(null),
    scopeProvinceName(ctx),
  ]);
  const filtered = Boolean(q) || (nation && provinceId !== undefined);
  const pageHref = (page: number) => ({
    pathname: "/users",
    query: {
      ...(nation && provinceId ? { province: String(provinceId) } : {}),
      ...(q ? { q } : {}),
      ...(page > 1 ? { page: String(page) } : {}),
    },
  });

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8">
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">
          {nation ? t("introNation") : t("introProvince", { province: provinceName ?? "" })}
        </p>
      </div>

      {options && options.roles.length > 0 ? (
        <details className="group rounded border border-slate-300 bg-slate-50 open:bg-white">
          <summary className="cursor-pointer px-4 py-3 font-semibold text-brand-800 select-none">
            {t("createHeading")}
          </summary>
          <div className="space-y-4 border-t border-slate-200 px-4 py-4">
            <p className="text-sm text-slate-700">{t("createIntro")}</p>
            <CreateUserForm options={options} />
          </div>
        </details>
      ) : null}

      <section aria-labelledby="users-list" className="space-y-4">
        <h2 id="users-list" className="sr-only">
          {t("tableCaption")}
        </h2>
        <form
          method="get"
          role="search"
          aria-label={t("filterHeading")}
          className="flex flex-wrap items-end gap-3"
        >
          {nation ? (
            <div className="w-full sm:w-56">
              <SelectField
                id="filter-province"
                name="province"
                label={t("filterProvince")}
                defaultValue={provinceId ?? ""}
              >
                <option value="">{t("allProvinces")}</option>
                {provinces.map((province) => (
                  <option key={province.id} value={province.id}>
                    {province.name}
                  </option>
                ))}
              </SelectField>
            </div>
          ) : null}
          <div className="w-full sm:w-72">
            <label htmlFor="filter-q" className="block text-sm font-medium text-slate-800">
              {t("search")}
            </label>
            <input
              id="filter-q"
              name="q"
              type="search"
              defaultValue={q ?? ""}
              maxLength={100}
              className="mt-1 block w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 focus-visible:border-blue-700"
            />
          </div>
          <div className="flex items-center gap-3">
            <Button>{t("filter")}</Button>
            {filtered ? (
              <TextLink href="/users" className="text-sm">
                {t("clearFilter")}
              </TextLink>
            ) : null}
          </div>
        </form>

        {query.invalid ? (
          <p
            role="status"
            className="border-l-4 border-gold-500 bg-gold-300/20 px-4 py-3 text-sm text-slate-900"
          >
            {errors("inputSearchIgnored")}
          </p>
        ) : null}
        <p className="text-sm text-slate-700" aria-live="polite">
          {t("count", { total: list.total })}
        </p>
        <UsersTable rows={list.rows} locale={locale} viewerId={ctx.user.id} />

        {list.pageCount > 1 ? (
          <Pager
            label={t("pagination")}
            previous={
              list.page > 1 ? { href: pageHref(list.page - 1), label: t("pagePrevious") } : null
            }
            next={
              list.page < list.pageCount
                ? { href: pageHref(list.page + 1), label: t("pageNext") }
                : null
            }
            position={t("pageOf", {
              page: formatNumber(list.page, locale),
              pages: formatNumber(list.pageCount, locale),
            })}
          />
        ) : null}
      </section>
    </div>
  );
}
