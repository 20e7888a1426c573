import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/page-guard";
import { resolveLocale } from "@/lib/i18n/locale";
import { listPointCommunes, listPointFormOptions } from "@/lib/points/list-point-options";
import { SelectField } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { TextLink } from "@/components/ui/link";
import { CreatePointForm } from "../_components/create-point-form";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Points" });
  return { title: t("new.title") };
}

// Two steps without JavaScript: choose the commune (a GET form), then the point's form with that
// commune's residential areas and organisations.
export default async function NewPointPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requirePermission(locale, `/${locale}/points/new`, "points.edit");
  const query = await searchParams;
  const sent = Array.isArray(query.commune) ? query.commune[0] : query.commune;
  const [t, communes] = await Promise.all([getTranslations("Points"), listPointCommunes(ctx)]);
  // Only a commune of the caller's province: another id is ignored (back to step one).
  const commune = communes.find((c) => String(c.id) === sent) ?? null;
  const options = commune ? await listPointFormOptions(ctx, commune.id) : null;

  return (
    <div className="mx-auto max-w-3xl space-y-6 px-4 py-8">
      <div className="space-y-2">
        <TextLink href="/points" className="text-sm">
          {t("detail.back")}
        </TextLink>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{t("new.title")}</h1>
        <p className="text-slate-700">{t("new.intro")}</p>
      </div>
      {commune && options ? (
        <section className="space-y-4">
          <div className="flex flex-wrap items-baseline justify-between gap-2 rounded border border-slate-200 bg-slate-50 px-4 py-3">
            <p className="font-semibold text-slate-900">
              {t("form.inCommune", { commune: commune.name })}
            </p>
            <TextLink href="/points/new" className="text-sm">
              {t("form.changeCommune")}
            </TextLink>
          </div>
          <CreatePointForm communeId={commune.id} options={options} />
        </section>
      ) : (
        <form method="get" className="space-y-4">
          <SelectField
            id="new-commune"
            name="commune"
            label={t("form.commune")}
            hint={t("form.communeHint")}
            defaultValue=""
            required
          >
            <option value="">{t("form.chooseCommune")}</option>
            {communes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </SelectField>
          <Button>{t("form.next")}</Button>
        </form>
      )}
    </div>
  );
}
