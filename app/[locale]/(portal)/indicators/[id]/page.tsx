import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePermission } from "@/lib/auth/page-guard";
import { getIndicator, listCatalogOptions } from "@/lib/catalog/list-catalog";
import { resolveLocale } from "@/lib/i18n/locale";
import { intId } from "@/lib/validation/fields";
import { TextLink } from "@/components/ui/link";
import { IndicatorForm } from "../_components/indicator-form";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Indicators" });
  return { title: t("form.editTitle") };
}

export default async function EditIndicatorPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id: raw } = await params;
  const ctx = await requirePermission(locale, `/${locale}/indicators/${raw}`, "catalog.edit");
  const id = intId().safeParse(raw);
  if (!id.success) notFound();
  const indicator = await getIndicator(ctx, id.data).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!indicator) notFound();
  const [t, options] = await Promise.all([getTranslations("Indicators"), listCatalogOptions(ctx)]);
  return (
    <div className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <TextLink href="/indicators">{t("form.back")}</TextLink>
      <h1 className="text-2xl font-bold text-slate-900">
        {t("form.editTitle")}: {locale === "en" ? indicator.nameEn : indicator.nameVi}
      </h1>
      <IndicatorForm
        models={options.models}
        values={{ ...indicator, modelIds: indicator.models.map((m) => m.modelId) }}
      />
    </div>
  );
}
