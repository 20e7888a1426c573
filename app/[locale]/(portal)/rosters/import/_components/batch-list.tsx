"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useRouter } from "@/lib/i18n/navigation";
import { formatDateTime } from "@/lib/i18n/format";
import type { AppLocale } from "@/lib/i18n/routing";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { undoImportAction } from "../actions";

export interface BatchView {
  id: string;
  communeName: string;
  username: string;
  fileName: string;
  rowCount: number;
  personCount: number;
  membershipCount: number;
  status: "COMMITTED" | "UNDONE";
  createdAt: string;
  undoneAt: string | null;
  undoneBy: string | null;
}

export function BatchList({ batches, locale }: { batches: BatchView[]; locale: AppLocale }) {
  const t = useTranslations("Imports");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const undo = (batch: BatchView) => {
    if (!window.confirm(t("undoConfirm", { file: batch.fileName }))) return;
    startTransition(async () => {
      const result = await undoImportAction(undefined, { id: batch.id });
      if (result.ok) {
        setMessage({ tone: "success", text: t("undone", result.data) });
        router.refresh();
      } else setMessage({ tone: "error", text: result.formError ?? t("failed") });
    });
  };

  return (
    <section aria-labelledby="batches-title" className="space-y-3">
      <h2 id="batches-title" className="text-xl font-semibold text-brand-900">
        {t("batchesTitle")}
      </h2>
      {message ? (
        <Notice key={message.text} tone={message.tone}>
          {message.text}
        </Notice>
      ) : null}
      {batches.length === 0 ? (
        <p className="text-slate-600">{t("batchesEmpty")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
          {batches.map((batch) => (
            <li
              key={batch.id}
              className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between"
            >
              <div className="space-y-0.5 text-sm">
                <p className="font-semibold text-slate-900">{batch.fileName}</p>
                <p className="text-slate-700">
                  {formatDateTime(batch.createdAt, locale)} · {batch.communeName} · {batch.username}
                </p>
                <p className="text-slate-700">
                  {t("counts", { rows: batch.rowCount, persons: batch.personCount })} ·{" "}
                  {batch.status === "COMMITTED"
                    ? t("statusCommitted")
                    : t("statusUndone", {
                        when: batch.undoneAt ? formatDateTime(batch.undoneAt, locale) : "",
                        by: batch.undoneBy ?? "",
                      })}
                </p>
              </div>
              {batch.status === "COMMITTED" ? (
                <Button
                  type="button"
                  variant="secondary"
                  disabled={pending}
                  onClick={() => undo(batch)}
                  aria-label={`${t("undo")}: ${batch.fileName}`}
                >
                  {t("undo")}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
