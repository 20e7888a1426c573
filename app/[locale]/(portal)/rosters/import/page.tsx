import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/lib/auth/page-guard";
import { resolveLocale } from "@/lib/i18n/locale";
import { listImportBatches, listImportCommunes } from "@/lib/rosters/import/list-import-batches";
import { BatchList } from "./_components/batch-list";
import { ImportPanel } from "./_components/import-panel";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "Imports" });
  return { title: t("title") };
}

export default async function RosterImportPage({ params, searchParams }: Props) {
  const locale = await resolveLocale(params);
  const ctx = await requirePermission(locale, `/${locale}/rosters/import`, "rosters.edit");
  const query = await searchParams;
  const communes = await listImportCommunes(ctx);
  const asked = Number(Array.isArray(query.commune) ? query.commune[0] : query.commune);
  // A commune officer always imports into their own commune; a province officer into the one
  // chosen (a commune not in the list is ignored).
  const communeId =
    ctx.scope.level === "COMMUNE" ? ctx.scope.communeId : communes.find((c) => c.id === asked)?.id;
  const [t, batches] = await Promise.all([
    getTranslations("Imports"),
    listImportBatches(ctx, communeId === undefined ? {} : { communeId }),
  ]);

  return (
    <div className="mx-auto max-w-6xl space-y-8 px-4 py-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      </header>
      <ImportPanel
        communes={communes}
        communeId={communeId ?? null}
        chooseCommune={ctx.scope.level !== "COMMUNE"}
      />
      <BatchList
        locale={locale}
        batches={batches.map((b) => ({
          ...b,
          createdAt: b.createdAt.toISOString(),
          undoneAt: b.undoneAt?.toISOString() ?? null,
        }))}
      />
    </div>
  );
}
