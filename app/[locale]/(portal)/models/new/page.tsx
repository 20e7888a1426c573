import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission, requireUser } from "@/lib/auth/page-guard";
import { resolveLocale } from "@/lib/i18n/locale";
import { modelEditPermission } from "@/lib/models/form-values";
import { listModelFormOptions } from "@/lib/models/list-form-options";
import { scopeProvince } from "@/lib/models/list-provinces";
import { TextLink } from "@/components/ui/link";
import { ModelForm } from "../_components/model-form";
import { provinceText } from "@/lib/models/place-text";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Models" });
  return { title: `${t("create")} · ${t("title")}` };
}

function positiveInt(value: string | string[] | undefined): number | null {
  const n = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(n) && n > 0 && n < 2_147_483_647 ? n : null;
}

export default async function NewModelPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const path = `/${locale}/models/new`;
  const user = await requireUser(locale, path);
  const ctx = await requirePermission(locale, path, modelEditPermission(user.scope));
  const query = await searchParams;
  const t = await getTranslations("Models");
  const tr = (key: string, values?: Record<string, string | number>) =>
    t(key as Parameters<typeof t>[0], values);
  const catalog = ctx.scope.level === "NATION";
  const [options, own] = await Promise.all([
    listModelFormOptions(ctx, positiveInt(query.originProvince), {
      former: t("former"),
      nowIn: t("nowIn"),
    }),
    scopeProvince(ctx),
  ]);

  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <TextLink href="/models" className="inline-block text-sm">
        ← {t("back")}
      </TextLink>
      <div>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">
          {catalog ? t("createCatalog") : t("create")}
        </h1>
        <p className="mt-2 text-slate-700">
          {t("createIntro", {
            owner: catalog ? t("catalog").toLowerCase() : own ? provinceText(tr, own) : "",
          })}
        </p>
      </div>
      <ModelForm
        catalog={catalog}
        options={options}
        basePath="/models/new"
        values={{
          name: "",
          field: "",
          description: "",
          goals: "",
          origin: "",
          launchedOn: "",
        }}
      />
    </div>
  );
}
