import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission, requireUser } from "@/lib/auth/page-guard";
import { resolveLocale } from "@/lib/i18n/locale";
import { formValuesOf, modelEditPermission } from "@/lib/models/form-values";
import { getModel } from "@/lib/models/get-model";
import { listModelFormOptions } from "@/lib/models/list-form-options";
import { TextLink } from "@/components/ui/link";
import { ModelForm } from "../../_components/model-form";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Models" });
  return { title: `${t("editHeading")} · ${t("title")}` };
}

function positiveInt(value: string | string[] | undefined): number | null {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 && n < 2_147_483_647 ? n : null;
}

export default async function EditModelPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const path = `/${locale}/models/${id}/edit`;
  const user = await requireUser(locale, path);
  const ctx = await requirePermission(locale, path, modelEditPermission(user.scope));
  const model = await getModel(ctx, id);
  // A model of another province, or one the viewer reads but does not keep: nothing to edit here.
  if (!model || !model.editable) notFound();
  const query = await searchParams;
  const t = await getTranslations("Models");
  const catalog = model.ownerProvince === null;
  const options = await listModelFormOptions(
    ctx,
    positiveInt(query.originProvince) ?? model.originProvince?.id ?? null,
    { former: t("former"), nowIn: t("nowIn") },
  );

  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <TextLink href={`/models/${model.id}`} className="inline-block text-sm">
        ← {model.name}
      </TextLink>
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("editHeading")}</h1>
      <ModelForm
        catalog={catalog}
        options={options}
        basePath={`/models/${model.id}/edit`}
        values={formValuesOf(model)}
      />
    </div>
  );
}
