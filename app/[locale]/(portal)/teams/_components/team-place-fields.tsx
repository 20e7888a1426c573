"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/forms/field";
import type { RosterOptions } from "@/lib/rosters/list-roster-options";

/** A model team's point, or the residential areas a grassroots security team covers. */
export function TeamPlaceFields({
  idPrefix,
  kind,
  communeId,
  options,
  errors,
  pointId,
  areaIds = [],
}: {
  idPrefix: string;
  kind: "GRASSROOTS_SECURITY" | "MODEL";
  communeId: number | null;
  options: RosterOptions;
  errors: Record<string, string>;
  pointId?: string | null;
  areaIds?: string[];
}) {
  const t = useTranslations("Rosters");
  const points = options.points.filter((p) => p.communeId === communeId);
  const areas = options.areas.filter((a) => a.communeId === communeId);
  if (kind === "MODEL") {
    return points.length === 0 && communeId ? (
      <p className="text-sm text-slate-700">{t("noPoints")}</p>
    ) : (
      <SelectField
        id={`${idPrefix}-point`}
        name="pointId"
        label={t("point")}
        defaultValue={pointId ?? ""}
        error={errors.pointId}
      >
        <option value="">{t("pointNone")}</option>
        {points.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </SelectField>
    );
  }
  const errorId = `${idPrefix}-areas-error`;
  return (
    <fieldset aria-describedby={errors.areaIds ? errorId : undefined}>
      <legend className="text-sm font-medium text-slate-800">{t("areas")}</legend>
      <p className="text-xs text-slate-600">{t("areasHint")}</p>
      {areas.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("noAreas")}</p>
      ) : (
        <div className="mt-2 grid max-h-56 grid-cols-1 gap-1 overflow-y-auto rounded border border-slate-300 p-2 sm:grid-cols-2 lg:grid-cols-3">
          {areas.map((a) => (
            <label key={a.id} className="flex items-center gap-2 py-1 text-sm text-slate-900">
              <input
                type="checkbox"
                name="areaIds"
                value={a.id}
                defaultChecked={areaIds.includes(a.id)}
                className="size-5"
              />
              {a.formerCommune
                ? t("areaWithFormer", { name: a.name, former: a.formerCommune })
                : a.name}
            </label>
          ))}
        </div>
      )}
      {errors.areaIds ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-brand-700">
          {errors.areaIds}
        </p>
      ) : null}
    </fieldset>
  );
}
