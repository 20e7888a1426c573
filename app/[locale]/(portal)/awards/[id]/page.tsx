import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { awardFormOptions, type AwardRecord, getAward } from "@/lib/awards/list-awards";
import type { AuthContext } from "@/lib/auth/current-user";
import { getCurrentUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/auth/errors";
import { requireUser } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatDate } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { dayMonthYear } from "@/lib/points/rules";
import { TextLink } from "@/components/ui/link";
import { DeleteAwardForm, EditAwardForm } from "../_components/edit-award-form";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

async function awardOrNull(ctx: AuthContext, id: string): Promise<AwardRecord | null> {
  if (!z.uuid().safeParse(id).success) return null;
  try {
    return await getAward(ctx, id);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "Awards" });
  const viewer = await getCurrentUser();
  const award = viewer ? await awardOrNull(viewer, id) : null;
  return { title: award ? `${award.recipientName} · ${t("title")}` : t("title") };
}

export default async function AwardPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const ctx = await requireUser(locale, `/${locale}/awards/${id}`);
  const award = await awardOrNull(ctx, id);
  if (!award) notFound();
  const edit = hasPermission(ctx.role, "awards.edit");
  const [t, options] = await Promise.all([getTranslations("Awards"), awardFormOptions(ctx)]);
  const commune = options.communes.find((c) => c.id === award.communeId);
  const former = options.formerProvinces.find((f) => f.id === award.formerProvinceId);
  const facts: [string, string][] = [
    [t("columns.kind"), t(`kind.${award.kind}`)],
    [t("columns.issuer"), t(`issuer.${award.issuer}`)],
    [t("columns.recipientKind"), t(`recipientKind.${award.recipientKind}`)],
    [t("columns.decisionNumber"), award.decisionNumber ?? t("detail.none")],
    [t("columns.awardedOn"), formatDate(award.awardedOn, locale)],
    [t("columns.commune"), commune?.name ?? t("provinceWide")],
    [t("columns.formerProvince"), former ? t("former", { name: former.name }) : t("detail.none")],
    [t("detail.reason"), award.reason ?? t("detail.none")],
  ];
  return (
    <div className="mx-auto max-w-4xl space-y-8 px-4 py-8">
      <TextLink href="/awards" className="text-sm">
        {t("detail.back")}
      </TextLink>
      <div>
        <h1 className="text-2xl font-bold text-slate-900">{award.recipientName}</h1>
        <dl className="mt-4 grid gap-x-6 gap-y-3 sm:grid-cols-2">
          {facts.map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm font-medium text-slate-600">{label}</dt>
              <dd className="text-slate-900">{value}</dd>
            </div>
          ))}
        </dl>
      </div>
      {edit ? (
        <>
          <section aria-labelledby="award-edit" className="space-y-4">
            <h2 id="award-edit" className="text-lg font-semibold text-slate-900">
              {t("detail.editHeading")}
            </h2>
            <EditAwardForm
              id={award.id}
              version={award.version}
              options={options}
              values={{
                kind: award.kind,
                issuer: award.issuer,
                recipientKind: award.recipientKind,
                recipientName: award.recipientName,
                decisionNumber: award.decisionNumber ?? "",
                awardedOn: dayMonthYear(award.awardedOn),
                communeId: award.communeId ? String(award.communeId) : "",
                formerProvinceId: award.formerProvinceId ? String(award.formerProvinceId) : "",
                reason: award.reason ?? "",
                teamId: award.teamId ?? "",
                pointId: award.pointId ?? "",
              }}
            />
          </section>
          <section
            aria-labelledby="award-delete"
            className="space-y-3 border-t border-slate-200 pt-6"
          >
            <h2 id="award-delete" className="text-lg font-semibold text-slate-900">
              {t("detail.deleteHeading")}
            </h2>
            <p className="text-sm text-slate-700">{t("detail.deleteHint")}</p>
            <DeleteAwardForm id={award.id} version={award.version} name={award.recipientName} />
          </section>
        </>
      ) : null}
    </div>
  );
}
