"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormAlert } from "@/components/forms/field";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { useRouter } from "@/lib/i18n/navigation";
import type { Blocker, CheckedReport } from "@/lib/reports/approve-reports";
import { approveReportsAction, precheckApprovalAction } from "../actions";

// Bulk approval from the worklist: choose the waiting reports, check them (the pre-check lists those
// that cannot be approved and why), then approve the rest.

export function BulkApprove({ items }: { items: { key: string; label: string }[] }) {
  const t = useTranslations("Reports.bulk");
  const tStatus = useTranslations("Reports.status");
  const router = useRouter();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [checked, setChecked] = useState<CheckedReport[] | null>(null);
  const [pending, setPending] = useState<"check" | "approve" | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState<{ approved: number; skipped: CheckedReport[] } | null>(null);

  const toggle = (key: string) => {
    const next = new Set(chosen);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setChosen(next);
    setChecked(null);
  };
  const blocker = (b: Blocker) =>
    b.kind === "notSubmitted"
      ? t("blocker.notSubmitted", { status: tStatus(b.status as "DRAFT") })
      : b.kind === "rule" || b.kind === "warning"
        ? t(`blocker.${b.kind}`, { message: b.message })
        : b.kind === "flagged"
          ? t("blocker.flagged", { indicator: b.indicator })
          : t(`blocker.${b.kind}`);

  const check = async () => {
    setPending("check");
    setDone(null);
    const result = await precheckApprovalAction(undefined, { reports: [...chosen] });
    setPending(null);
    if (result.ok) {
      setChecked(result.data);
      setError(undefined);
    } else setError(result.formError ?? Object.values(result.fieldErrors)[0]);
  };
  const ready = checked?.filter((c) => c.blockers.length === 0) ?? [];
  const blocked = checked?.filter((c) => c.blockers.length > 0) ?? [];
  const approve = async () => {
    setPending("approve");
    const keys = items.filter((i) => ready.some((r) => i.key.startsWith(r.id))).map((i) => i.key);
    const result = await approveReportsAction(undefined, { reports: keys });
    setPending(null);
    if (result.ok) {
      setDone({ approved: result.data.approved.length, skipped: result.data.skipped });
      setChecked(null);
      setChosen(new Set());
      router.refresh();
    } else setError(result.formError ?? Object.values(result.fieldErrors)[0]);
  };

  if (items.length === 0) return null;
  return (
    <section aria-labelledby="bulk" className="space-y-3 rounded border border-slate-300 p-4">
      <h2 id="bulk" className="text-lg font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <FormAlert message={error} />
      {done ? (
        <Notice tone="success">
          {t("approved", { count: done.approved })}
          {done.skipped.length > 0 ? ` ${t("skipped", { count: done.skipped.length })} ` : ""}
          {done.skipped
            .map(
              (s) =>
                `${s.name}${s.period ? ` (${s.period})` : ""}: ${s.blockers.map(blocker).join("; ")}`,
            )
            .join(" · ")}
        </Notice>
      ) : null}
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={chosen.size === items.length}
          onChange={(e) => {
            setChosen(e.target.checked ? new Set(items.map((i) => i.key)) : new Set());
            setChecked(null);
          }}
        />
        {t("selectAll")}
      </label>
      <ul className="max-h-80 space-y-1 overflow-y-auto text-sm">
        {items.map((item) => (
          <li key={item.key}>
            <label className="flex items-start gap-2">
              <input
                type="checkbox"
                aria-label={t("select", { name: item.label })}
                checked={chosen.has(item.key)}
                onChange={() => toggle(item.key)}
                className="mt-1"
              />
              <span>{item.label}</span>
            </label>
          </li>
        ))}
      </ul>
      <Button
        type="button"
        variant="secondary"
        disabled={chosen.size === 0}
        pending={pending === "check"}
        pendingLabel={t("checking")}
        onClick={() => void check()}
      >
        {t("check", { count: chosen.size })}
      </Button>
      {checked ? (
        <div className="space-y-2" data-testid="precheck">
          <p className="font-medium text-slate-900">{t("ready", { count: ready.length })}</p>
          {blocked.length > 0 ? (
            <>
              <p className="font-medium text-brand-800">
                {t("blocked", { count: blocked.length })}
              </p>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {blocked.map((b) => (
                  <li key={b.id}>
                    <strong>{b.name}</strong>
                    {b.period ? ` (${b.period})` : ""}: {b.blockers.map(blocker).join("; ")}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {ready.length > 0 ? (
            <Button
              type="button"
              pending={pending === "approve"}
              pendingLabel={t("approving")}
              onClick={() => void approve()}
            >
              {t("approve", { count: ready.length })}
            </Button>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
