import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { awardFormOptions } from "@/lib/awards/list-awards";
import { requirePermission } from "@/lib/auth/page-guard";
import { resolveLocale } from "@/lib/i18n/locale";
import { TextLink } from "@/components/ui/link";
import { CreateAwardForm } from "../_components/create-award-form";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Awards" });
  return { title: t("form.newHeading") };
}

export default async function NewAwardPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requirePermission(locale, `/${locale}/awards/new`, "awards.edit");
  const [t, options] = await Promise.all([getTranslations("Awards"), awardFormOptions(ctx)]);
  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <TextLink href="/awards" className="text-sm">
        {t("detail.back")}
      </TextLink>
      <h1 className="text-2xl font-bold text-slate-900">{t("form.newHeading")}</h1>
      <CreateAwardForm options={options} />
    </div>
  );
}
