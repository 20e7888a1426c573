import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { type AuthContext, getCurrentUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePermission } from "@/lib/auth/page-guard";
import { hasPermission } from "@/lib/auth/permissions";
import { formatNumber } from "@/lib/i18n/format";
import { resolveLocale } from "@/lib/i18n/locale";
import { getPlace } from "@/lib/places/get-place";
import { inRunningText } from "@/lib/places/labels";
import { listFormerCommunes } from "@/lib/places/list-places";
import type { PlaceDetail } from "@/lib/places/types";
import { TextLink } from "@/components/ui/link";
import { EditPlaceForm, PlaceActiveForm } from "../_components/edit-place-form";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ locale: string; id: string }>;
}

async function placeOrNull(ctx: AuthContext, id: string): Promise<PlaceDetail | null> {
  if (!z.uuid().safeParse(id).success) return null;
  try {
    return await getPlace(ctx, id);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: "Places" });
  const viewer = await getCurrentUser();
  const place =
    viewer && hasPermission(viewer.role, "units.edit") ? await placeOrNull(viewer, id) : null;
  return { title: place ? `${place.name} · ${t("title")}` : t("title") };
}

export default async function PlacePage({ params }: Props) {
  const locale = await resolveLocale(params);
  const { id } = await params;
  const ctx = await requirePermission(locale, `/${locale}/places/${id}`, "units.edit");
  const place = await placeOrNull(ctx, id);
  if (!place) notFound();
  const [t, formerCommunes] = await Promise.all([
    getTranslations("Places"),
    listFormerCommunes(ctx, place.communeId),
  ]);
  const title = place.formerCommuneName
    ? t("withFormer", { name: place.name, former: inRunningText(place.formerCommuneName) })
    : place.name;

  return (
    <div className="mx-auto max-w-3xl space-y-8 px-4 py-8">
      <div className="space-y-2">
        <TextLink
          href={{
            pathname: "/places",
            query: ctx.scope.level === "COMMUNE" ? {} : { commune: String(place.communeId) },
          }}
          className="text-sm"
        >
          {t("detail.back", { commune: place.communeName })}
        </TextLink>
        <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">
          {place.type === "area"
            ? t("detail.titleArea", { name: title })
            : t("detail.titleOrganization", { name: title })}
        </h1>
        <p className="text-slate-700">
          {place.active ? t("active") : t("inactive")} ·{" "}
          {t("detail.points", { count: formatNumber(place.points, locale) })}
        </p>
      </div>
      <section aria-labelledby="place-edit" className="space-y-3">
        <h2 id="place-edit" className="text-lg font-semibold text-slate-900">
          {t("detail.edit")}
        </h2>
        <EditPlaceForm key={place.version} place={place} formerCommunes={formerCommunes} />
      </section>
      <section
        aria-labelledby="place-active"
        className="space-y-3 rounded border border-slate-300 p-4"
      >
        <h2 id="place-active" className="text-lg font-semibold text-slate-900">
          {t("detail.deactivateHeading")}
        </h2>
        <PlaceActiveForm key={place.version} place={place} />
      </section>
    </div>
  );
}
