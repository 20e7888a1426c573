"use client";

import { useTranslations } from "next-intl";
import type { Role } from "@/lib/auth/permissions";
import type { CommuneOption, UserFormOptions } from "@/lib/users/types";
import { SelectField } from "@/components/forms/field";

const KINDS: readonly CommuneOption["kind"][] = ["WARD", "COMMUNE", "SPECIAL_ZONE"];

// The unit a role needs: a province for a provincial administrator (chosen by the ministry), a
// commune of the administrator's own province for a commune officer. Nothing for the others: the
// server sets or clears the units from the role whatever is sent.
export function UnitFields({
  role,
  options,
  provinceId,
  communeId,
  errors,
  idPrefix,
}: {
  role: Role;
  options: UserFormOptions;
  provinceId?: number | null;
  communeId?: number | null;
  errors: Record<string, string>;
  idPrefix: string;
}) {
  const t = useTranslations("Users");
  if (role === "PROVINCE_ADMIN" && options.provinces.length > 0) {
    return (
      <SelectField
        id={`${idPrefix}-provinceId`}
        name="provinceId"
        label={t("province")}
        defaultValue={provinceId ?? ""}
        error={errors.provinceId}
        required
      >
        <option value="">{t("choose")}</option>
        {options.provinces.map((province) => (
          <option key={province.id} value={province.id}>
            {province.name}
          </option>
        ))}
      </SelectField>
    );
  }
  if (role === "COMMUNE_OFFICER" && options.communes.length > 0) {
    return (
      <SelectField
        id={`${idPrefix}-communeId`}
        name="communeId"
        label={t("commune")}
        defaultValue={communeId ?? ""}
        error={errors.communeId}
        required
      >
        <option value="">{t("choose")}</option>
        {KINDS.map((kind) => {
          const communes = options.communes.filter((commune) => commune.kind === kind);
          return communes.length === 0 ? null : (
            <optgroup key={kind} label={t(`communeKinds.${kind}`)}>
              {communes.map((commune) => (
                <option key={commune.id} value={commune.id}>
                  {commune.name}
                </option>
              ))}
            </optgroup>
          );
        })}
      </SelectField>
    );
  }
  return null;
}
