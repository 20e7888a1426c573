"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { revealPersonAction } from "../actions";

/**
 * A masked citizen ID or phone with "Hiện": the full value comes from the server, which writes the
 * audit row first (who saw whose). Without the permission, only the masked value shows.
 */
export function RevealValue({
  personId,
  personName,
  field,
  masked,
  canReveal,
}: {
  personId: string;
  personName: string;
  field: "citizenId" | "phone";
  masked: string | null;
  canReveal: boolean;
}) {
  const t = useTranslations("Rosters");
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  if (!masked) return <span className="text-slate-500">{t("none")}</span>;
  if (value) return <span className="font-mono tabular-nums">{value}</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="font-mono tabular-nums">{masked}</span>
      {canReveal ? (
        <button
          type="button"
          className="reveal-button"
          aria-label={t("revealLabel", { name: personName })}
          title={t("revealNote")}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              const result = await revealPersonAction(undefined, { personId, field });
              if (result.ok) setValue(result.data.value ?? t("none"));
              else setError(result.formError ?? null);
            })
          }
        >
          {pending ? t("revealing") : t("reveal")}
        </button>
      ) : null}
      {error ? <span className="text-xs text-brand-700">{error}</span> : null}
    </span>
  );
}
