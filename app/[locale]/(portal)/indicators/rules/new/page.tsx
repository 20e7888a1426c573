import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/page-guard";
import { listCatalogOptions } from "@/lib/catalog/list-catalog";
import { resolveLocale } from "@/lib/i18n/locale";
import { TextLink } from "@/components/ui/link";
import { RuleForm } from "../../_components/rule-form";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Indicators" });
  return { title: t("ruleForm.createTitle") };
}

export default async function NewRulePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requirePermission(locale, `/${locale}/indicators/rules/new`, "catalog.edit");
  const [t, options] = await Promise.all([getTranslations("Indicators"), listCatalogOptions(ctx)]);
  const indicators = options.indicators.map((i) => ({
    id: i.id,
    name: locale === "en" ? i.nameEn : i.nameVi,
    kind: i.reportKind,
  }));
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <TextLink href="/indicators">{t("form.back")}</TextLink>
      <h1 className="text-2xl font-bold text-slate-900">{t("ruleForm.createTitle")}</h1>
      <RuleForm indicators={indicators} />
    </div>
  );
}
