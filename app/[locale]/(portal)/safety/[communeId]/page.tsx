import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { AuthContext } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/auth/errors";
import { requireUser } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { dayMonthYear } from "@/lib/points/rules";
import { formatRate } from "@/lib/safety/format";
import { getCommuneSafety } from "@/lib/safety/get-commune-safety";
import { evaluationYears, readYearQuery } from "@/lib/safety/query";
import { MERGER_YEAR } from "@/lib/safety/rules";
import type { CommuneSafety } from "@/lib/safety/types";
import { intId } from "@/lib/validation/fields";
import { TextLink } from "@/components/ui/link";
import { Notice } from "@/components/ui/notice";
import {
  HeaderCell,
  StackBody,
  StackCell,
  StackRow,
  Table,
  TableHead,
} from "@/components/ui/table";
import { RegisterCommuneForm, RegisterUnitForm } from "../_components/register-forms";
import { ResultForm, TitleForm, WithdrawForm } from "../_components/result-forms";
import { YearFilters } from "../_components/year-filters";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string; communeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function communeOrNull(
  ctx: AuthContext,
  raw: string,
  year: number,
): Promise<CommuneSafety | null> {
  const id = intId().safeParse(raw);
  if (!id.success) return null;
  try {
    return await getCommuneSafety(ctx, id.data, year);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Safety" });
  return { title: t("title") };
}

export default async function CommuneSafetyPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { communeId } = await params;
  const ctx = await requireUser(locale, `/${locale}/safety/${communeId}`);
  const query = readYearQuery(await searchParams);
  const data = await communeOrNull(ctx, communeId, query.year);
  if (!data) notFound();
  const t = await getTranslations("Safety");
  const register = hasPermission(ctx.role, "safety.register");
  const decide = hasPermission(ctx.role, "safety.edit");
  const before = data.year < MERGER_YEAR;
  const unregisteredFormers = data.formerCommunes.filter((f) => !f.registered);
  const ownRegistered = data.registrations.some(
    (r) => r.unitType === "COMMUNE" && !r.formerCommuneName,
  );

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-8">
      <TextLink
        href={{ pathname: "/safety", query: { year: String(data.year) } }}
        className="text-sm"
      >
        {t("communePage.back")}
      </TextLink>
      <div>
        <h1 className="text-2xl font-bold text-slate-900">
          {t("communePage.title", { commune: data.commune.name, year: String(data.year) })}
        </h1>
        <p className="mt-2 text-slate-800">
          {t("communePage.summary", { rate: formatRate(data.units, locale) })}
        </p>
        <p className="text-slate-800">
          {t("communePage.communeResult", {
            result: data.communeResult ? t(`result.${data.communeResult}`) : t("notRegistered"),
          })}
        </p>
        {data.breaksRule ? (
          <div className="mt-3">
            <Notice tone="info" persistent dismissible={false}>
              ⚠ {t("ruleWarning")}
            </Notice>
          </div>
        ) : null}
      </div>

      <YearFilters
        labels={{
          heading: t("filterHeading"),
          year: t("year"),
          province: t("province"),
          allProvinces: t("allProvinces"),
          former: t("former"),
          allFormer: t("allFormer"),
          formerOption: (name) => name,
          show: t("show"),
        }}
        year={data.year}
        years={evaluationYears()}
        provinces={[]}
        provinceId={undefined}
        formerProvinces={[]}
        formerProvinceId={undefined}
      />

      <section aria-labelledby="registrations" className="space-y-3">
        <h2 id="registrations" className="text-xl font-semibold text-slate-900">
          {t("communePage.registrationsHeading")}
        </h2>
        {data.registrations.length === 0 ? (
          <p className="rounded border border-dashed border-slate-300 p-4 text-slate-700">
            {t("communePage.none", { year: String(data.year) })}
          </p>
        ) : (
          <Table caption={t("communePage.registrationsCaption")} layout="stack">
            <TableHead layout="stack">
              <HeaderCell>{t("communePage.unit")}</HeaderCell>
              <HeaderCell>{t("communePage.type")}</HeaderCell>
              <HeaderCell>{t("communePage.registeredOn")}</HeaderCell>
              <HeaderCell>{t("communeResult")}</HeaderCell>
              <HeaderCell>{t("communePage.decision")}</HeaderCell>
            </TableHead>
            <StackBody>
              {data.registrations.map((r) => (
                <StackRow key={r.id} data-registration={r.unitName}>
                  <StackCell label={t("communePage.unit")} className="col-span-2 md:min-w-[14rem]">
                    <span className="font-medium">{r.unitName}</span>
                    {r.formerCommuneName && r.unitType !== "COMMUNE" ? (
                      <span className="block text-xs text-slate-600">
                        {t("communePage.formerOf", { name: r.formerCommuneName })}
                      </span>
                    ) : null}
                  </StackCell>
                  <StackCell label={t("communePage.type")}>
                    {t(`unitTypeShort.${r.unitType}`)}
                  </StackCell>
                  <StackCell label={t("communePage.registeredOn")} className="whitespace-nowrap">
                    {formatDate(r.registeredOn, locale)}
                  </StackCell>
                  <StackCell label={t("communeResult")}>
                    <span
                      className={
                        r.result === "ACHIEVED"
                          ? "font-semibold text-emerald-800"
                          : r.result === "NOT_ACHIEVED"
                            ? "font-semibold text-brand-800"
                            : "text-slate-700"
                      }
                    >
                      {t(`result.${r.result}`)}
                    </span>
                    {register && r.result === "PENDING" ? (
                      <WithdrawForm id={r.id} version={r.version} unitName={r.unitName} />
                    ) : null}
                  </StackCell>
                  <StackCell label={t("communePage.decision")}>
                    {r.decisionNumber && r.decidedOn
                      ? t("communePage.decisionLine", {
                          number: r.decisionNumber,
                          date: formatDate(r.decidedOn, locale),
                        })
                      : t("communePage.noDecision")}
                    {decide ? (
                      <ResultForm
                        id={r.id}
                        version={r.version}
                        year={data.year}
                        result={r.result}
                        decisionNumber={r.decisionNumber ?? ""}
                        decidedOn={r.decidedOn ? dayMonthYear(r.decidedOn) : ""}
                        unitName={r.unitName}
                      />
                    ) : null}
                  </StackCell>
                </StackRow>
              ))}
            </StackBody>
          </Table>
        )}
      </section>

      {register ? (
        <section aria-labelledby="register" className="space-y-3">
          <h2 id="register" className="text-xl font-semibold text-slate-900">
            {t("communePage.registerHeading")}
          </h2>
          {data.unregistered.areas.length + data.unregistered.organizations.length === 0 ? (
            <p className="text-slate-700">
              {t("communePage.allRegistered", { year: String(data.year) })}
            </p>
          ) : (
            <>
              <p className="text-slate-700">
                {t("communePage.registerIntro", { year: String(data.year) })}
              </p>
              <RegisterUnitForm
                communeId={data.commune.id}
                year={data.year}
                areas={data.unregistered.areas}
                organizations={data.unregistered.organizations}
              />
            </>
          )}
        </section>
      ) : null}

      {decide ? (
        <section aria-labelledby="register-commune" className="space-y-3">
          <h2 id="register-commune" className="text-xl font-semibold text-slate-900">
            {t("communePage.registerCommuneHeading")}
          </h2>
          {before ? (
            <>
              <p className="text-slate-700">
                {t("communePage.registerCommuneIntro", { commune: data.commune.name })}
              </p>
              {unregisteredFormers.length > 0 ? (
                <RegisterCommuneForm
                  communeId={data.commune.id}
                  communeName={data.commune.name}
                  year={data.year}
                  formerCommunes={unregisteredFormers}
                />
              ) : null}
            </>
          ) : !ownRegistered ? (
            <RegisterCommuneForm
              communeId={data.commune.id}
              communeName={data.commune.name}
              year={data.year}
              formerCommunes={null}
            />
          ) : null}
        </section>
      ) : null}

      <section aria-labelledby="titles" className="space-y-3">
        <h2 id="titles" className="text-xl font-semibold text-slate-900">
          {t("communePage.titlesHeading", { year: String(data.year) })}
        </h2>
        {before ? (
          <p className="text-sm text-slate-700">{t("communePage.titlesIntroBefore")}</p>
        ) : null}
        {decide ? (
          <div className="grid gap-3 md:grid-cols-2">
            {data.titles.map((title) => (
              <TitleForm
                key={title.formerCommuneId ?? "now"}
                communeId={data.commune.id}
                formerCommuneId={title.formerCommuneId}
                label={title.formerCommuneName}
                year={data.year}
                exemplary={title.exemplary}
                ruralSecurityMet={title.ruralSecurityMet}
                decisionNumber={title.decisionNumber ?? ""}
                version={title.version}
              />
            ))}
          </div>
        ) : (
          <ul className="space-y-2">
            {data.titles.map((title) => (
              <li key={title.formerCommuneId ?? "now"} className="text-slate-800">
                {title.formerCommuneName ? (
                  <span className="font-semibold">{title.formerCommuneName}: </span>
                ) : null}
                {t("communePage.exemplary")}:{" "}
                {title.exemplary ? t("communePage.yes") : t("communePage.no")} ·{" "}
                {t("communePage.ruralSecurity")}:{" "}
                {title.ruralSecurityMet ? t("communePage.yes") : t("communePage.no")}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
