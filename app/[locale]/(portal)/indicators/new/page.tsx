import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/page-guard";
import { listCatalogOptions } from "@/lib/catalog/list-catalog";
import { resolveLocale } from "@/lib/i18n/locale";
import { TextLink } from "@/components/ui/link";
import { IndicatorForm } from "../_components/indicator-form";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Indicators" });
  return { title: t("form.createTitle") };
}

export default async function NewIndicatorPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requirePermission(locale, `/${locale}/indicators/new`, "catalog.edit");
  const [t, options] = await Promise.all([getTranslations("Indicators"), listCatalogOptions(ctx)]);
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <TextLink href="/indicators">{t("form.back")}</TextLink>
      <h1 className="text-2xl font-bold text-slate-900">{t("form.createTitle")}</h1>
      <IndicatorForm models={options.models} />
    </div>
  );
}
